using DecisionsPortal.Tests.Support;
using DecisionsPortal.Tests.Support.Browser;

namespace DecisionsPortal.Tests.Search;

/// <summary>
/// Word and PDFs paste soft hyphens (U+00AD, the places a word may break) into text an editor
/// copies: unseen on the page, they split a word in two for search, so 'aukioloajat' missed the
/// decision writing 'aukio­loaikojen'. A soft hyphen inside a word is no break, in the index and
/// in the query alike.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SoftHyphenSearchTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_word_with_soft_hyphens_is_found_by_the_word_and_finds_it()
    {
        using var site = new TestSite(
            "-- content/fi/2025/a.md --\n" + Decisions.Finnish(title: "Kirjaston aukio\u00ADloaikojen muutos", text: "Kirjaston aukio\u00ADlo\u00ADajat pidennetään.")
            + "\n-- content/fi/2025/b.md --\n" + Decisions.Finnish(title: "Torin kunnostus", date: "2025-03-15", text: "Tori kunnostetaan."));
        await using var served = await SearchableSite.BuildAsync(site);

        Assert.Equal(["a"], await served.SearchAsync(browser, "aukioloajat"));
        Assert.Equal(["a"], await served.SearchAsync(browser, "aukioloaikojen"));
        Assert.Equal(["a"], await served.SearchAsync(browser, "aukio\u00ADloajat"));
        Assert.Empty(await served.SearchAsync(browser, "loajat"));
    }
}
