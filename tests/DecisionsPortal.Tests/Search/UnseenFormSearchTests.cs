using DecisionsPortal.Tests.Support;
using DecisionsPortal.Tests.Support.Browser;

namespace DecisionsPortal.Tests.Search;

/// <summary>
/// A form typed that no decision holds, whose Snowball stem differs from its base form's (Swedish
/// Snowball keeps "-et" and "-an", Finnish gradation changes "kokous" to "kokoukse-"), finds the
/// decisions holding any form of its base form, by the endings the build learnt from the other
/// words of the corpus; searched with search.js in Chromium over the files the build wrote.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class UnseenFormSearchTests(BrowserFixture browser)
{
    // Words that teach the endings (two of a kind each: an ending seen once is not learnt), and the words searched for in forms not written here.
    private static readonly (string Slug, string Text)[] Swedish =
    [
        ("hus", "Ett hus byggs vid torget."),
        ("husen", "Husen rivs i år."),
        ("taket", "Taket läcker."),
        ("radet", "Rådet sammanträder."),
        ("gatan", "Gatan är lång."),
        ("gatorna", "Gatorna sopas."),
        ("flickan", "Flickan läser."),
        ("flickorna", "Flickorna sjunger."),
        ("skolorna", "Skolorna stängs."),
        // The modal verb whose infinitive is spelt as the noun skola (school).
        ("ska", "Nämnden ska utreda frågan."),
    ];

    private static readonly (string Slug, string Text)[] Finnish =
    [
        ("talossa", "Talossa on kolme kerrosta."),
        ("koulussa", "Koulussa opiskellaan."),
        ("talon", "Talon katto vuotaa."),
        ("koulun", "Koulun piha on suuri."),
        ("esityksen", "Esityksen liitteet puuttuvat."),
        ("paatoksen", "Päätöksen perustelut ovat liitteenä."),
        ("kokous", "Kokous alkaa kello yhdeksän."),
    ];

    [Fact]
    public async Task A_form_no_decision_holds_finds_the_decisions_with_the_forms_of_its_base_form()
    {
        BaseFormDictionaries.Require();
        await using var served = await SearchableSite.BuildAsync(Site());

        // The status says which form was searched for, so that a wrong guess is seen for one.
        Assert.Equal(["sv-hus", "sv-husen"], await served.SearchAsync(browser, "huset", "sv"));
        Assert.EndsWith("Sökte med grundformen: hus.", await served.StatusAsync(browser, "huset", "sv"));
        Assert.Equal(["sv-skolorna"], await served.SearchAsync(browser, "skolan", "sv"));
        Assert.Equal(["kokous"], await served.SearchAsync(browser, "kokouksessa"));
        Assert.EndsWith("Haettiin perusmuodolla: kokous.", await served.StatusAsync(browser, "kokouksessa"));
        Assert.Equal(["sv-skolorna"], await served.SearchAsync(browser, "skolorna", "sv"));
        Assert.DoesNotContain("Sökte med", await served.StatusAsync(browser, "skolorna", "sv"), StringComparison.Ordinal);
        // A word of no base form the index knows still finds nothing.
        Assert.Empty(await served.SearchAsync(browser, "bilarna", "sv"));
    }

    private static TestSite Site() => SentenceDecisions.Site(Finnish, Swedish);
}
