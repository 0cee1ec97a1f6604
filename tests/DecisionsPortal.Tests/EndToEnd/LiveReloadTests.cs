using DecisionsPortal.Serving;
using DecisionsPortal.Tests.Support;
using DecisionsPortal.Tests.Support.Browser;

namespace DecisionsPortal.Tests.EndToEnd;

/// <summary>serve in real Chromium: the open tab follows the editor's saves, and shows their mistakes.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LiveReloadTests(BrowserFixture browser)
{
    // The published pages' policy: scripts only from the site itself, no inline script or style.
    private const string Head = """
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'">
        <title>{{ page.title }}</title>
        <link rel="stylesheet" href="{{ asset "site.css" }}">
        </head>
        """;

    [Fact]
    public async Task The_open_page_reloads_after_a_save_and_shows_a_mistake_in_a_banner_over_the_last_good_page()
    {
        using var site = new TestSite($"""
            -- templates/partials/head.html --
            {Head}
            -- content/fi/2025/a.md --
            {Decisions.Finnish(title: "Ensimmäinen otsikko")}
            """);
        await using var server = await DevServer.StartAsync(new ServeOptions(site.ConfigPath, Port: 0), TextWriter.Null);
        var page = await browser.NewPageAsync();
        var policyViolations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                policyViolations.Add(message.Text);
            }
        };
        await page.GotoAsync(new Uri(server.Address, "fi/paatokset/2025/a/").AbsoluteUri);
        Assert.Equal("Ensimmäinen otsikko", await page.TextContentAsync("h1"));
        await page.WaitForFunctionAsync("() => performance.getEntriesByType('resource').some(e => e.name.endsWith('/_serve/status'))");

        site.Write("content/fi/2025/a.md", Decisions.Finnish(title: "Muutettu otsikko"));
        await page.WaitForFunctionAsync("() => document.querySelector('h1').textContent === 'Muutettu otsikko'", null, new() { Timeout = 20_000 });

        site.Write("content/fi/2025/a.md", Decisions.Finnish(title: "Rikki", date: "14.3.2025"));
        await page.WaitForSelectorAsync("#serve-errors", new() { Timeout = 20_000 });
        await page.WaitForFunctionAsync("() => document.querySelector('#serve-errors').textContent.includes('DP0011')", null, new() { Timeout = 20_000 });
        Assert.True(await page.IsVisibleAsync("#serve-errors"));
        Assert.Equal("alert", await page.GetAttributeAsync("#serve-errors", "role"));
        Assert.Equal("Muutettu otsikko", await page.TextContentAsync("h1"));

        site.Write("content/fi/2025/a.md", Decisions.Finnish(title: "Korjattu otsikko"));
        await page.WaitForFunctionAsync("() => document.querySelector('h1').textContent === 'Korjattu otsikko' && !document.querySelector('#serve-errors')", null, new() { Timeout = 20_000 });
        Assert.Empty(policyViolations);
    }

    // What build would warn about shows in the preview too, folded so that it does not hide the page.
    [Fact]
    public async Task A_warning_shows_folded_over_the_page_and_goes_when_fixed()
    {
        using var site = new TestSite($"""
            -- templates/partials/head.html --
            {Head}
            -- content/fi/2025/a.md --
            {Decisions.Finnish(title: "Kutsu", text: "Katso [kutsu](kutsu kirje.pdf).")}
            """);
        await using var server = await DevServer.StartAsync(new ServeOptions(site.ConfigPath, Port: 0), TextWriter.Null);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(server.Address, "fi/paatokset/2025/a/").AbsoluteUri);

        await page.WaitForSelectorAsync("#serve-warnings", new() { Timeout = 20_000, State = Microsoft.Playwright.WaitForSelectorState.Attached });
        Assert.Equal("status", await page.GetAttributeAsync("#serve-warnings", "role"));
        Assert.False(await page.EvalOnSelectorAsync<bool>("#serve-warnings", "e => e.open"));
        Assert.StartsWith("Warnings: 1.", await page.TextContentAsync("#serve-warnings summary"));
        Assert.Contains("DP0187", await page.TextContentAsync("#serve-warnings"));
        Assert.Equal(0, await page.Locator("#serve-errors").CountAsync());

        site.Write("content/fi/2025/a.md", Decisions.Finnish(title: "Kutsu korjattu", text: "Katso kutsu."));
        await page.WaitForFunctionAsync("() => document.querySelector('h1').textContent === 'Kutsu korjattu' && !document.querySelector('#serve-warnings')", null, new() { Timeout = 20_000 });
    }
}
