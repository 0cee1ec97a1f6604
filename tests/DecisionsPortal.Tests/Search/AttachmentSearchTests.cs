using DecisionsPortal.Configuration;
using DecisionsPortal.Pipeline;
using DecisionsPortal.Tests.EndToEnd;
using DecisionsPortal.Tests.Support;
using DecisionsPortal.Tests.Support.Browser;

namespace DecisionsPortal.Tests.Search;

/// <summary>
/// The text of PDF attachments is searchable: a word that only an attachment holds finds its
/// decision on the search page (Chromium, search.js over the built files), and the result says
/// it was found in the attachment and links the file. A PDF search cannot read is a warning
/// naming the file, and the build goes on.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AttachmentSearchTests(BrowserFixture browser)
{
    private static TestSite Site()
    {
        var site = new TestSite();
        site.Write("content/fi/2025/kongressi.md", Decision("Osallistuminen ystävyyskaupunkien kokoukseen", "2025-01-29",
            "Kaupunginhallitus päättää lähettää edustajan kokoukseen.", "Kutsu on liitteenä.", "{ title: Kutsu, file: kutsu.pdf }"));
        site.WriteBytes("content/fi/2025/kutsu.pdf", TestPdf.Of(
            "Kutsu Wuhanin ystävyyskaupunkikongressiin",
            "Kongressi järjestetään toukokuussa. Majoitus ja ruokailu ovat maksuttomia.",
            "Matkakustannukset korvataan osallistujille."));
        site.Write("content/fi/2025/silta.md", Decision("Sillan korjaus", "2025-02-03",
            "Kaupunginhallitus päättää korjata sillan.", "Silta on huonossa kunnossa ja majoitus ei liity asiaan.", null));
        site.Write("content/sv/2025/vanort.md", Decision("Deltagande i vänortskongressen", "2025-01-29",
            "Stadsstyrelsen beslutar att skicka en representant.", "Inbjudan finns som bilaga.", "{ title: Inbjudan, file: inbjudan.pdf }"));
        site.WriteBytes("content/sv/2025/inbjudan.pdf", TestPdf.Of(
            "Inbjudan till vänortskongressen i Wuhan",
            "Kongressen hålls i maj. Resekostnaderna ersätts och logi ordnas av värdstaden."));
        return site;
    }

    [Fact]
    public async Task A_word_only_in_a_pdf_attachment_finds_its_decision_and_the_result_names_and_links_the_attachment()
    {
        using var site = Site();
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Take(5)));
        await using var server = await StaticServer.StartAsync(site.Output);
        var search = new SearchPage(await browser.NewPageAsync(), server.Origin);

        // "matkakustannukset" and "ruokailu" are only in the PDF.
        await search.OpenAsync("fi", "?q=matkakustannukset");
        Assert.Equal(["Osallistuminen ystävyyskaupunkien kokoukseen"], await search.TitlesAsync());
        Assert.Equal(["Löytyi liitteestä: Kutsu"], await search.Page.Locator("#search-list .attachment-hit").AllInnerTextsAsync());
        Assert.Equal("/fi/paatokset/2025/kongressi/kutsu.pdf", await search.Page.Locator("#search-list .attachment-hit a").GetAttributeAsync("href"));
        Assert.Equal(200, (await search.Page.APIRequest.GetAsync(server.Origin + "/fi/paatokset/2025/kongressi/kutsu.pdf")).Status);

        // One word in the decision, one in its attachment: still all words of one decision.
        await search.OpenAsync("fi", "?q=edustaja+ruokailu");
        Assert.Equal(["Osallistuminen ystävyyskaupunkien kokoukseen"], await search.TitlesAsync());

        // A word both hold: the decision that holds it in its own text first, and unmarked.
        await search.OpenAsync("fi", "?q=majoitus");
        Assert.Equal(["Sillan korjaus", "Osallistuminen ystävyyskaupunkien kokoukseen"], await search.TitlesAsync());
        Assert.Equal(["Löytyi liitteestä: Kutsu"], await search.Page.Locator("#search-list .attachment-hit").AllInnerTextsAsync());

        // A compound of the attachment found by its part, as in a decision's own text.
        await search.OpenAsync("fi", "?q=kongressi");
        Assert.Contains("Osallistuminen ystävyyskaupunkien kokoukseen", await search.TitlesAsync());

        // A word the decision itself holds is not marked.
        await search.OpenAsync("fi", "?q=edustaja");
        Assert.Empty(await search.Page.Locator("#search-list .attachment-hit").AllInnerTextsAsync());

        await search.OpenAsync("sv", "?q=resekostnaderna");
        Assert.Equal(["Deltagande i vänortskongressen"], await search.TitlesAsync());
        Assert.Equal(["Hittades i bilagan: Inbjudan"], await search.Page.Locator("#search-list .attachment-hit").AllInnerTextsAsync());
        Assert.Equal("/sv/beslut/2025/vanort/inbjudan.pdf", await search.Page.Locator("#search-list .attachment-hit a").GetAttributeAsync("href"));

        // A phrase inside the attachment.
        await search.OpenAsync("fi", "?q=%22majoitus+ja+ruokailu%22");
        Assert.Equal(["Osallistuminen ystävyyskaupunkien kokoukseen"], await search.TitlesAsync());
    }

    [Fact]
    public void A_pdf_that_cannot_be_read_is_a_warning_naming_the_file_and_the_build_goes_on()
    {
        using var site = Site();
        site.Write("content/fi/2025/silta.md", Decision("Sillan korjaus", "2025-02-03",
            "Kaupunginhallitus päättää korjata sillan.", "Silta on huonossa kunnossa.", "{ title: Kuntoarvio, file: kuntoarvio.pdf }"));
        site.Write("content/fi/2025/kuntoarvio.pdf", "%PDF-1.4\nTämä ei ole PDF-tiedosto vaan katkennut lataus");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "DP0190");
        Assert.False(warning.IsError);
        Assert.EndsWith("content/fi/2025/silta.md", warning.Location.Path);
        Assert.Contains("content/fi/2025/kuntoarvio.pdf", warning.Message);
        Assert.EndsWith("could not be read: the file is damaged or is not a PDF (save it as PDF again); it is published, but search does not find its words, nor could the build check it for the names of withheld attachments or for words marked as personal data", warning.Message);
        Assert.True(site.Exists("fi/paatokset/2025/silta/kuntoarvio.pdf"));
        Assert.Contains(SearchShards.TermsAndForms(site.Output), t => t == "matkakustannukset");
    }

    [Fact]
    public void After_a_pdf_attachment_changes_serve_writes_the_search_index_a_fresh_build_writes()
    {
        using var site = Site();
        var options = new BuildOptions(site.ConfigPath);
        var cache = new BuildCache();
        var before = SearchCacheTests.SearchFiles(BuildPipeline.Check(options, cache));

        var pdf = Path.Combine(site.Root, "content", "fi", "2025", "kutsu.pdf");
        File.WriteAllBytes(pdf, TestPdf.Of("Kutsu Wuhanin ystävyyskaupunkikongressiin", "Päivärahat maksetaan kaupungin ohjesäännön mukaan."));
        File.SetLastWriteTimeUtc(pdf, DateTime.UtcNow.AddMinutes(1));
        var warm = BuildPipeline.Check(options, cache);
        var fresh = BuildPipeline.Check(options);

        Assert.NotEqual(before, SearchCacheTests.SearchFiles(warm));
        Assert.Equal(SearchCacheTests.SearchFiles(fresh), SearchCacheTests.SearchFiles(warm));
        Assert.Contains(warm.Files!.Where(f => f.Path.StartsWith("search/fi/", StringComparison.Ordinal) && f.Path.EndsWith(".json", StringComparison.Ordinal)),
            f => System.Text.Encoding.UTF8.GetString(f.Content).Contains("kutsu.pdf", StringComparison.Ordinal));
    }

    private static string Decision(string title, string date, string proposal, string text, string? attachment) => $"""
        ---
        title: {title}
        date: {date}
        body: kaupunginhallitus
        preparer: {"{"} name: Maija Meikäläinen, title: Hallintojohtaja {"}"}
        presenter: {"{"} name: Olli Esimerkki, title: Kaupunginjohtaja {"}"}
        proposal: {proposal}
        {(attachment is null ? "" : "attachments: [" + attachment + "]")}
        ---
        {text}
        """;
}
