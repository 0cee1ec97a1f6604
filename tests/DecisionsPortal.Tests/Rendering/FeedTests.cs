using System.Globalization;
using System.Xml.Linq;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Rendering;

public sealed class FeedTests
{
    private static readonly XNamespace A = Atom.Ns;

    private static TestSite Pair(string fiExtra = "topics: [schools]", string fiTitle = "Koulun katon korjaus") =>
        new($"-- content/fi/2025/katto.md --\n{Decisions.Finnish(title: fiTitle, extra: fiExtra)}\n-- content/sv/2025/katto.md --\n{Decisions.Swedish(extra: "topics: [schools]")}");

    [Theory]
    [InlineData("fi/paatokset/atom.xml")]
    [InlineData("fi/toimielin/kaupunginhallitus/atom.xml")]
    [InlineData("fi/aihe/schools/atom.xml")]
    [InlineData("sv/beslut/atom.xml")]
    [InlineData("sv/organ/kaupunginhallitus/atom.xml")]
    [InlineData("sv/amne/schools/atom.xml")]
    public void Each_language_has_a_feed_of_all_decisions_of_each_organ_and_of_each_topic_that_is_valid_atom(string feed)
    {
        using var site = Pair();
        Assert.True(site.Build().Succeeded);

        var document = Atom.Parse(site.Read(feed));

        Assert.Empty(Atom.Problems(document));
        Assert.Single(document.Root!.Elements(A + "entry"));
    }

    [Theory]
    [InlineData("KEMI/3480/08.03.03/2018", "KEMI/3480/08.03.03/2018")]
    [InlineData("Kemi päätös/3 2025", "Kemi%20p%C3%A4%C3%A4t%C3%B6s/3%202025")]
    public void An_entrys_id_holds_its_key_with_each_part_escaped_as_an_address_part(string key, string id)
    {
        using var site = new TestSite($"-- content/fi/2025/katto.md --\n{Decisions.Finnish(extra: $"key: {key}")}");
        site.Build();

        var entry = Atom.Parse(site.Read("fi/paatokset/atom.xml")).Root!.Element(A + "entry")!;

        Assert.Equal($"tag:paatokset.esimerkkila.example,2025:fi/{id}", entry.Element(A + "id")!.Value);
    }

    [Fact]
    public void An_entry_carries_the_decisions_title_date_page_organ_topics_and_proposal()
    {
        using var site = Pair();
        site.Build();

        var entry = Atom.Parse(site.Read("fi/paatokset/atom.xml")).Root!.Element(A + "entry")!;

        Assert.Equal("tag:paatokset.esimerkkila.example,2025:fi/2025/katto", entry.Element(A + "id")!.Value);
        Assert.Equal("Koulun katon korjaus", entry.Element(A + "title")!.Value);
        Assert.Equal("2025-03-14T00:00:00Z", entry.Element(A + "updated")!.Value);
        Assert.Equal("https://paatokset.esimerkkila.example/fi/paatokset/2025/katto/",
            entry.Elements(A + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!.Value);
        Assert.Equal("Kaupunginhallitus", entry.Element(A + "author")!.Element(A + "name")!.Value);
        var category = entry.Element(A + "category")!;
        Assert.Equal(("schools", "Koulut"), (category.Attribute("term")!.Value, category.Attribute("label")!.Value));
        Assert.Equal("text", entry.Element(A + "summary")!.Attribute("type")!.Value);
        Assert.Equal("Kaupunginhallitus päättää korjata katon.", entry.Element(A + "summary")!.Value);
    }

    [Fact]
    public void A_corrected_decision_is_updated_on_its_correction_date_and_still_published_on_its_date()
    {
        using var site = Pair(fiExtra: "topics: [schools]\nupdated: 2025-04-02");
        Assert.True(site.Build().Succeeded);

        var feed = Atom.Parse(site.Read("fi/paatokset/atom.xml")).Root!;
        var entry = feed.Elements(A + "entry").Single(e => e.Element(A + "title")!.Value == "Koulun katon korjaus");

        Assert.StartsWith("2025-04-02", entry.Element(A + "updated")!.Value);
        Assert.StartsWith("2025-03-14", entry.Element(A + "published")!.Value);
        Assert.StartsWith("2025-04-02", feed.Element(A + "updated")!.Value);
    }

    [Fact]
    public void An_entry_id_stays_the_same_when_the_title_is_edited_and_the_site_rebuilt()
    {
        using var before = Pair();
        before.Build();
        using var after = Pair(fiTitle: "Koulun katon korjaus ja maalaus");
        after.Build();

        string Id(TestSite site) => Atom.Parse(site.Read("fi/paatokset/atom.xml")).Root!.Element(A + "entry")!.Element(A + "id")!.Value;

        Assert.Equal(Id(before), Id(after));
        Assert.DoesNotContain("korjaus", Id(after), StringComparison.Ordinal);
    }

    [Fact]
    public void Under_a_sub_path_feed_ids_and_links_keep_the_sub_path()
    {
        using var site = Pair();
        site.Build(baseUrl: "https://example.fi/portal/");

        var feed = Atom.Parse(site.Read("fi/paatokset/atom.xml")).Root!;
        var entry = feed.Element(A + "entry")!;

        Assert.Equal("tag:example.fi,2025:portal/fi/2025/katto", entry.Element(A + "id")!.Value);
        Assert.Equal("https://example.fi/portal/fi/paatokset/atom.xml", feed.Elements(A + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
        Assert.Equal("/portal/fi/paatokset/atom.xml",
            Html.Parse(site.Read("fi/index.html")).QuerySelector("head link[type='application/atom+xml']")!.GetAttribute("href"));
    }

    [Fact]
    public void Markup_in_a_title_or_proposal_stays_text_in_the_feed()
    {
        using var site = new TestSite("-- content/fi/2025/a.md --\n" + Decisions.Finnish(title: "\"<b>Katto</b> & </entry>\"")
            .Replace("proposal: Kaupunginhallitus päättää korjata katon.", "proposal: \"**Päätetään** <script>x</script>\""));
        Assert.True(site.Build().Succeeded);

        var entry = Atom.Parse(site.Read("fi/paatokset/atom.xml")).Root!.Element(A + "entry")!;

        Assert.Equal("<b>Katto</b> & </entry>", entry.Element(A + "title")!.Value);
        Assert.Equal("Päätetään <script>x</script>", entry.Element(A + "summary")!.Value);
    }

    [Fact]
    public void A_feed_holds_the_latest_fifty_decisions_newest_first_and_is_updated_at_the_newest()
    {
        var files = string.Concat(Enumerable.Range(0, 55).Select(i =>
        {
            var date = new DateOnly(2024, 1, 1).AddDays(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return $"-- content/fi/2024/d{i:D2}.md --\n{Decisions.Finnish(title: $"Päätös {i}", date: date)}\n";
        }));
        using var site = new TestSite(files);
        Assert.True(site.Build().Succeeded);

        var feed = Atom.Parse(site.Read("fi/paatokset/atom.xml")).Root!;
        var titles = feed.Elements(A + "entry").Select(e => e.Element(A + "title")!.Value).ToList();

        Assert.Equal(50, titles.Count);
        Assert.Equal("Päätös 54", titles[0]);
        Assert.Equal("Päätös 5", titles[^1]);
        Assert.Equal("2024-02-24T00:00:00Z", feed.Element(A + "updated")!.Value);
    }

    [Fact]
    public void Every_page_links_the_feed_of_all_decisions_and_an_organ_listing_also_its_own()
    {
        using var site = Pair();
        site.Build();

        foreach (var page in site.OutputFiles().Where(f => f.EndsWith(".html", StringComparison.Ordinal) && f.StartsWith("fi/", StringComparison.Ordinal) && !Html.IsRedirect(site.Read(f))))
        {
            var feeds = Html.Parse(site.Read(page)).QuerySelectorAll("head link[rel=alternate][type='application/atom+xml']").Select(l => l.GetAttribute("href")).ToList();
            Assert.Contains("/fi/paatokset/atom.xml", feeds);
        }

        var organ = Html.Parse(site.Read("fi/toimielin/kaupunginhallitus/index.html"));
        var organFeeds = organ.QuerySelectorAll("head link[type='application/atom+xml']").Select(l => l.GetAttribute("href")).ToList();
        Assert.Equal(["/fi/paatokset/atom.xml", "/fi/toimielin/kaupunginhallitus/atom.xml"], organFeeds);
        Assert.Equal("/fi/toimielin/kaupunginhallitus/atom.xml", organ.QuerySelector("main .feed-link a")!.GetAttribute("href"));
        var topic = Html.Parse(site.Read("fi/aihe/schools/index.html"));
        Assert.Equal("/fi/aihe/schools/atom.xml", topic.QuerySelector("main .feed-link a")!.GetAttribute("href"));
        Assert.Contains("/fi/aihe/schools/atom.xml", topic.QuerySelectorAll("head link[type='application/atom+xml']").Select(l => l.GetAttribute("href")));
    }

    [Fact]
    public void A_decision_without_a_translation_is_in_the_other_languages_feed_marked_with_its_language()
    {
        using var site = new TestSite($"-- content/fi/2025/vain.md --\n{Decisions.Finnish()}");
        site.Build();

        var entry = Atom.Parse(site.Read("sv/beslut/atom.xml")).Root!.Element(A + "entry")!;

        Assert.Equal("fi", entry.Attribute(XNamespace.Xml + "lang")!.Value);
        Assert.Equal("Koulun katon korjaus", entry.Element(A + "title")!.Value);
    }
}
