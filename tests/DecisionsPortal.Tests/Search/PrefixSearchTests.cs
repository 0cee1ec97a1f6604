using System.Text.Json;
using DecisionsPortal.Search;
using DecisionsPortal.Tests.Support;
using DecisionsPortal.Tests.Support.Browser;

namespace DecisionsPortal.Tests.Search;

/// <summary>
/// While typing, the last word also matches as a prefix in every term shard it spans: a site
/// whose terms fill many shards (the Finnish words of StemmerWords/fi.txt), searched with
/// search.js in Chromium, finds a prefix's decisions on both sides of a shard's edge.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PrefixSearchTests(BrowserFixture browser)
{
    private const int Decisions = 120;

    [Fact]
    public async Task A_prefix_typed_finds_the_words_it_begins_on_both_sides_of_a_shard_edge()
    {
        BaseFormDictionaries.Require();
        var words = File.ReadLines(Path.Combine(Repository.TestsFolder, "Search", "StemmerWords", "fi.txt"))
            .Where(w => w.Length >= 5 && w.All(char.IsLetter)).Where((_, i) => i % 3 == 0).ToArray();
        using var site = new TestSite();
        var texts = Enumerable.Range(0, Decisions).Select(d => words.Where((_, i) => i % Decisions == d).ToArray()).ToArray();
        for (var d = 0; d < Decisions; d++)
        {
            site.Write($"content/fi/2024/d{d:D3}.md", Support.Decisions.Plain(d, string.Join(' ', texts[d])));
        }

        var result = site.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Take(5)));
        var first = Shards(site.Output);
        var analyzer = new TextAnalyzer(LanguageRules.For("fi"));

        // A three-letter prefix whose terms begin in one shard and go on in the next.
        var prefix = first.Skip(1).Select(t => t[..Math.Min(3, t.Length)])
            .First(p => p.Length == 3 && p.All(char.IsLetter) && words.Any(w => analyzer.Term(w) is { } t && t.StartsWith(p, StringComparison.Ordinal) && string.CompareOrdinal(t, first.First(f => f.StartsWith(p, StringComparison.Ordinal))) < 0));
        var expected = Enumerable.Range(0, Decisions)
            .Where(d => texts[d].Any(w => analyzer.Term(w) is { } t && t.StartsWith(prefix, StringComparison.Ordinal)))
            .Select(d => $"d{d:D3}").ToArray();

        await using var server = await StaticServer.StartAsync(site.Output);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(server.Origin + "/fi/haku/");
        await page.WaitForFunctionAsync("() => window.DPSearch && window.DPSearchManifest && window.DPStemmers");
        var found = await page.EvaluateAsync<string[]>(
            """
            async (query) => {
              const M = DPSearchManifest, A = DPSearch.analyzer(M, DPStemmers), E = DPSearch.engine(M, A);
              const m = await E.match(query, true), out = [];
              for (const h of m.hits || []) out.push((await E.meta(Math.floor(h.doc / M.chunk)))[h.doc % M.chunk][3].split('/').filter(Boolean).pop());
              return out;
            }
            """,
            prefix);

        Assert.True(first.Count > 10, $"{first.Count} shards");
        Assert.True(expected.Length > 2, prefix);
        Assert.Empty(expected.Except(found));
    }

    private static List<string> Shards(string output)
    {
        var script = File.ReadAllText(Directory.GetFiles(Path.Combine(output, "search", "fi"), "manifest.*.js").Single());
        using var manifest = JsonDocument.Parse(script[script.IndexOf('{')..(script.LastIndexOf('}') + 1)]);
        return manifest.RootElement.GetProperty("shards").EnumerateArray().Select(s => s.GetString()!).ToList();
    }
}
