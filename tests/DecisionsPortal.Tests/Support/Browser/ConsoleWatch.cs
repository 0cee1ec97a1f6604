using Microsoft.Playwright;

namespace DecisionsPortal.Tests.Support.Browser;

/// <summary>
/// Listens to a page's console and script errors. Chromium reports every request or inline
/// code that the Content-Security-Policy refused as a console error naming the policy, so an
/// empty <see cref="PolicyViolations"/> means everything on the page worked under the policy.
/// </summary>
public sealed class ConsoleWatch : IDisposable
{
    private readonly List<string> messages = [];
    private readonly IPage page;

    public ConsoleWatch(IPage page)
    {
        this.page = page;
        page.Console += OnConsole;
        page.PageError += OnPageError;
    }

    /// <summary>Stops listening: a page that later tests reuse (<see cref="BrowserFixture.ReusedPageAsync"/>) keeps no watch of an earlier one.</summary>
    public void Dispose()
    {
        page.Console -= OnConsole;
        page.PageError -= OnPageError;
    }

    private void OnConsole(object? sender, IConsoleMessage message)
    {
        if (message.Type is "error" or "warning")
        {
            Add($"{message.Type}: {message.Text} ({page.Url})");
        }
    }

    private void OnPageError(object? sender, string error) => Add($"script error: {error} ({page.Url})");

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
