using Microsoft.Playwright;

namespace DecisionsPortal.Tests.Support.Browser;

/// <summary>
/// Listens to a page's console and script errors. Chromium reports every request or inline
/// code that the Content-Security-Policy refused as a console error naming the policy, so an
/// empty <see cref="PolicyViolations"/> means everything on the page worked under the policy.
/// </summary>
public sealed class ConsoleWatch
{
    private readonly List<string> messages = [];

    public ConsoleWatch(IPage page)
    {
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                Add($"{message.Type}: {message.Text} ({page.Url})");
            }
        };
        page.PageError += (_, error) => Add($"script error: {error} ({page.Url})");
    }

    public IReadOnlyList<string> PolicyViolations => Snapshot().Where(m => m.Contains("Content Security Policy", StringComparison.Ordinal)).ToList();

    public IReadOnlyList<string> All => Snapshot();

    private void Add(string message)
    {
        lock (messages)
        {
            messages.Add(message);
        }
    }

    private List<string> Snapshot()
    {
        lock (messages)
        {
            return [.. messages];
        }
    }
}
