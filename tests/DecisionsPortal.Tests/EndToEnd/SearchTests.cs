using DecisionsPortal.Tests.Support;
using DecisionsPortal.Tests.Support.Browser;

namespace DecisionsPortal.Tests.EndToEnd;

/// <summary>Searching the 2,000-a-language generated corpus in real Chromium, as a journalist does.</summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class SearchTests(BrowserFixture browser, SearchCorpusSite corpus) : IClassFixture<SearchCorpusSite>
{
    private async Task<SearchPage> OpenAsync(string language, string query = "")
    {
        var page = new SearchPage(await browser.NewPageAsync(), corpus.Server.Origin);
        await page.OpenAsync(language, query);
        return page;
    }

    [Fact]
    public async Task Inflected_forms_of_a_finnish_word_find_each_other_and_are_highlighted()
    {
        var illative = await OpenAsync("fi", "?q=kongressiin");
        var inessive = await OpenAsync("fi", "?q=kongresseissa");

        Assert.True(await illative.CountAsync() > 100);
        Assert.Equal(await illative.CountAsync(), await inessive.CountAsync());
        Assert.Equal(10, (await illative.TitlesAsync()).Count);
        var marks = (await illative.MarksAsync()).Select(m => m.ToLowerInvariant()).ToHashSet();
        Assert.Contains("kongressiin", marks);
        Assert.Contains("kongresseissa", marks);
    }

    [Fact]
    public async Task A_query_without_diacritics_finds_the_words_with_them_but_the_exact_form_ranks_first()
    {
        var folded = await OpenAsync("fi", "?q=ymparistoa");
        Assert.True(await folded.CountAsync() > 100);
        Assert.Contains((await folded.MarksAsync()).Select(m => m.ToLowerInvariant()), m => m.StartsWith("ympäristö", StringComparison.Ordinal));

        var ocr = await OpenAsync("fi", "?q=hameenlinna");
        Assert.Equal(["Yhteistyö Hameenlinnan kanssa", "Yhteistyö Hämeenlinnan kanssa"], await ocr.TitlesAsync());
        var proper = await OpenAsync("fi", "?q=hämeenlinna");
        Assert.Equal(["Yhteistyö Hämeenlinnan kanssa", "Yhteistyö Hameenlinnan kanssa"], await proper.TitlesAsync());
    }

    [Fact]
    public async Task A_part_of_a_compound_finds_the_compound_in_finnish_and_in_swedish()
    {
        var fi = await OpenAsync("fi", "?q=hallitus+lumiaurausohjelman");
        Assert.Equal(["Lumiaurausohjelman hyväksyminen"], await fi.TitlesAsync());
        Assert.Contains("Kaupunginhallitus", await fi.MarksAsync());

        var sv = await OpenAsync("sv", "?q=styrelse+snöplogningsprogrammet");
        Assert.Equal(["Godkännande av snöplogningsprogrammet"], await sv.TitlesAsync());
    }

    [Fact]
    public async Task A_quoted_phrase_matches_only_words_in_that_order()
    {
        var words = await OpenAsync("fi", "?q=taloudellinen+kestävyys");
        var phrase = await OpenAsync("fi", "?q=%22taloudellinen+kestävyys%22");

        Assert.Equal(["Talouden tasapaino", "Lumiaurausohjelman hyväksyminen"], await words.TitlesAsync());
        Assert.Equal(["Lumiaurausohjelman hyväksyminen"], await phrase.TitlesAsync());
    }

    [Fact]
    public async Task The_last_word_matches_as_a_prefix_while_typing()
    {
        var page = await OpenAsync("fi");

        await page.ActAsync(() => page.Page.Locator("#search-q").FillAsync("lumiaurausohj"));

        Assert.Equal(["Lumiaurausohjelman hyväksyminen"], await page.TitlesAsync());
        Assert.EndsWith("?q=lumiaurausohj", page.Page.Url);
    }

    [Fact]
    public async Task Facets_narrow_the_results_with_counts_that_add_up_or_within_a_facet_and_across_facets()
    {
        var page = await OpenAsync("fi", "?q=koulujen");
        var all = await page.CountAsync();

        await page.ActAsync(() => page.Page.Locator("#facet-body-kaupunginhallitus").CheckAsync());
        var organ = await page.CountAsync();
        Assert.InRange(organ, 1, all - 1);
        Assert.All(await page.MetaAsync(), meta => Assert.Contains("Kaupunginhallitus", meta));
        Assert.Contains("body=kaupunginhallitus", page.Page.Url);

        var label2023 = await page.Page.InnerTextAsync("label[for=facet-year-2023]");
        var label2024 = await page.Page.InnerTextAsync("label[for=facet-year-2024]");
        await page.ActAsync(() => page.Page.Locator("#facet-year-2023").CheckAsync());
        Assert.Equal($"2023 ({await page.CountAsync()})", label2023);
        Assert.All(await page.DatesAsync(), date => Assert.StartsWith("2023-", date));
        await page.ActAsync(() => page.Page.Locator("#facet-year-2024").CheckAsync());
        Assert.Equal(Number(label2023) + Number(label2024), await page.CountAsync());

        await page.ActAsync(() => page.Page.Locator("#facet-topic-schools").CheckAsync());
        Assert.InRange(await page.CountAsync(), 1, Number(label2023) + Number(label2024) - 1);
        Assert.Contains("topic=schools", page.Page.Url);
    }

    [Fact]
    public async Task Sorting_by_newest_and_oldest_orders_the_results_by_date_and_a_date_range_limits_them()
    {
        var newest = await OpenAsync("fi", "?q=matkailun&sort=newest");
        var dates = await newest.DatesAsync();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);

        var oldest = await OpenAsync("fi", "?q=matkailun&sort=oldest&from=2022-03-01&to=2022-06-30");
        dates = await oldest.DatesAsync();
        Assert.NotEmpty(dates);
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.All(dates, d => Assert.InRange(d, "2022-03-01", "2022-06-30"));
        Assert.Equal("oldest", await oldest.Page.InputValueAsync("#search-sort"));
    }

    [Fact]
    public async Task The_address_restores_a_search_and_back_and_forward_move_between_searches()
    {
        var page = await OpenAsync("fi", "?q=koulun&body=tekninen-lautakunta&sort=oldest");
        Assert.Equal("koulun", await page.Page.InputValueAsync("#search-q"));
        Assert.True(await page.Page.IsCheckedAsync("#facet-body-tekninen-lautakunta"));
        var restored = await page.CountAsync();

        await page.ActAsync(async () =>
        {
            await page.Page.FillAsync("#search-q", "lumiaurausohjelman");
            await page.Page.PressAsync("#search-q", "Enter");
        });
        Assert.Contains("q=lumiaurausohjelman", page.Page.Url);

        await page.ActAsync(() => page.Page.GoBackAsync());
        Assert.Equal("koulun", await page.Page.InputValueAsync("#search-q"));
        Assert.Equal(restored, await page.CountAsync());
        await page.ActAsync(() => page.Page.GoForwardAsync());
        Assert.Equal("lumiaurausohjelman", await page.Page.InputValueAsync("#search-q"));
    }

    [Fact]
    public async Task The_swedish_page_finds_finnish_only_decisions_by_their_finnish_words_and_marks_their_language()
    {
        // The trailing space ends the word: a last word still being typed would also match Swedish words by prefix.
        var page = await OpenAsync("sv", "?q=kongresseissa+");

        Assert.InRange(await page.CountAsync(), 150, 250);
        Assert.All(await page.MetaAsync(), meta => Assert.Contains("endast på finska", meta));
        Assert.Equal("fi", await page.Page.GetAttributeAsync("#search-list a.decision-link", "hreflang"));

        var swedish = await OpenAsync("sv", "?q=kongressen&lang=sv");
        Assert.True(await swedish.CountAsync() > 100);
        Assert.DoesNotContain(await swedish.MetaAsync(), meta => meta.Contains("endast på finska", StringComparison.Ordinal));
    }

    [Fact]
    public async Task No_results_say_so_and_suggest_a_word_from_the_dictionary()
    {
        var page = await OpenAsync("fi", "?q=kongrezzi+");

        Assert.StartsWith("Ei tuloksia haulla", await page.StatusAsync());
        var suggestion = page.Page.Locator("#search-status a");
        Assert.StartsWith("kongress", await suggestion.InnerTextAsync());
        await page.ActAsync(() => suggestion.ClickAsync());
        Assert.True(await page.CountAsync() > 100);
    }

    [Fact]
    public async Task Results_are_announced_in_a_live_region_and_reachable_by_keyboard()
    {
        var page = await OpenAsync("fi", "?q=lumiaurausohjelman");

        Assert.Equal("polite", await page.Page.GetAttributeAsync("#search-status", "aria-live"));
        Assert.StartsWith("1 päätös", await page.StatusAsync());
        await page.Page.FocusAsync("#search-q");
        // Past the form's fields and the filter choices, which come before the results.
        for (var i = 0; i < 40 && !await page.Page.EvaluateAsync<bool>("!!document.activeElement.closest('#search-list')"); i++)
        {
            await page.Page.Keyboard.PressAsync("Tab");
        }

        Assert.Equal("Lumiaurausohjelman hyväksyminen", await page.Page.EvaluateAsync<string>("document.activeElement.textContent"));
    }

    [Theory]
    [InlineData("fi", "kongresseissa")]
    [InlineData("sv", "kongresserna")]
    public async Task Typing_one_inflected_word_downloads_at_most_100_KB_and_shows_the_results_after_two_rounds_of_requests_before_the_document_table(string language, string word)
    {
        var tab = await browser.NewPageAsync();
        await RequestLog.AddLatencyAsync(tab, TimeSpan.FromMilliseconds(200));
        var log = new RequestLog(tab);
        var page = new SearchPage(tab, corpus.Server.Origin);
        await page.OpenAsync(language);
        var scripts = (await log.EntriesAsync()).Where(e => e.Path.EndsWith(".js", StringComparison.Ordinal)).ToList();
        var loaded = log.Count;
        var loadedResources = await RequestLog.ResourceCountAsync(tab);

        await page.ActAsync(() => tab.Locator("#search-q").FillAsync(word));

        Assert.True(await page.CountAsync() > 100);
        Assert.NotEmpty(await page.MarksAsync());
        // The favicon is the browser's own, lazy request, not the query's; its bytes still count.
        var query = await log.EntriesAsync(skip: loaded);
        Assert.All(query.Where(e => !e.Path.Contains("/favicon.", StringComparison.Ordinal)), e => Assert.StartsWith($"/search/{language}/", e.Path));
        var bytes = scripts.Concat(query).Sum(e => e.Bytes);
        var rounds = await RequestLog.RoundsAsync(tab, loadedResources);
        var results = await RequestLog.RoundsAsync(tab, loadedResources, without: "/docs.");
        var report = $"{scripts.Count} scripts {scripts.Sum(e => e.Bytes)} B, then {query.Count} requests {query.Sum(e => e.Bytes)} B in {rounds} rounds, {results} without the document table";
        Assert.Equal(4, scripts.Count);  // stemmers, the manifest, the engine, the page
        Assert.True(bytes <= 100 * 1024, report);
        // The word's shard, then the first page's metadata; the document table (every decision's
        // facets, for the filters' counts) only after them, so a large site's table never holds the results back.
        Assert.True(results <= 2, report);
        Assert.Equal(results + 1, rounds);
        Assert.Single(query, e => e.Path.Contains("/docs.", StringComparison.Ordinal));
        Assert.NotEmpty(await tab.Locator("#search-facets input[type=checkbox]").AllAsync());
    }

    private static int Number(string label) => int.Parse(label[(label.IndexOf('(') + 1)..label.IndexOf(')')], System.Globalization.CultureInfo.InvariantCulture);
}
