using DecisionsPortal.Configuration;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Pipeline;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Content;

/// <summary>
/// serve's rebuilds: parses of unchanged files are kept, and when the file watcher says which
/// files were edited, only those are looked at on disk. Anything the watcher did not vouch for
/// (a new file, no word at all) makes the rebuild look at every file again, so no edit is missed.
/// </summary>
public sealed class ParsedFileCacheTests
{
    private static TestSite Site() => new($"""
        -- content/fi/2025/a.md --
        {Decisions.Finnish(title: "Ensimmäinen")}
        -- content/sv/2025/a.md --
        {Decisions.Swedish(title: "Det första")}
        -- content/fi/2025/b.md --
        {Decisions.Finnish(title: "Toinen", text: "Katso [ensimmäinen](a.md).")}
        -- content/sv/2025/b.md --
        {Decisions.Swedish(title: "Det andra")}
        -- content/irrallinen.md --
        {Decisions.Finnish()}
        """);

    [Fact]
    public void An_edit_the_watcher_reported_is_read_again_without_looking_at_the_other_files()
    {
        using var site = Site();
        var cache = new BuildCache();
        Assert.True(Build(site, cache).Succeeded);

        site.Write("content/fi/2025/a.md", Decisions.Finnish(title: "Muutettu otsikko"));
        cache.ParsedFiles.Changed([Path.Combine(site.Root, "content/fi/2025/a.md")]);
        var result = Build(site, cache);

        Assert.Equal((1, 1), (cache.ParsedFiles.LastChecked, cache.ParsedFiles.LastParsed));
        Assert.Contains(result.Site!.Decisions, p => p.Decision.Title == "Muutettu otsikko");
        Assert.DoesNotContain(result.Site.Decisions, p => p.Decision.Title == "Ensimmäinen");
    }

    [Fact]
    public void A_new_file_the_watcher_reported_makes_the_rebuild_look_at_every_file()
    {
        using var site = Site();
        var cache = new BuildCache();
        Assert.Equal(4, Build(site, cache).Site!.Decisions.Count);

        site.Write("content/fi/2025/c.md", Decisions.Finnish(title: "Kolmas"));
        cache.ParsedFiles.Changed([Path.Combine(site.Root, "content/fi/2025/c.md")]);
        var result = Build(site, cache);

        Assert.Equal((5, 1), (cache.ParsedFiles.LastChecked, cache.ParsedFiles.LastParsed));
        Assert.Contains(result.Site!.Decisions, p => p.Decision.Title == "Kolmas");
    }

    [Fact]
    public void Without_word_from_the_watcher_a_rebuild_still_finds_every_edit()
    {
        using var site = Site();
        var cache = new BuildCache();
        Build(site, cache);

        site.Write("content/sv/2025/b.md", Decisions.Swedish(title: "Ändrad rubrik"));
        var result = Build(site, cache);

        Assert.Equal((4, 1), (cache.ParsedFiles.LastChecked, cache.ParsedFiles.LastParsed));
        Assert.Contains(result.Site!.Decisions, p => p.Decision.Title == "Ändrad rubrik");
    }

    [Fact]
    public void A_file_outside_the_language_folders_is_warned_about_in_every_rebuild()
    {
        using var site = Site();
        var cache = new BuildCache();
        Assert.Contains(Build(site, cache).Diagnostics, d => d.Code == DiagnosticCodes.MisplacedFile);

        site.Write("content/fi/2025/a.md", Decisions.Finnish(title: "Muutettu otsikko"));
        cache.ParsedFiles.Changed([Path.Combine(site.Root, "content/fi/2025/a.md")]);

        Assert.Contains(Build(site, cache).Diagnostics, d => d.Code == DiagnosticCodes.MisplacedFile);
    }

    [Fact]
    public void An_unchanged_file_s_warning_is_told_again_when_another_file_is_edited_and_an_edited_file_s_once()
    {
        using var site = Site();
        site.Write("content/fi/2025/a.md", Decisions.Finnish(title: "Ensimmäinen", date: "2024-03-14"));
        var cache = new BuildCache();
        Assert.Single(Build(site, cache).Diagnostics, d => d.Code == DiagnosticCodes.YearFolderDiffers);

        site.Write("content/fi/2025/b.md", Decisions.Finnish(title: "Toinen", text: "Katso [ensimmäinen](a.md).", date: "2024-05-02"));
        cache.ParsedFiles.Changed([Path.Combine(site.Root, "content/fi/2025/b.md")]);
        var edited = Build(site, cache);

        Assert.Equal((1, 1), (cache.ParsedFiles.LastChecked, cache.ParsedFiles.LastParsed));
        Assert.Equal(["a.md", "b.md"], edited.Diagnostics.Where(d => d.Code == DiagnosticCodes.YearFolderDiffers).Select(d => Path.GetFileName(d.Location.Path)).Order(StringComparer.Ordinal));

        site.Write("content/fi/2025/a.md", Decisions.Finnish(title: "Ensimmäinen"));
        cache.ParsedFiles.Changed([Path.Combine(site.Root, "content/fi/2025/a.md")]);
        var fixedOne = Build(site, cache);

        Assert.Equal("b.md", Path.GetFileName(Assert.Single(fixedOne.Diagnostics, d => d.Code == DiagnosticCodes.YearFolderDiffers).Location.Path));
    }

    [Fact]
    public void A_link_in_an_edited_decision_is_checked_again_while_an_unchanged_one_keeps_its_address()
    {
        using var site = Site();
        var cache = new BuildCache();
        Build(site, cache);

        site.Write("content/fi/2025/a.md", Decisions.Finnish(title: "Ensimmäinen", text: "Katso [puuttuva](puuttuva.md)."));
        cache.ParsedFiles.Changed([Path.Combine(site.Root, "content/fi/2025/a.md")]);
        var result = Build(site, cache);

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.BrokenLink && d.Location.Path.EndsWith("fi/2025/a.md", StringComparison.Ordinal));
        var linking = Assert.Single(result.Site!.Decisions, p => p.Decision.Title == "Toinen");
        Assert.Equal("/fi/paatokset/2025/a/", linking.Links["a.md"]);
    }

    [Fact]
    public void An_attachment_deleted_added_or_replaced_beside_an_unchanged_decision_makes_it_read_again()
    {
        using var site = Site();
        site.Write("content/fi/2025/a.md", Decisions.Finnish(title: "Ensimmäinen", extra: "attachments: [{ title: Kutsu, file: kutsu.txt }]"));
        site.Write("content/fi/2025/kutsu.txt", "Kutsu");
        var cache = new BuildCache();
        Assert.True(Build(site, cache).Succeeded);

        // Deleted, with no word from a watcher (the parse cache alone must notice): the editor's
        // error at the decision's line, every time, not an error of ours when the file is copied.
        File.Delete(Path.Combine(site.Root, "content/fi/2025/kutsu.txt"));
        var deleted = Build(site, cache);
        var missing = Assert.Single(deleted.Diagnostics, d => d.IsError);
        Assert.Equal((DiagnosticCodes.AttachmentMissing, true), (missing.Code, missing.Location.Path.EndsWith("fi/2025/a.md", StringComparison.Ordinal)));
        Assert.Equal(1, cache.ParsedFiles.LastParsed);

        // Put back, then replaced by a longer one: the page lists the size the file has now.
        site.Write("content/fi/2025/kutsu.txt", "Kutsu");
        Assert.True(Build(site, cache).Succeeded);
        site.Write("content/fi/2025/kutsu.txt", "Kutsu kokoukseen, jossa asia käsitellään.");
        var replaced = Build(site, cache);
        var attachment = Assert.Single(replaced.Site!.Decisions.Single(p => p.Decision.Title == "Ensimmäinen").Decision.Attachments);
        Assert.Equal(new FileInfo(Path.Combine(site.Root, "content/fi/2025/kutsu.txt")).Length, attachment.Size);
    }

    [Fact]
    public void A_load_that_keeps_no_parses_reads_every_file_again_and_reports_its_warnings_each_time()
    {
        // A one-off build's cache: nothing read again later, so nothing is kept or stamped.
        using var site = Site();
        site.Write("content/fi/2025/a.md", Decisions.Finnish(title: "Ensimmäinen", date: "2024-03-14"));
        var config = SiteConfigLoader.Load(new BuildOptions(site.ConfigPath), new DiagnosticBag())!;
        var cache = new DecisionsPortal.Content.ParsedFileCache { Keeps = false };

        for (var load = 0; load < 2; load++)
        {
            var diagnostics = new DiagnosticBag();
            Assert.Equal(4, DecisionsPortal.Content.ContentLoader.Load(config, diagnostics, cache).Count);
            Assert.Equal(4, cache.LastParsed);
            Assert.Contains(diagnostics.ToSortedList(), d => d.Code == DiagnosticCodes.YearFolderDiffers);
        }
    }

    private static BuildResult Build(TestSite site, BuildCache cache) =>
        BuildPipeline.Check(new BuildOptions(site.ConfigPath, site.Output), cache);
}
