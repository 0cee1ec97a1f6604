using System.Text.Json;

namespace DecisionsPortal.Tests.Support;

/// <summary>What the serve tests ask a running <c>serve</c>: its status, and a condition polled until it holds or time runs out.</summary>
public static class ServeProbe
{
    public static async Task<JsonElement> Status(HttpClient http) =>
        JsonDocument.Parse(await http.GetStringAsync("/_serve/status")).RootElement;

    public static async Task Eventually(Func<Task<bool>> condition, TimeSpan bound)
    {
        var deadline = DateTime.UtcNow + bound;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"not so within {bound.TotalSeconds} s");
            await Task.Delay(50);
        }
    }
}
