using DecisionsPortal.Tests.Support;
using DecisionsPortal.Tests.Support.Browser;

namespace DecisionsPortal.Tests.Search;

/// <summary>
/// A decision's organ and topics are words of it as its page names them, in the page's language:
/// `kaavoitus` finds the decisions of that topic whose text never says it (weighted
/// as a word of the text, below the title and proposal); searched with search.js in Chromium.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LabelSearchTests(BrowserFixture browser)
{
    private const string Config = """
        title: { fi: Kaupungin päätökset, sv: Stadens beslut }
        base_url: https://example.org/
        languages: [fi, sv]
        editor_language: en
        bodies:
          lautakunta: { fi: Lautakunta, sv: Nämnd }
          tekninen: { fi: Tekninen lautakunta, sv: Tekniska nämnden }
        topics:
          kaavoitus: { fi: Kaavoitus, sv: Planläggning }
          liikenne: { fi: Liikenne, sv: Trafik }
        """;

    [Fact]
    public async Task A_decision_is_found_by_the_names_of_its_organ_and_topics_in_the_page_language()
    {
        BaseFormDictionaries.Require();
        using var site = new TestSite();
        site.Write("site.yml", Config);
        site.Write("content/fi/2024/asemakaava.md", Decision("Asemakaavan muutos", "lautakunta", "[kaavoitus]", "Lautakunta hyväksyy muutoksen."));
        site.Write("content/fi/2024/katsaus.md", Decision("Kaavoitus vuonna 2024", "lautakunta", "[]", "Lautakunta merkitsee tiedoksi."));
        site.Write("content/fi/2024/silta.md", Decision("Sillan korjaus", "tekninen", "[liikenne]", "Lautakunta hyväksyy urakan."));
        site.Write("content/sv/2024/asemakaava.md", Decision("Ändring av detaljplanen", "lautakunta", "[kaavoitus]", "Nämnden godkänner ändringen."));
        site.Write("content/sv/2024/silta.md", Decision("Reparation av bron", "tekninen", "[liikenne]", "Nämnden godkänner entreprenaden."));
        await using var served = await SearchableSite.BuildAsync(site);

        Assert.Equal(["asemakaava", "katsaus"], await served.SearchAsync(browser, "kaavoitus"));
        Assert.Equal(["silta"], await served.SearchAsync(browser, "tekninen"));
        Assert.Equal(["silta"], await served.SearchAsync(browser, "liikenne"));
        Assert.Equal(["asemakaava"], await served.SearchAsync(browser, "planläggning", "sv"));
        Assert.Equal(["silta"], await served.SearchAsync(browser, "trafik", "sv"));
        Assert.Equal(["silta"], await served.SearchAsync(browser, "tekniska", "sv"));
        // A page's labels are in its language only.
        Assert.Empty(await served.SearchAsync(browser, "trafik"));
    }

    private static string Decision(string title, string body, string topics, string proposal) => $"""
        ---
        title: {title}
        date: 2024-03-01
        body: {body}
        topics: {topics}
        preparer: {"{"} name: Qx Zq, title: Qx {"}"}
        presenter: {"{"} name: Qx Zq, title: Qx {"}"}
        proposal: {proposal}
        ---
        Valmistelu.
        """;
}
