using DecisionsPortal.Search;
using DecisionsPortal.Tests.Support;
using DecisionsPortal.Tests.Support.Browser;

namespace DecisionsPortal.Tests.Search;

/// <summary>
/// A compound the base-form dictionary does not know is found by the parts the corpus's own words
/// make of it: sites built with invented words (which no dictionary splits), searched with
/// search.js in Chromium over the files the build wrote.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CompoundSearchTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_compound_is_found_by_the_longest_tail_and_head_the_corpus_knows_where_the_compound_stands()
    {
        await using var served = await BuildAsync(
            ("sanat", "Tsir, tsirbula, vompatti ja patti"),
            ("yhdyssana", "Kemin tsirbulavompatti"),
            ("erillaan", "Vompatti on Kemin"),
            ("kahdeksan", "Tsirmuka"),
            ("seitseman", "Tsirpuk"));

        Assert.Equal(["erillaan", "sanat", "yhdyssana"], await served.SearchAsync(browser, "vompatti"));
        Assert.Equal(["sanat", "yhdyssana"], await served.SearchAsync(browser, "tsirbula"));
        // Only the longest known tail and head: not "patti" of "vompatti", nor "tsir" of "tsirbula".
        Assert.Equal(["sanat"], await served.SearchAsync(browser, "patti"));
        // A word of eight letters has parts of four; one of seven has none.
        Assert.Equal(["kahdeksan", "sanat"], await served.SearchAsync(browser, "tsir"));
        Assert.Equal(["yhdyssana"], await served.SearchAsync(browser, "\"kemin vompatti\""));
    }

    [Fact]
    public async Task A_word_over_100_letters_is_not_split_so_a_pasted_megabyte_of_letters_costs_the_build_one_pass()
    {
        await using var served = await BuildAsync(
            ("sanat", "Tsirbula ja vompatti"),
            ("sata", Word(CompoundSplitter.MaxWord)),
            ("satayksi", Word(CompoundSplitter.MaxWord + 1)),
            ("megatavu", Word(1_000_000)));

        Assert.Equal(["sanat", "sata"], await served.SearchAsync(browser, "vompatti"));
        Assert.Equal(["sanat", "sata"], await served.SearchAsync(browser, "tsirbula"));
    }

    /// <summary>A word of <paramref name="length"/> letters that begins with one word of the corpus and ends with another.</summary>
    private static string Word(int length) => "Tsirbula" + new string('x', length - 16) + "vompatti";

    private static Task<SearchableSite> BuildAsync(params (string Slug, string Text)[] decisions)
    {
        var site = new TestSite();
        for (var i = 0; i < decisions.Length; i++)
        {
            site.Write($"content/fi/2024/{decisions[i].Slug}.md", Decisions.Plain(i, decisions[i].Text));
        }

        return SearchableSite.BuildAsync(site);
    }
}
