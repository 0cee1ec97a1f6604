using DecisionsPortal.Tests.Support.Browser;
using Microsoft.Playwright;

namespace DecisionsPortal.Tests.EndToEnd;

/// <summary>
/// Journeys through the generated corpus (30 decisions, 5 a page) in real Chromium: the
/// language chooser, every kind of listing from the home page, pagination forwards and back, and
/// the language switcher on a listing page. Nothing is refused by the pages' policy on the way.
/// </summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class ListingBrowsingTests(BrowserFixture browser) : IAsyncLifetime
{
    private ServedSite site = null!;

    public async Task InitializeAsync() => site = await ServedSite.StartAsync("corpus");

    [Fact]
    public async Task The_language_chooser_leads_into_each_language()
    {
        var page = await browser.NewPageAsync();
        var console = new ConsoleWatch(page);
        foreach (var (language, home) in new[] { ("fi", "Esimerkkilän päätökset"), ("sv", "Exempelby stads beslut") })
        {
            await page.GotoAsync(site.Url(""));
            Assert.Equal(2, await page.Locator(".choices a").CountAsync());

            await page.ClickAsync($".choices a[hreflang={language}]");

            Assert.Equal(site.Url(language + "/"), page.Url);
            Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
            Assert.Equal(home, await page.TextContentAsync("h1"));
        }

        Assert.Empty(console.All);
    }

    [Theory]
    [InlineData("fi", "sivu")]
    [InlineData("sv", "sida")]
    public async Task Every_kind_of_listing_is_reached_from_the_home_page_and_its_pages_follow_one_another(string language, string pageSegment)
    {
        var page = await browser.NewPageAsync();
        var console = new ConsoleWatch(page);
        await page.GotoAsync(site.Url(language + "/"));
        var indexes = await page.Locator(".browse a").EvaluateAllAsync<string[]>("links => links.map(a => a.href)");
        Assert.Equal(4, indexes.Length);

        var paginated = 0;
        foreach (var index in indexes)
        {
            await page.GotoAsync(index);
            var entry = page.Locator(".index-list a").First;
            var label = await entry.TextContentAsync();
            await entry.ClickAsync();
            Assert.Equal(label, await page.TextContentAsync("h1"));
            Assert.InRange(await page.Locator(".decision-list li").CountAsync(), 1, 5);
            if (await page.Locator(".pagination a[rel=next]").CountAsync() == 1)
            {
                paginated++;
                var first = page.Url;
                await page.ClickAsync(".pagination a[rel=next]");
                Assert.EndsWith($"/{pageSegment}/2/", page.Url);
                Assert.Contains("2/", await page.TextContentAsync("h1 .page-number"));
                Assert.Equal(page.Url, await page.Locator(".pagination a[aria-current=page]").EvaluateAsync<string>("a => a.href"));
                await page.ClickAsync(".pagination a[rel=prev]");
                Assert.Equal(first, page.Url);
            }
        }

        Assert.True(paginated > 0, "no listing of the corpus had a second page");
        Assert.Empty(console.All);
    }

    [Fact]
    public async Task All_decisions_page_through_to_the_last_page_and_the_switcher_keeps_the_page_number()
    {
        var page = await browser.NewPageAsync();
        var console = new ConsoleWatch(page);
        await page.GotoAsync(site.Url("fi/"));
        await page.ClickAsync("main a[href$='/fi/paatokset/']");
        var titles = new List<string>();
        for (var number = 1; ; number++)
        {
            titles.AddRange(await page.Locator(".decision-list a.decision-link").AllTextContentsAsync());
            if (await page.Locator(".pagination a[rel=next]").CountAsync() == 0)
            {
                Assert.Equal(7, number); // 32 decisions, 5 a page
                break;
            }

            await page.ClickAsync(".pagination a[rel=next]");
        }

        Assert.Equal(32, titles.Distinct().Count());
        await page.ClickAsync(".languages a[hreflang=sv]");
        Assert.Equal(site.Url("sv/beslut/sida/7/"), page.Url);
        Assert.Equal("sv", await page.GetAttributeAsync("html", "lang"));
        Assert.Empty(console.All);
    }

    [Fact]
    public async Task A_decision_without_a_translation_sends_the_switcher_to_the_other_home_page_and_says_so()
    {
        var page = await browser.NewPageAsync(ColorScheme.Dark);
        await page.GotoAsync(site.Url(site.Find("fi/paatokset/*/paatos-00009/")));

        await page.SetViewportSizeAsync(375, 740);
        var switcher = page.Locator(".languages a[hreflang=sv]");
        Assert.Contains("ingen översättning", await switcher.TextContentAsync());
        var note = (await switcher.Locator(".translation-note").BoundingBoxAsync())!;
        Assert.True(note.Width > 50 && note.Height > 10, $"the note is not shown ({note.Width}×{note.Height})");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= innerWidth"), "the page scrolls sideways");
        await switcher.ClickAsync();

        Assert.Equal(site.Url("sv/"), page.Url);
    }

    public async Task DisposeAsync() => await site.DisposeAsync();
}
