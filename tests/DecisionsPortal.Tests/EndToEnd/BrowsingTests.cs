using DecisionsPortal.Tests.Support.Browser;

namespace DecisionsPortal.Tests.EndToEnd;

/// <summary>The shipped site in real Chromium, as a visitor uses it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BrowsingTests(BrowserFixture browser) : IAsyncLifetime
{
    // The shipped site as the quality gates build it, once a run: these tests only read it.
    private ServedSite site = null!;

    public async Task InitializeAsync() => site = await ServedSite.OfAsync("shipped");

    [Fact]
    public async Task A_visitor_chooses_finnish_opens_the_seed_decision_and_switches_to_its_swedish_translation()
    {
        var page = await browser.NewPageAsync();
        var console = new ConsoleWatch(page);
        await page.GotoAsync(site.Url(""));

        await page.ClickAsync("a[hreflang=fi]");
        Assert.EndsWith("/fi/", page.Url);
        await page.ClickAsync("text=Osallistuminen Wuhanin ystävyyskaupunkikongressiin");
        Assert.Equal("Osallistuminen Wuhanin ystävyyskaupunkikongressiin", await page.TextContentAsync("h1"));

        await page.ClickAsync(".languages a[hreflang=sv]");
        Assert.EndsWith("/sv/beslut/2025/wuhanin-ystavyyskongressi/", page.Url);
        Assert.Equal("Deltagande i vänortskongressen i Wuhan", await page.TextContentAsync("h1"));
        Assert.Equal("sv", await page.GetAttributeAsync("html", "lang"));
        Assert.Empty(console.All);
    }

    [Fact]
    public async Task The_skip_link_is_the_first_thing_the_keyboard_reaches_and_moves_focus_to_main()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(site.Url("fi/"));

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("skip-link", await page.EvaluateAsync<string>("document.activeElement.className"));
        Assert.True(await page.IsVisibleAsync(".skip-link"));
        await page.Keyboard.PressAsync("Enter");
        // The jump to the fragment is the browser's own, done after Enter returns; it is a navigation
        // within the page, which fires no load event for a wait on navigation to see (a spurious
        // timeout under load): wait for what the reader gets, the address and the focus.
        await page.WaitForFunctionAsync("location.hash === '#main' && document.activeElement && document.activeElement.id === 'main'", null, new() { Timeout = 10_000 });
        Assert.EndsWith("#main", page.Url);
        Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
