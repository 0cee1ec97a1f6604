using DecisionsPortal.Configuration;
using DecisionsPortal.Pipeline;
using DecisionsPortal.Tests.Support;
using DecisionsPortal.Tests.Support.Browser;

namespace DecisionsPortal.Tests.EndToEnd;

/// <summary>The shipped site in real Chromium, as a visitor uses it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BrowsingTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly string output = Path.Combine(Path.GetTempPath(), "dp-e2e-" + Guid.NewGuid().ToString("N"));
    private StaticServer server = null!;

    public async Task InitializeAsync()
    {
        var result = BuildPipeline.Run(new BuildOptions(Path.Combine(Repository.Root, "site.yml"), output));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        server = await StaticServer.StartAsync(output);
    }

    [Fact]
    public async Task A_visitor_chooses_finnish_opens_the_seed_decision_and_switches_to_its_swedish_translation()
    {
        var page = await browser.NewPageAsync();
        var console = new ConsoleWatch(page);
        await page.GotoAsync(server.Origin + "/");

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
        await page.GotoAsync(server.Origin + "/fi/");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("skip-link", await page.EvaluateAsync<string>("document.activeElement.className"));
        Assert.True(await page.IsVisibleAsync(".skip-link"));
        await page.Keyboard.PressAsync("Enter");
        // The jump to the fragment is the browser's own navigation, done after Enter returns: wait for it (on a busy machine it came later than the next line).
        await page.WaitForURLAsync(url => url.EndsWith("#main", StringComparison.Ordinal), new() { Timeout = 10_000 });
        Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        Directory.Delete(output, recursive: true);
    }
}
