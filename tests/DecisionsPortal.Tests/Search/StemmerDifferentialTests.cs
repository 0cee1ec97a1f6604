using DecisionsPortal.Search;
using DecisionsPortal.Tests.Support;
using DecisionsPortal.Tests.Support.Browser;

namespace DecisionsPortal.Tests.Search;

/// <summary>
/// The browser's stemmers (templates/assets/search/stemmers.js) against Lucene.Net's, word for
/// word, in Chromium: every word of the word lists, of the shipped content and of a generated
/// corpus. One difference would make a query miss the documents it should find.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StemmerDifferentialTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("fi")]
    [InlineData("sv")]
    [InlineData("en")]
    public async Task The_javascript_stemmer_stems_every_word_exactly_as_lucene_does(string language)
    {
        var words = Words(language);
        var lucene = LanguageRules.For(language).CreateStemmer();
        var expected = words.Select(lucene).ToArray();

        var actual = await InBrowserAsync("([language, words]) => words.map(w => DPStemmers[language](w))", new object[] { language, words });

        var differences = words.Select((w, i) => (w, expected[i], actual[i])).Where(d => d.Item2 != d.Item3).Take(20).ToList();
        Assert.True(words.Length > 1000, $"only {words.Length} words");
        Assert.True(differences.Count == 0, $"{language}: " + string.Join(", ", differences.Select(d => $"{d.w}: Lucene {d.Item2}, JS {d.Item3}")));
    }

    [Theory]
    [InlineData("fi")]
    [InlineData("sv")]
    public async Task The_browser_analyses_every_word_and_text_into_the_same_terms_as_the_build(string language)
    {
        var rules = LanguageRules.For(language);
        var analyzer = new TextAnalyzer(rules);
        var texts = Texts(language);
        var words = Words(language);
        var expected = words.Select(w => analyzer.Term(w) ?? "").ToArray();
        var expectedWords = texts.Select(t => string.Join(' ', ScannedWords.Of(t).Where(w => !w.Joined).Select(w => w.Word))).ToArray();
        var manifest = new Dictionary<string, object>
        {
            ["analysis"] = new object[] { new object[] { language, rules.HasStemmer, rules.StopWords } },
            ["fold"] = Folding.Table.ToDictionary(p => p.Key.ToString(), p => p.Value),
            ["compose"] = LatinMarks.SmallLetters(),
        };

        var result = await InBrowserAsync(
            """
            ([manifest, words, texts]) => {
              const a = DPSearch.analyzer(manifest, DPStemmers);
              return words.map(w => a.terms(w)[0] || '').concat(texts.map(t => a.words(t).map(x => x.word).join(' ')));
            }
            """,
            new object[] { manifest, words, texts });

        var termDifferences = words.Select((w, i) => (w, expected[i], result[i])).Where(d => d.Item2 != d.Item3).Take(20).ToList();
        Assert.True(termDifferences.Count == 0, string.Join(", ", termDifferences.Select(d => $"{d.w}: build '{d.Item2}', browser '{d.Item3}'")));
        Assert.Equal(expectedWords, result[words.Length..]);
    }

    private async Task<string[]> InBrowserAsync(string script, object argument)
    {
        var page = await browser.NewPageAsync();
        await page.SetContentAsync("<!DOCTYPE html><title>stemmers</title>");
        await page.AddScriptTagAsync(new() { Path = Path.Combine(Repository.Templates, "assets", "search", "stemmers.js") });
        await page.AddScriptTagAsync(new() { Path = Path.Combine(Repository.Templates, "assets", "search", "search.js") });
        return await page.EvaluateAsync<string[]>(script, argument);
    }

    /// <summary>The word list, and every distinct word of the shipped content and of a generated corpus.</summary>
    private static string[] Words(string language)
    {
        var words = new SortedSet<string>(StringComparer.Ordinal);
        words.UnionWith(File.ReadLines(Path.Combine(Repository.TestsFolder, "Search", "StemmerWords", language + ".txt")).Where(l => l.Length > 0));
        foreach (var text in Texts(language))
        {
            words.UnionWith(ScannedWords.Of(text).Select(w => w.Word));
        }

        return words.ToArray();
    }

    private static List<string> Texts(string language)
    {
        var texts = new List<string>();
        var shipped = Path.Combine(Repository.Root, "content", language);
        if (Directory.Exists(shipped))
        {
            texts.AddRange(Directory.EnumerateFiles(shipped, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText));
        }

        // Accents written as marks of their own, as text pasted from a PDF has them: each letter
        // the table composes, and letters with two marks or outside the Latin table, which neither side composes whole.
        texts.AddRange(texts.Take(2).Select(t => t.Normalize(System.Text.NormalizationForm.FormD)));
        texts.Add("Nguye\u0302\u0303n и\u0306 o\u0308\u0304 A\u0308ITI \u0308alku ke\u0301ski\u0301");

        using var site = new TestSite();
        CorpusGenerator.Write(site, 200);
        var generated = Path.Combine(site.Root, "content", language);
        if (Directory.Exists(generated))
        {
            texts.AddRange(Directory.EnumerateFiles(generated, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText));
        }

        return texts;
    }
}
