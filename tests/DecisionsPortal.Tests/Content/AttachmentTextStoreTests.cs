using DecisionsPortal.Configuration;
using DecisionsPortal.Pipeline;
using DecisionsPortal.Tests.Search;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Content;

/// <summary>
/// The texts of PDF attachments are kept in a cache folder, so the next run (CI's check, then its
/// build, then the nightly build) does not read every PDF again. What is found there is what search
/// indexes; a link there is not read. Each test gives its site a cache folder of its own.
/// </summary>
public sealed class AttachmentTextStoreTests
{
    private const string Decision = """
        ---
        title: Silta
        date: 2025-01-29
        body: kaupunginhallitus
        preparer: { name: Maija Meikäläinen, title: Hallintojohtaja }
        presenter: { name: Olli Esimerkki, title: Kaupunginjohtaja }
        proposal: Kaupunginhallitus päättää asiasta.
        attachments: [{ title: Kuntoarvio, file: kuntoarvio.pdf }]
        ---
        Asiasta on liite.
        """;

    private static readonly byte[] Survey = TestPdf.Of("Sillan kuntoarvio", "Kannen betoni on rapautunut.");
    private static readonly byte[] Invitation = TestPdf.Of("Kutsu ystävyyskaupunkikongressiin", "Matkakustannukset korvataan.");

    private static TestSite Site(byte[] pdf)
    {
        var site = new TestSite();
        site.Write("content/fi/2025/silta.md", Decision);
        site.WriteBytes("content/fi/2025/kuntoarvio.pdf", pdf);
        return site;
    }

    private static string Cache(TestSite site) => Path.Combine(site.Root, "cache");

    private static List<string> Search(TestSite site) => SearchCacheTests.SearchFiles(BuildPipeline.Check(new BuildOptions(site.ConfigPath, CacheDirectory: Cache(site))));

    private static string Folder(TestSite site) => Path.Combine(Cache(site), "attachment-texts");

    // A first run's search files, and the one entry it stored.
    private static (List<string> Search, string Entry) FirstRun(TestSite site) => (Search(site), Assert.Single(Directory.GetFiles(Folder(site))));

    [Fact]
    public void A_later_run_takes_a_pdfs_text_from_the_store_and_indexes_what_it_finds_there()
    {
        using var invited = Site(Invitation);
        var (invitation, invitationEntry) = FirstRun(invited);

        using var site = Site(Survey);
        var (survey, entry) = FirstRun(site);
        Assert.Equal(survey, Search(site));
        Assert.NotEqual(invitation, survey);

        // The survey's entry made to hold the invitation's text: a new run (nothing in memory)
        // indexes that text, not the survey's, so it read the store instead of the PDF.
        File.Copy(invitationEntry, entry, overwrite: true);
        Assert.Equal(invitation, Search(site));
    }

    [Fact]
    public void A_pdf_that_cannot_be_read_is_warned_about_alike_when_its_reason_comes_from_the_store()
    {
        using var site = Site("%PDF-1.4 not a document"u8.ToArray());
        var options = new BuildOptions(site.ConfigPath, CacheDirectory: Cache(site));

        var first = BuildPipeline.Check(options).Diagnostics.Where(d => d.Code == "DP0190").Select(d => d.ToString()).ToList();
        Assert.Single(Directory.GetFiles(Folder(site)));
        var second = BuildPipeline.Check(options).Diagnostics.Where(d => d.Code == "DP0190").Select(d => d.ToString()).ToList();

        Assert.Single(first);
        Assert.Equal(first, second);
    }

    [Fact]
    public void An_entry_or_a_folder_that_is_a_link_is_not_read_and_nothing_is_written_through_it()
    {
        using var invited = Site(Invitation);
        var (invitation, invitationEntry) = FirstRun(invited);

        // An entry that is a link to another text: the PDF is read instead.
        using var site = Site(Survey);
        var (survey, entry) = FirstRun(site);
        File.Delete(entry);
        File.CreateSymbolicLink(entry, invitationEntry);
        Assert.Equal(survey, Search(site));
        Assert.NotEqual(invitation, survey);

        // A cache folder that is a link elsewhere is not used: nothing is written where it leads.
        using var linked = Site(Survey);
        var elsewhere = Directory.CreateTempSubdirectory("dp-elsewhere-");
        try
        {
            Directory.CreateSymbolicLink(Cache(linked), elsewhere.FullName);
            Assert.Equal(survey, Search(linked));
            Assert.Empty(Directory.EnumerateFileSystemEntries(elsewhere.FullName, "*", SearchOption.AllDirectories));

            // Nor when it is named with a trailing '/': nothing written there, nothing old swept.
            var old = Path.Combine(elsewhere.FullName, "word-forms", "0123456789abcdef0123456789abcdef.tsv");
            Directory.CreateDirectory(Path.GetDirectoryName(old)!);
            File.WriteAllText(old, "word-forms 1\nend\n");
            File.SetLastWriteTimeUtc(old, DateTime.UtcNow.AddDays(-40));
            var options = new BuildOptions(linked.ConfigPath, CacheDirectory: Cache(linked) + "/");
            Assert.Equal(survey, SearchCacheTests.SearchFiles(BuildPipeline.Check(options)));
            Assert.Equal([old], Directory.EnumerateFiles(elsewhere.FullName, "*", SearchOption.AllDirectories));
        }
        finally
        {
            elsewhere.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_build_deletes_the_cache_folders_files_unused_for_a_month_and_keeps_those_it_used()
    {
        using var site = Site(Survey);
        var (survey, entry) = FirstRun(site);
        var wordForms = Path.Combine(Cache(site), "word-forms");
        var used = Directory.GetFiles(wordForms).Append(entry).ToList();
        var monthAgo = DateTime.UtcNow.AddDays(-40);
        foreach (var file in used)
        {
            File.SetLastWriteTimeUtc(file, monthAgo);
        }

        // Another generator's answers, last used a month ago; a text used yesterday.
        var old = Path.Combine(wordForms, "0123456789abcdef0123456789abcdef.tsv");
        var recent = Path.Combine(Folder(site), "fedcba9876543210fedcba9876543210.txt");
        File.WriteAllText(old, "word-forms 1\n");
        File.SetLastWriteTimeUtc(old, monthAgo);
        File.WriteAllText(recent, "text\nKutsu");
        File.SetLastWriteTimeUtc(recent, DateTime.UtcNow.AddDays(-1));

        Assert.Equal(survey, Search(site));
        Assert.All(used, file => Assert.True(File.Exists(file), file));
        Assert.False(File.Exists(old));
        Assert.True(File.Exists(recent));
    }
}
