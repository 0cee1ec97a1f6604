using DecisionsPortal.Configuration;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Pipeline;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Search;

/// <summary>
/// serve keeps the text read from PDF attachments between rebuilds; over a long session, the text
/// of a file that was deleted, taken off its decision or replaced is dropped at the next rebuild,
/// and what search finds is what a fresh build finds.
/// </summary>
public sealed class AttachmentTextCacheTests
{
    private static string Decision(string title, string attachment) => $"""
        ---
        title: {title}
        date: 2025-01-29
        body: kaupunginhallitus
        preparer: {"{"} name: Maija Meikäläinen, title: Hallintojohtaja {"}"}
        presenter: {"{"} name: Olli Esimerkki, title: Kaupunginjohtaja {"}"}
        proposal: Kaupunginhallitus päättää asiasta.
        {attachment}
        ---
        Asiasta on liite.
        """;

    [Fact]
    public void A_rebuild_drops_the_text_of_attachments_deleted_or_changed_and_search_finds_what_a_fresh_build_finds()
    {
        using var site = new TestSite();
        site.Write("content/fi/2025/kongressi.md", Decision("Kongressi", "attachments: [{ title: Kutsu, file: kutsu.pdf }]"));
        site.WriteBytes("content/fi/2025/kutsu.pdf", TestPdf.Of("Kutsu ystävyyskaupunkikongressiin", "Matkakustannukset korvataan."));
        site.Write("content/fi/2025/silta.md", Decision("Silta", "attachments: [{ title: Kuntoarvio, file: kuntoarvio.pdf }]"));
        site.WriteBytes("content/fi/2025/kuntoarvio.pdf", TestPdf.Of("Sillan kuntoarvio", "Kannen betoni on rapautunut."));
        site.Write("content/fi/2025/koulu.md", Decision("Koulu", "attachments: [{ title: Piirustus, file: piirustus.pdf }]"));
        site.WriteBytes("content/fi/2025/piirustus.pdf", TestPdf.Of("Koulun piirustus", "Uusi siipi rakennetaan pihalle."));
        var options = new BuildOptions(site.ConfigPath);
        var cache = new BuildCache();
        SearchCacheTests.SearchFiles(BuildPipeline.Check(options, cache));
        Assert.Equal(3, cache.Attachments.Count);

        // The invitation is replaced by a new version, the bridge's survey taken off its decision
        // and deleted, the school's drawing left as it was.
        var invitation = Path.Combine(site.Root, "content/fi/2025/kutsu.pdf");
        site.WriteBytes("content/fi/2025/kutsu.pdf", TestPdf.Of("Kutsu ystävyyskaupunkikongressiin", "Majoitus ja ruokailu ovat maksuttomia, matkat korvataan."));
        File.SetLastWriteTimeUtc(invitation, File.GetLastWriteTimeUtc(invitation).AddMinutes(1));
        site.Write("content/fi/2025/silta.md", Decision("Silta", ""));
        File.Delete(Path.Combine(site.Root, "content/fi/2025/kuntoarvio.pdf"));
        var warm = SearchCacheTests.SearchFiles(BuildPipeline.Check(options, cache));

        // The new invitation's text and the unchanged drawing's: nothing of the old files.
        Assert.Equal(2, cache.Attachments.Count);
        Assert.Equal(SearchCacheTests.SearchFiles(BuildPipeline.Check(options)), warm);

        // A file deleted while its decision still names it is the editor's error; once the
        // decision no longer names it, its text goes too.
        File.Delete(Path.Combine(site.Root, "content/fi/2025/piirustus.pdf"));
        Assert.Equal([DiagnosticCodes.AttachmentMissing], BuildPipeline.Check(options, cache).Diagnostics.Where(d => d.IsError).Select(d => d.Code));
        site.Write("content/fi/2025/koulu.md", Decision("Koulu", ""));
        Assert.True(BuildPipeline.Check(options, cache).Succeeded);
        Assert.Equal(1, cache.Attachments.Count);
    }
}
