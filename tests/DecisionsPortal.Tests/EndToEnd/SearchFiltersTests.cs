using DecisionsPortal.Tests.Support.Browser;
using Microsoft.Playwright;

namespace DecisionsPortal.Tests.EndToEnd;

/// <summary>
/// The filters of a search in sight, on a phone: the ones in force listed above the results,
/// each removable, named in the count, and the filter choices a button away, before the results.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchFiltersTests(BrowserFixture browser) : IAsyncLifetime
{
    private ServedSite site = null!;

    public async Task InitializeAsync() => site = await ServedSite.StartAsync("corpus");

    private async Task<SearchPage> OpenOnPhoneAsync(string query)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 375, Height = 740 } });
        var page = new SearchPage(await context.NewPageAsync(), site.Server.Origin);
        await page.OpenAsync("fi", query);
        return page;
    }

    [Fact]
    public async Task The_filters_in_force_are_named_in_the_count_and_listed_above_the_results_each_with_a_way_to_remove_it()
    {
        var page = await OpenOnPhoneAsync("?q=kaupunki&body=kaupunginhallitus&topic=schools");
        var narrowed = await page.CountAsync();
        Assert.True(narrowed > 0);
        Assert.EndsWith(", rajattuna: Kaupunginhallitus, Koulut.", await page.StatusAsync());
        var removers = page.Page.Locator("#search-active-list button");
        Assert.Equal(["Poista rajaus: Kaupunginhallitus ×", "Poista rajaus: Koulut ×", "Poista rajaukset"], await removers.AllTextContentsAsync());
        var filters = (await page.Page.Locator("#search-active").BoundingBoxAsync())!;
        var first = (await page.Page.Locator("#search-list li").First.BoundingBoxAsync())!;
        Assert.True(filters.Y < first.Y, "the filters in force are not above the results");

        await page.ActAsync(() => removers.Nth(1).ClickAsync());

        Assert.DoesNotContain("topic=", page.Page.Url);
        Assert.Contains("body=kaupunginhallitus", page.Page.Url);
        Assert.EndsWith(", rajattuna: Kaupunginhallitus.", await page.StatusAsync());
        Assert.True(await page.CountAsync() >= narrowed);

        await page.ActAsync(() => page.Page.Locator("#search-active-list button").First.ClickAsync());
        Assert.DoesNotContain("rajattuna", await page.StatusAsync());
        Assert.True(await page.Page.Locator("#search-active").IsHiddenAsync());
    }

    [Fact]
    public async Task On_a_phone_the_filter_choices_open_from_a_button_before_the_results()
    {
        var page = await OpenOnPhoneAsync("?q=kaupunki&body=kaupunginhallitus");
        var button = page.Page.Locator("#search-filters-button");
        Assert.Equal("Rajaa hakua (1)", await button.InnerTextAsync());
        Assert.True(await page.Page.Locator("#facet-body-kaupunginhallitus").IsHiddenAsync());
        var first = (await page.Page.Locator("#search-list li").First.BoundingBoxAsync())!;
        Assert.True((await button.BoundingBoxAsync())!.Y < first.Y, "the button is not before the results");

        await button.ClickAsync();

        Assert.Equal("true", await button.GetAttributeAsync("aria-expanded"));
        Assert.True(await page.Page.Locator("#facet-body-kaupunginhallitus").IsCheckedAsync());
        var facet = (await page.Page.Locator("#search-facets").BoundingBoxAsync())!;
        first = (await page.Page.Locator("#search-list li").First.BoundingBoxAsync())!;
        Assert.True(facet.Y < first.Y, "the filters opened below the results");
        await page.ActAsync(() => page.Page.Locator("#facet-topic-schools").CheckAsync());
        Assert.EndsWith(", rajattuna: Kaupunginhallitus, Koulut.", await page.StatusAsync());
    }

    public async Task DisposeAsync() => await site.DisposeAsync();
}
