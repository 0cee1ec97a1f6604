using DecisionsPortal.Tests.Support.Browser;
using Microsoft.Playwright;

namespace DecisionsPortal.Tests.EndToEnd;

/// <summary>
/// The members' page kinds on the narrowest phones: neither a person page nor a decision page with
/// a vote by council group, a dissent and appeal dates scrolls sideways.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MemberPhoneLayoutTests(BrowserFixture browser) : IAsyncLifetime
{
    private ServedSite site = null!;

    public static TheoryData<string, int> Pages()
    {
        string[] pages = ["fi/henkilo/aino-aaltonen/", "fi/paatokset/2025/uimahalli/", "sv/person/eeva-eskola/", "sv/beslut/2025/uimahalli/"];
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

    public async Task InitializeAsync() => site = await ServedSite.StartAsync("members");

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_members_page_is_no_wider_than_the_phone(string path, int width)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 740 } });
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(site.Url(path));
        Assert.True(response!.Ok, $"{path}: HTTP {response.Status}");

        // The whole page: a person page, and a decision page with its vote, dissent and appeal dates.
        const string parts = "body *";
        var wide = await page.EvaluateAsync<string[]>(
            "([w, parts]) => [...document.querySelectorAll(parts)].filter(e => e.getBoundingClientRect().right > w + 0.5).slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right) + ': ' + (e.textContent || '').trim().slice(0, 60))",
            new object[] { width, parts });
        Assert.True(wide.Length == 0, $"{path} at {width} px:\n{string.Join('\n', wide)}");
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= width, $"{path} scrolls sideways at {width} px");
        await context.CloseAsync();
    }

    public async Task DisposeAsync() => await site.DisposeAsync();
}
