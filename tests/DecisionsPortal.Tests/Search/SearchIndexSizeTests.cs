using System.Text.Json;
using DecisionsPortal.Configuration;
using DecisionsPortal.Content;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Rendering;
using DecisionsPortal.Search;
using DecisionsPortal.Site;
using DecisionsPortal.Tests.Support;
using Xunit.Abstractions;

namespace DecisionsPortal.Tests.Search;

/// <summary>
/// The size budget at the scale the issue names, without a browser: at 10,000 decisions a
/// language, what a one-word query would fetch after the page has loaded — the scripts (minified, as published), the
/// shards its terms (and the last word's prefixes) live in, the document table, and metadata for
/// a first page of results, counted as the ten largest chunks — stays within 100 KB.
/// </summary>
public sealed class SearchIndexSizeTests(ITestOutputHelper output)
{
    private const int Budget = 100 * 1024;
    private const int FirstPage = 10;

    [Fact]
    public void At_10000_decisions_a_language_a_one_word_query_for_a_common_word_fetches_at_most_100_KB()
    {
        using var site = new TestSite();
        CorpusGenerator.Write(site, 10_000);
        var model = Model(site);
        // As the build publishes them, minified (AssetCatalog).
        var scripts = AssetCatalog.Load(Repository.Templates, new[] { "stemmers.js", "search.js", "page.js" }.Select(f => Path.Combine(Repository.Templates, "assets", "search", f)).ToList(), "/", new DiagnosticBag())
            .Files.Sum(f => (long)f.Content.Length);

        var queries = new[]
        {
            ("fi", new[] { "kaupunki", "kongresseissa", "päätös", "ympäristön", "kaupunginhallitus", "koulu" }),
            ("sv", new[] { "staden", "kongressen", "beslut", "miljön", "stadsstyrelsen", "skola" }),
        };
        var indexes = queries.AsParallel().AsOrdered()
            .Select(q => SiteSearch.Index(model, q.Item1, new Dictionary<string, string>(), new SearchCache(), new DecisionsPortal.Content.AttachmentTextCache()).Files.ToDictionary(f => f.Path, f => f.Content))
            .ToList();

        for (var i = 0; i < queries.Length; i++)
        {
            var (language, words) = queries[i];
            Assert.Equal(10_000, model[language].Listed.Count);
            foreach (var word in words)
            {
                var (bytes, breakdown) = QueryBytes(indexes[i], language, word);
                var report = $"{language} '{word}': {scripts + bytes} bytes: scripts {scripts}, {breakdown}";
                output.WriteLine(report);
                Assert.True(scripts + bytes <= Budget, report);
            }
        }
    }

    /// <summary>
    /// What grows with the corpus in the shard of a word that (almost) every decision holds: its documents
    /// (a bitmap, a bit a decision) and its impacts and forms. Those are alike in every decision,
    /// so they take a few bits a decision, not a byte: at 50,000 decisions a language a byte a
    /// decision alone would be half a query's budget.
    /// </summary>
    [Fact]
    public void The_words_in_almost_every_decision_cost_a_query_their_bitmap_and_a_few_bits_a_decision_not_a_byte()
    {
        using var site = new TestSite();
        CorpusGenerator.Write(site, 2_000);
        var model = Model(site);
        foreach (var language in new[] { "fi", "sv" })
        {
            var files = SiteSearch.Index(model, language, new Dictionary<string, string>(), new SearchCache(), new DecisionsPortal.Content.AttachmentTextCache()).Files.ToDictionary(f => f.Path, f => f.Content);
            var dir = $"search/{language}/";
            var script = System.Text.Encoding.UTF8.GetString(files.Single(f => f.Key.StartsWith(dir + "manifest.", StringComparison.Ordinal)).Value);
            var manifest = JsonDocument.Parse(script[(script.IndexOf('=') + 1)..script.LastIndexOf(';')]).RootElement;
            var count = manifest.GetProperty("count").GetInt32();
            var terms = SearchShards.Names(manifest)
                .SelectMany(n => SearchShards.Decode(files[$"{dir}{manifest.GetProperty("index").GetString()}/t{n}.bin"], count))
                .ToList();
            // The words the most decisions hold, at least nine in ten.
            var most = terms.Max(t => t.Postings);
            Assert.True(most * 10 >= count * 9, $"{language}: the most common word is in {most} of {count} decisions");
            var everywhere = terms.Where(t => t.Postings == most).ToList();
            var report = $"{language}: {string.Join(", ", everywhere.Select(t => $"{t.Term.Replace('\0', '+')} {t.PostingBytes}"))} bytes of postings for {most} of {count} decisions";
            output.WriteLine(report);
            // The bitmap's eighth of a byte a decision, and four bits a decision on average for impacts and forms.
            Assert.True(everywhere.Average(t => t.PostingBytes) <= (count / 8.0) + (count / 2.0), report);
        }
    }

    private static (long Bytes, string Breakdown) QueryBytes(Dictionary<string, byte[]> files, string language, string word)
    {
        var dir = $"search/{language}/";
        var manifestPath = files.Keys.Single(p => p.StartsWith(dir + "manifest.", StringComparison.Ordinal));
        var script = System.Text.Encoding.UTF8.GetString(files[manifestPath]);
        var manifest = JsonDocument.Parse(script[(script.IndexOf('=') + 1)..script.LastIndexOf(';')]).RootElement;
        var first = manifest.GetProperty("shards").EnumerateArray().Select(s => s.GetString()!).ToList();
        var shardFolder = manifest.GetProperty("index").GetString();
        var terms = manifest.GetProperty("analysis").EnumerateArray()
            .Select(a => new TextAnalyzer(LanguageRules.For(a[0].GetString()!)).Term(word))
            .OfType<string>().Distinct().ToList();
        // search.js also fetches the shard of the word's own term (term, NUL, word), mostly the same.
        var needed = new HashSet<int>(terms.SelectMany(t => new[] { ShardOf(first, t), ShardOf(first, t + "\0" + word) }));
        foreach (var prefix in terms.Append(Folding.Fold(word)).Where(p => p.Length >= 3))
        {
            // While typing, search.js searches a prefix in every shard it spans when they are at most PREFIX_SHARDS = 2.
            var from = ShardOf(first, prefix);
            var to = ShardOf(first, prefix + "\uffff");
            for (var i = from; i <= to && to - from < 2; i++)
            {
                needed.Add(i);
            }
        }

        var names = SearchShards.Names(manifest);
        var shardBytes = needed.Sum(i => files[$"{dir}{shardFolder}/t{names[i]}.bin"].Length);
        var docs = files[dir + manifest.GetProperty("docs").GetString()].Length;
        var meta = files.Where(f => f.Key.StartsWith(dir + manifest.GetProperty("meta").GetString() + "/", StringComparison.Ordinal))
            .Select(f => f.Value.Length).OrderDescending().Take(FirstPage).Sum();
        return (files[manifestPath].Length + shardBytes + docs + meta,
            $"manifest {files[manifestPath].Length}, shards {shardBytes} ({needed.Count}), docs {docs}, metadata {meta}");
    }

    /// <summary>The shard search.js looks <paramref name="term"/> up in: the last whose first term is not after it (ordinally, as JavaScript compares).</summary>
    private static int ShardOf(List<string> firstTerms, string term) => Math.Max(0, firstTerms.Count(f => string.CompareOrdinal(f, term) <= 0) - 1);

    private static SiteModel Model(TestSite site)
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(new BuildOptions(site.ConfigPath), diagnostics)!;
        var model = SiteModelBuilder.Build(config, ContentLoader.Load(config, diagnostics), diagnostics);
        Assert.False(diagnostics.HasErrors);
        return model;
    }
}
