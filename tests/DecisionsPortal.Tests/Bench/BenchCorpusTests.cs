using System.Text.RegularExpressions;
using DecisionsPortal.Bench.Corpus;
using DecisionsPortal.Configuration;
using DecisionsPortal.Pipeline;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Bench;

/// <summary>
/// The benchmark compares like with like only if its corpus is what it claims: N valid decisions
/// a language for us, and the same decisions, pages and texts for Hugo. No test here times anything.
/// </summary>
public sealed class BenchCorpusTests : IDisposable
{
    private const int Decisions = 45;
    private readonly string root = Path.Combine(Path.GetTempPath(), "dp-bench-test-" + Guid.NewGuid().ToString("N"));
    private readonly SyntheticCorpus corpus = SyntheticCorpus.FromRepository(Repository.Root);

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void The_portal_corpus_builds_without_diagnostics_into_one_page_per_decision_and_language()
    {
        var site = new PortalSite(Path.Combine(root, "portal"), Repository.Templates, pageSize: 20);
        CorpusWriter.Ensure(corpus, Decisions, [site], Path.Combine(root, "stamp"));

        var result = BuildPipeline.Run(new BuildOptions(site.ConfigPath));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Take(5)));
        Assert.Empty(result.Diagnostics);
        foreach (var language in SyntheticCorpus.Languages)
        {
            Assert.Equal(Decisions, result.Site![language].Decisions.Count);
            Assert.All(result.Site[language].Decisions, d => Assert.Contains(language == "fi" ? "sv" : "fi", d.Translations.Keys));
            Assert.Equal(3, result.Site[language].All.Pages.Count);
        }

        var decision = result.Site!.Decisions[0].Decision;
        Assert.NotNull(decision.Section);
        Assert.NotNull(decision.Dnro);
        Assert.NotNull(decision.Preparer.Title);
        Assert.NotNull(decision.Presenter.Title);
        Assert.True(result.Site.Decisions.Count(d => d.Decision.Topics.Count > 0) > Decisions / 2);
    }

    [Fact]
    public void The_hugo_site_has_the_same_decisions_in_both_languages_paired_and_every_text_its_layouts_ask_for()
    {
        var site = new HugoSite(Path.Combine(root, "hugo"), Path.Combine(Repository.Templates, "i18n"),
            Path.Combine(Repository.Templates, "assets", "site.css"), pageSize: 20, feedSize: 20);
        CorpusWriter.Ensure(corpus, Decisions, [site], Path.Combine(root, "stamp"));

        var fi = Directory.GetFiles(Path.Combine(site.Root, "content", "fi", "paatokset"), "paatos-*.md", SearchOption.AllDirectories);
        var sv = Directory.GetFiles(Path.Combine(site.Root, "content", "sv", "beslut"), "paatos-*.md", SearchOption.AllDirectories);
        Assert.Equal(Decisions, fi.Length);
        Assert.Equal(fi.Select(Path.GetFileName).Order(), sv.Select(Path.GetFileName).Order());
        Assert.All(fi, f => Assert.Contains($"translationKey: {Path.GetFileNameWithoutExtension(f)}\n", File.ReadAllText(f), StringComparison.Ordinal));
        Assert.Contains("paginate: 20\n", File.ReadAllText(Path.Combine(site.Root, "config.yaml")), StringComparison.Ordinal);

        var layouts = HugoSite.LayoutFiles.Select(l => File.ReadAllText(Path.Combine(site.Root, "layouts", l))).ToList();
        var keys = layouts.SelectMany(l => Regex.Matches(l, "i18n \"([a-z_]+)\"").Select(m => m.Groups[1].Value)).Distinct().ToList();
        Assert.Contains("skip_to_content", keys);
        foreach (var language in SyntheticCorpus.Languages)
        {
            var texts = File.ReadAllText(Path.Combine(site.Root, "i18n", language + ".yaml"));
            Assert.All(keys, key => Assert.Contains($"\n{key}: ", "\n" + texts, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_same_seed_gives_the_same_decision_whatever_else_was_generated_before()
    {
        var again = SyntheticCorpus.FromRepository(Repository.Root);
        _ = again.Decision(3);

        Assert.Equal(corpus.Decision(7).Text["fi"], again.Decision(7).Text["fi"]);
        Assert.Equal(corpus.Decision(7).Dnro, again.Decision(7).Dnro);
    }

    [Fact]
    public void Words_follow_a_falling_frequency_from_common_words_to_a_long_tail_of_real_inflected_forms()
    {
        var words = Vocabulary.Build("fi", Repository.Root, 2025).Words;
        var text = string.Join(' ', Enumerable.Range(0, 200).Select(i => corpus.Decision(i).Text["fi"].Preparation));
        var counts = Regex.Matches(text.ToLowerInvariant(), "[a-zåäöé]+").GroupBy(m => m.Value).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal("ja", words[0]);
        Assert.True(words.Count > 20_000, $"{words.Count} words");
        Assert.True(counts["ja"] > 10 * counts.GetValueOrDefault(words[100]), "the most common word is far more frequent than the 100th");
        Assert.True(counts.Count > 5_000, $"{counts.Count} distinct words in 200 decisions");
    }

    [Fact]
    public void Keyboard_debris_in_the_word_lists_is_left_out_of_the_vocabulary()
    {
        var list = Enumerable.Repeat("kaupunki", 40).Concat(Enumerable.Repeat("kaupungin", 40)).Append("kqxzvb").ToList();

        var kept = Vocabulary.WithCommonLetterPairs(list);

        Assert.DoesNotContain("kqxzvb", kept);
        Assert.Contains("kaupungin", kept);
        Assert.False(Vocabulary.IsPlausibleWord("aaaaggghh"));
    }

    [Fact]
    public void The_town_has_forty_officials_with_distinct_names()
    {
        Assert.Equal(40, Town.Officials.Select(o => o.Name).Distinct().Count());
    }
}
