using System.Text.Json;
using DecisionsPortal.Serving;
using DecisionsPortal.Tests.Content;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Serving;

/// <summary>
/// serve meets the same hostile files as build (a 100,000-level nesting once overflowed the
/// stack and took serve down with it): each is an error in its status, and serve goes on
/// serving the last good site and picks up the next edit.
/// </summary>
public sealed class ServeHostileInputTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Serve_reports_each_hostile_file_and_keeps_running()
    {
        using var site = new TestSite($"-- content/fi/2025/a.md --\n{Decisions.Finnish(title: "Hyvä otsikko")}");
        var log = TextWriter.Synchronized(new StringWriter());
        await using var server = await DevServer.StartAsync(new ServeOptions(site.ConfigPath, Port: 0), log);
        using var http = new HttpClient { BaseAddress = server.Address };
        var page = "fi/paatokset/2025/a/";
        Assert.Contains("Hyvä otsikko", await http.GetStringAsync(page));

        var hostile = new (Action Write, string Code)[]
        {
            (() => site.Write("content/fi/2025/a.md", Decisions.Finnish(extra: "topics: " + new string('[', 100_000))), "DP0141"),
            (() => site.Write("content/fi/2025/a.md", Decisions.Finnish(text: new string('>', 100_000))), "DP0147"),
            (() => site.Write("content/fi/2025/a.md", Decisions.Finnish(title: "Kokous: päätös")), "DP0131"),
            (() => site.Write("content/fi/meetings/kaupunginhallitus/2025-03-14.md", "---\nminutes_public: 9999-12-31\n---\n"), "DP0146"),
            (() => File.CreateSymbolicLink(Path.Combine(site.Root, "content/fi/2025/nolla.md"), "/dev/zero"), "DP0171"),
            (() => HostileInputTests.MakeFifo(Path.Combine(site.Root, "content/fi/2025/putki.md")), "DP0145"),
        };
        foreach (var (write, code) in hostile)
        {
            write();
            await Eventually(async () => (await Status(http)).GetProperty("errors").EnumerateArray().Any(e => e.GetString()!.Contains($"error {code}", StringComparison.Ordinal)));
            Assert.Contains("Hyvä otsikko", await http.GetStringAsync(page));
        }

        File.Delete(Path.Combine(site.Root, "content/fi/2025/nolla.md"));
        File.Delete(Path.Combine(site.Root, "content/fi/2025/putki.md"));
        site.Write("content/fi/meetings/kaupunginhallitus/2025-03-14.md", "---\nplace: Sali\n---\n");
        site.Write("content/fi/2025/a.md", Decisions.Finnish(title: "Korjattu otsikko"));
        await Eventually(async () => (await Status(http)).GetProperty("ok").GetBoolean() && (await http.GetStringAsync(page)).Contains("Korjattu otsikko"));
    }

    private static Task<JsonElement> Status(HttpClient http) => ServeProbe.Status(http);

    private static Task Eventually(Func<Task<bool>> condition) => ServeProbe.Eventually(condition, Bound);
}
