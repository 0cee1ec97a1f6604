using DecisionsPortal.Tests.Support;
using DecisionsPortal.Tests.Support.Browser;
using Microsoft.Playwright;

namespace DecisionsPortal.Tests.EndToEnd;

/// <summary>
/// Every kind of page of the generated corpus on the narrowest phones (320 and 375 CSS pixels):
/// nothing is wider than the screen, so no page scrolls sideways, even with the longest
/// compounds of both languages in titles, names, tables and search results.
/// </summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class PhoneLayoutTests(BrowserFixture browser) : IAsyncLifetime
{
    private ServedSite site = null!;

    public static TheoryData<string, int> Pages()
    {
        var compound = Uri.EscapeDataString(PhoneTown.FinnishCompound.ToLowerInvariant());
        string[] pages =
        [
            "",
            "fi/", "fi/paatokset/", "fi/paatokset/sivu/2/", "fi/vuosi/", "fi/vuosi/2025/", "fi/toimielin/kaupunginvaltuusto/",
            "fi/aihe/international/", "fi/henkilo/olli-esimerkki/",
            PhoneTown.DecisionPath, PhoneTown.CasePath, PhoneTown.MeetingPath, PhoneTown.CalendarPath, "fi/kokoukset/",
            "fi/haku/", "fi/haku/?q=" + compound,
            "sv/", "sv/beslut/", PhoneTown.SwedishDecisionPath, "sv/amne/international/",
            "sv/sok/?q=" + Uri.EscapeDataString(PhoneTown.SwedishCompound.ToLowerInvariant()),
            "404.html",
        ];
        var data = new TheoryData<string, int>();
        foreach (var width in new[] { 320, 375 })
        {
            foreach (var page in pages)
            {
                data.Add(page, width);
            }
        }

        return data;
    }

    public async Task InitializeAsync() => site = await ServedSite.OfAsync("corpus");

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_page_is_no_wider_than_the_phone(string path, int width)
    {
        var page = await browser.ReusedPageAsync(nameof(PhoneLayoutTests), width: width, height: 740);
        var response = await page.GotoAsync(site.Url(path));
        Assert.True(response!.Ok, $"{path}: HTTP {response.Status}");
        if (path.Contains("?q=", StringComparison.Ordinal))
        {
            await page.WaitForSelectorAsync("#search-list li");
        }

        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        var wide = await page.EvaluateAsync<string[]>(
            "w => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w + 0.5).slice(0, 5).map(e => e.tagName + '.' + e.className + ': ' + (e.textContent || '').trim().slice(0, 60))",
            width);
        Assert.True(scrollWidth <= width, $"{path} at {width} px is {scrollWidth} px wide:\n{string.Join('\n', wide)}");
    }

    [Theory]
    [InlineData("fi/", 320)]
    [InlineData("sv/", 320)]
    [InlineData("fi/", 375)]
    public async Task On_a_phone_the_search_button_sits_beside_its_field_and_the_header_leaves_the_screen_to_the_content(string path, int width)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 740 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(path));

        var field = (await page.Locator("#site-search-q").BoundingBoxAsync())!;
        var button = (await page.Locator(".site-search button").BoundingBoxAsync())!;
        var header = (await page.Locator(".site-header").BoundingBoxAsync())!;

        Assert.True(button.Y < field.Y + field.Height && field.Y < button.Y + button.Height, $"the button ({button.Y}) is not on the field's line ({field.Y})");
        Assert.True(button.X >= field.X + field.Width, "the button is not after the field");
        Assert.True(header.Height <= 200, $"the header takes {header.Height} of 740 px");
        await context.CloseAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
