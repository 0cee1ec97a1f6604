using DecisionsPortal.Configuration;
using DecisionsPortal.Pipeline;
using DecisionsPortal.Search;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Search;

/// <summary>
/// serve keeps each decision's search analysis between builds (BuildCache.Search); what it
/// writes after an edit must be exactly what a fresh build writes, also where the edit changes
/// how other decisions are indexed (a new word becomes a compound part of theirs).
/// </summary>
public sealed class SearchCacheTests
{
    [Fact]
    public void After_an_edit_the_search_index_built_with_the_cache_is_byte_identical_to_a_fresh_one()
    {
        using var site = new TestSite();
        CorpusGenerator.Write(site, 120);
        var options = new BuildOptions(site.ConfigPath);
        var cache = new BuildCache();
        var before = SearchFiles(BuildPipeline.Check(options, cache));

        // Decision 9 exists only in Finnish, so it is in both languages' indexes. "unginhallitus"
        // is a tail of "kaupunginhallitus" in every decision: longer than "hallitus", it becomes
        // their compound part once it is a word of the corpus.
        var path = Path.Combine(site.Root, "content", "fi", Directory.GetDirectories(Path.Combine(site.Root, "content", "fi"))
            .Select(Path.GetFileName).First(y => File.Exists(Path.Combine(site.Root, "content", "fi", y!, "paatos-00009.md")))!, "paatos-00009.md");
        File.AppendAllText(path, "\nUnginhallitus ja zeppeliinihanke.\n");
        var warm = SearchFiles(BuildPipeline.Check(options, cache));
        var fresh = SearchFiles(BuildPipeline.Check(options));

        Assert.NotEqual(before, warm);
        Assert.Equal(fresh, warm);

        File.Delete(path);
        var afterDelete = SearchFiles(BuildPipeline.Check(options, cache));
        Assert.Equal(SearchFiles(BuildPipeline.Check(options)), afterDelete);
    }

    [Fact]
    public void A_one_word_edit_patches_the_previous_index_and_writes_what_a_fresh_build_writes()
    {
        using var site = new TestSite();
        CorpusGenerator.Write(site, 80);
        var options = new BuildOptions(site.ConfigPath);
        var cache = new BuildCache();
        var before = SearchFiles(BuildPipeline.Check(options, cache));
        var patched = cache.Search.PatchedBuilds;

        // Both words are in every Finnish decision's proposal: no word enters or leaves the corpus.
        File.AppendAllText(Decision(site, "fi", 3), "\nKaupunginhallitus päättää.\n");
        var warm = SearchFiles(BuildPipeline.Check(options, cache));

        Assert.Equal(patched + 2, cache.Search.PatchedBuilds);
        Assert.NotEqual(before, warm);
        Assert.Equal(SearchFiles(BuildPipeline.Check(options)), warm);
    }

    [Theory]
    // A word no decision had, and no part of another word.
    [InlineData("Zeppeliinihanke etenee.", true)]
    // A word no decision had, made of words the corpus has ("koulu" + "katu").
    [InlineData("Koulukatu ja ympäristöliikenne.", true)]
    // New words of which one is the other's head: the longer is only in the edited decision.
    [InlineData("Zeppeliini ja zeppeliinihanke.", true)]
    // A tail of "kaupunginhallitus" (in every Finnish decision) longer than the one it had: every one splits otherwise.
    [InlineData("Unginhallitus.", false)]
    // A head of "kaupunginhallitus" longer than any it had.
    [InlineData("Kaupunginhal.", false)]
    public void An_edit_that_adds_words_new_to_the_corpus_and_then_takes_them_out_again_writes_what_a_fresh_build_writes(string words, bool patches)
    {
        using var site = new TestSite();
        CorpusGenerator.Write(site, 80);
        var options = new BuildOptions(site.ConfigPath);
        var cache = new BuildCache();
        var before = SearchFiles(BuildPipeline.Check(options, cache));
        var path = Decision(site, "fi", 3);
        var original = File.ReadAllText(path);

        var patched = cache.Search.PatchedBuilds;
        File.AppendAllText(path, "\n" + words + "\n");
        var warm = SearchFiles(BuildPipeline.Check(options, cache));

        Assert.NotEqual(before, warm);
        Assert.Equal(SearchFiles(BuildPipeline.Check(options)), warm);
        Assert.Equal(patches, cache.Search.PatchedBuilds == patched + 2);

        // The words' last occurrences leave the corpus again.
        patched = cache.Search.PatchedBuilds;
        File.WriteAllText(path, original);
        var restored = SearchFiles(BuildPipeline.Check(options, cache));

        Assert.Equal(before, restored);
        Assert.Equal(patches, cache.Search.PatchedBuilds == patched + 2);
    }

    [Fact]
    public void An_edit_that_removes_the_last_occurrence_of_words_the_corpus_had_writes_what_a_fresh_build_writes()
    {
        using var site = new TestSite();
        CorpusGenerator.Write(site, 80);
        var path = Decision(site, "fi", 5);
        File.AppendAllText(path, "\nAinoastaantassa ja zeppeliinihanke.\n");
        var options = new BuildOptions(site.ConfigPath);
        var cache = new BuildCache();
        var before = SearchFiles(BuildPipeline.Check(options, cache));
        var patched = cache.Search.PatchedBuilds;

        File.WriteAllText(path, File.ReadAllText(path).Replace("Ainoastaantassa ja zeppeliinihanke.", "", StringComparison.Ordinal));
        var warm = SearchFiles(BuildPipeline.Check(options, cache));

        Assert.NotEqual(before, warm);
        Assert.Equal(SearchFiles(BuildPipeline.Check(options)), warm);
        Assert.Equal(patched + 2, cache.Search.PatchedBuilds);
    }

    [Fact]
    public void Removing_the_last_term_before_a_term_that_always_starts_a_shard_writes_what_a_fresh_build_writes()
    {
        // A word whose term starts a shard whatever precedes it, and a word whose term sorts
        // right before it (so it ends the shard before): once the second leaves the corpus, that
        // shard ends one term earlier at the same place in the new ranks, and must not keep the
        // previous bytes.
        var analyzer = new TextAnalyzer(LanguageRules.For("fi"));
        var anchorWord = Enumerable.Range(0, 1_000_000).Select(n => $"xqzk{n}").First(w => analyzer.Term(w) == w && ShardPlanner.IsAnchor(w) && analyzer.Term(w.AsSpan(0, w.Length - 1)) == w[..^1]);
        using var site = new TestSite();
        CorpusGenerator.Write(site, 80);
        // Words that sort just before both fill that shard, so no other term of the edited decision is in it.
        File.AppendAllText(Decision(site, "fi", 7), $"\n{string.Join(' ', Enumerable.Range(0, 1500).Select(n => $"xqzj{n}"))} {anchorWord}.\n");
        var path = Decision(site, "fi", 5);
        var original = File.ReadAllText(path);
        File.AppendAllText(path, $"\n{anchorWord[..^1]}.\n");
        var options = new BuildOptions(site.ConfigPath);
        var cache = new BuildCache();
        var before = SearchFiles(BuildPipeline.Check(options, cache));
        var patched = cache.Search.PatchedBuilds;

        File.WriteAllText(path, original);
        var warm = SearchFiles(BuildPipeline.Check(options, cache));

        Assert.NotEqual(before, warm);
        Assert.Equal(SearchFiles(BuildPipeline.Check(options)), warm);
        Assert.Equal(patched + 2, cache.Search.PatchedBuilds);
    }

    [Fact]
    public void After_any_sequence_of_edits_the_cached_index_is_byte_identical_to_a_fresh_one()
    {
        using var site = new TestSite();
        CorpusGenerator.Write(site, 50);
        var options = new BuildOptions(site.ConfigPath);
        var cache = new BuildCache();
        SearchFiles(BuildPipeline.Check(options, cache));
        var random = new Random(7);
        var added = 0;
        for (var step = 0; step < 24; step++)
        {
            var files = Directory.GetFiles(Path.Combine(site.Root, "content"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
            var file = files[random.Next(files.Count)];
            var text = File.ReadAllText(file);
            var edit = random.Next(7);
            switch (edit)
            {
                case 0: // words the corpus already has
                    File.AppendAllText(file, "\nKaupunginhallitus päättää hyväksyä. Kommunstyrelsen beslutar.\n");
                    break;
                case 1: // a word new to the corpus, maybe a compound part of others'
                    File.AppendAllText(file, random.Next(2) == 0 ? $"\nZeppeliini{step}hanke ja unginhallitus.\n" : $"\nZeppeliini{step}hanke, zeppeliini{step} ja koulukatu.\n");
                    break;
                case 2: // words removed
                    File.WriteAllText(file, Replace(text, "Kaupunginhallitus päättää:", "Päättää:"));
                    break;
                case 3: // the title
                    File.WriteAllText(file, Replace(text, "Päätös ", "Päätös hyväksyä "));
                    break;
                case 4:
                    File.Delete(file);
                    break;
                case 5:
                    File.Copy(file, Path.Combine(Path.GetDirectoryName(file)!, $"paatos-9{added++:D4}.md"));
                    break;
                default: // two decisions at once
                    File.AppendAllText(file, "\nKommunstyrelsen beslutar.\n");
                    File.AppendAllText(files[random.Next(files.Count)], "\nKaupunginhallitus.\n");
                    break;
            }

            var warm = SearchFiles(BuildPipeline.Check(options, cache));
            Assert.True(SearchFiles(BuildPipeline.Check(options)).SequenceEqual(warm), $"step {step}, edit {edit} of {file}");
        }

        Assert.True(cache.Search.PatchedBuilds > 0);
    }

    private static string Replace(string text, string old, string replacement)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        return at < 0 ? text + "\nHyväksyä.\n" : text[..at] + replacement + text[(at + old.Length)..];
    }

    [Fact]
    public void A_pdf_given_to_a_decision_patches_the_index_and_writes_what_a_fresh_build_writes()
    {
        using var site = new TestSite();
        CorpusGenerator.Write(site, 80);
        var options = new BuildOptions(site.ConfigPath);
        var cache = new BuildCache();
        SearchFiles(BuildPipeline.Check(options, cache));
        var patched = cache.Search.PatchedBuilds;

        // Words of every Finnish decision, and one only the PDF holds: its term has postings only
        // under the attachment twin, and no empty term of its own in either build.
        var path = Decision(site, "fi", 3);
        File.WriteAllBytes(Path.Combine(Path.GetDirectoryName(path)!, "liite.pdf"), TestPdf.Of("Kaupunginhallitus päättää.", "Liitteen tarkistussana on kvartsiitti12."));
        File.WriteAllText(path, File.ReadAllText(path).Replace("---\ntitle", "---\nattachments: [{ title: Liite, file: liite.pdf }]\ntitle"));
        var warm = SearchFiles(BuildPipeline.Check(options, cache));

        Assert.Equal(patched + 2, cache.Search.PatchedBuilds);
        Assert.Equal(SearchFiles(BuildPipeline.Check(options)), warm);
    }

    // serve keeps each attachment's key while its watcher says only decision files changed, and
    // makes the keys again from the disk when anything else did: a PDF replaced under the same
    // name is read again, and an edit that leaves it alone keeps what was read.
    [Fact]
    public void A_pdf_replaced_while_serve_runs_is_read_again_and_one_left_alone_is_kept()
    {
        using var site = new TestSite();
        CorpusGenerator.Write(site, 80);
        var options = new BuildOptions(site.ConfigPath);
        var cache = new BuildCache();
        var path = Decision(site, "fi", 3);
        var pdf = Path.Combine(Path.GetDirectoryName(path)!, "liite.pdf");
        File.WriteAllBytes(pdf, TestPdf.Of("Kaupunginhallitus päättää.", "Liitteen tarkistussana on kvartsiitti12."));
        File.WriteAllText(path, File.ReadAllText(path).Replace("---\ntitle", "---\nattachments: [{ title: Liite, file: liite.pdf }]\ntitle"));
        SearchFiles(BuildPipeline.Check(options, cache));

        var other = Decision(site, "fi", 5);
        File.WriteAllText(other, File.ReadAllText(other) + "\nLisäys.\n");
        File.WriteAllBytes(pdf, TestPdf.Of("Kaupunginhallitus päättää.", "Uuden liitteen tarkistussana on graniitti34 ja vielä muutakin."));
        cache.ParsedFiles.Changed([other, pdf]);
        Assert.Equal(SearchFiles(BuildPipeline.Check(options)), SearchFiles(BuildPipeline.Check(options, cache)));

        File.WriteAllText(other, File.ReadAllText(other) + "\nToinen lisäys.\n");
        cache.ParsedFiles.Changed([other]);
        Assert.Equal(SearchFiles(BuildPipeline.Check(options)), SearchFiles(BuildPipeline.Check(options, cache)));
        Assert.True(cache.ParsedFiles.LastLoadTrusted);
    }

    private static string Decision(TestSite site, string language, int number) =>
        Directory.GetFiles(Path.Combine(site.Root, "content", language), $"paatos-{number:D5}.md", SearchOption.AllDirectories).Single();

    /// <summary>Every search file as its path and a hash of its bytes, so a failure shows which differ.</summary>
    internal static List<string> SearchFiles(BuildResult result)
    {
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return result.Files!.Where(f => f.Path.StartsWith("search/", StringComparison.Ordinal))
            .Select(f => $"{f.Path} {Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(f.Content))[..12]}")
            .ToList();
    }
}
