using System.Text.Json;
using System.Xml.Linq;
using DecisionsPortal.Rendering.Data;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Pipeline;

/// <summary>The issue's "done when": feeds, open data and the sitemap of a generated 300-decision corpus.</summary>
[Collection(CorpusCollection.Name)]
public sealed class CorpusOpenDataTests
{
    private readonly Corpus corpus;

    public CorpusOpenDataTests(Corpus corpus) => this.corpus = corpus;

    [Fact]
    public void Every_feed_of_the_corpus_is_well_formed_atom_with_entries()
    {
        var feeds = corpus.Site.OutputFiles().Where(f => f.EndsWith("/atom.xml", StringComparison.Ordinal)).ToList();

        // Per language: all decisions, three organs, three topics and the four people (preparers and presenters) to follow.
        Assert.Equal(2 * (1 + 3 + 3 + 4), feeds.Count);
        foreach (var feed in feeds)
        {
            var document = Atom.Parse(corpus.Site.Read(feed));
            Assert.True(Atom.Problems(document).Count == 0, $"{feed}: {string.Join("; ", Atom.Problems(document))}");
            Assert.InRange(document.Root!.Elements(Atom.Ns + "entry").Count(), 1, 50);
        }
    }

    [Theory]
    [InlineData("fi", 300)]
    [InlineData("sv", 270)]
    public void Decisions_json_and_csv_hold_every_decision_of_their_language_with_every_field(string language, int count)
    {
        var site = corpus.Site;
        var model = corpus.Model[language].Decisions;
        var json = site.Read($"{language}/decisions.json");

        Assert.Empty(OpenData.SchemaErrors(site.Read("data/decisions.schema.json"), json));
        var records = JsonSerializer.Deserialize<DecisionsFile>(json, OpenDataJson.Options)!.Decisions;
        Assert.Equal(count, records.Count);
        Assert.Equal(model.Select(p => p.Decision.Key), records.Select(r => r.Key));
        Assert.All(records.Zip(model), pair =>
        {
            Assert.Equal(pair.Second.Decision.Section, pair.First.Section);
            Assert.Equal(pair.Second.Decision.Title, pair.First.Title);
            Assert.Equal(pair.Second.Decision.Topics, pair.First.Topics.Select(t => t.Id));
            Assert.Equal(pair.Second.Translations.Count, pair.First.Translations.Count);
        });

        var (headers, rows) = OpenData.ReadCsv(File.ReadAllBytes(Path.Combine(site.Output, $"{language}/decisions.csv")));
        Assert.Equal(DecisionsCsv.Columns, headers);
        Assert.Equal(count, rows.Count);
        Assert.All(rows.Zip(records), pair => Assert.Equal(DecisionsCsv.Row(pair.Second), DecisionsCsv.Columns.Select(c => pair.First[c])));
    }

    [Fact]
    public void The_sitemap_names_the_translation_of_every_decision_that_has_one()
    {
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var paths = corpus.Model.Paths;
        var alternates = XDocument.Parse(corpus.Site.Read("sitemap.xml")).Root!.Elements(sm + "url").ToDictionary(
            u => u.Element(sm + "loc")!.Value,
            u => u.Elements(xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value));

        var translated = corpus.Model.Decisions.Where(p => p.Translations.Count > 0).ToList();
        Assert.Equal(2 * 270, translated.Count);
        foreach (var page in translated)
        {
            var links = alternates[paths.Absolute(page.Path)];
            Assert.Equal(paths.Absolute(page.Path), links[page.Language]);
            foreach (var (language, path) in page.Translations)
            {
                Assert.Equal(paths.Absolute(path), links[language]);
            }
        }
    }

    /// <summary>One build of the corpus shared by the tests above and CorpusTests: it takes seconds.</summary>
    public sealed class Corpus : IDisposable
    {
        public Corpus()
        {
            Site = new TestSite();
            CorpusGenerator.Write(Site, 300);
            var result = Site.Build();
            Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Take(5)));
            Model = result.Site!;
        }

        public TestSite Site { get; }

        public DecisionsPortal.Site.SiteModel Model { get; }

        public void Dispose() => Site.Dispose();
    }
}
