using System.Xml.Linq;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Rendering;
using DecisionsPortal.Rendering.Producers;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Rendering;

public sealed class DiscoveryTests
{
    private const string Base = "https://paatokset.esimerkkila.example/";
    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    private static TestSite Site() => new(
        $"-- content/fi/2025/katto.md --\n{Decisions.Finnish()}\n-- content/sv/2025/katto.md --\n{Decisions.Swedish()}\n" +
        $"-- content/fi/2025/vain.md --\n{Decisions.Finnish(title: "Vain suomeksi", date: "2025-02-01")}");

    /// <summary>The output file of an absolute URL of the site, e.g. ".../fi/" → "fi/index.html".</summary>
    private static string FileOf(string url)
    {
        Assert.StartsWith(Base, url, StringComparison.Ordinal);
        var path = url[Base.Length..];
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }

    [Fact]
    public void The_sitemap_lists_every_page_and_every_feed_and_its_alternates_point_at_pages_that_exist()
    {
        using var site = Site();
        Assert.True(site.Build().Succeeded);

        var urls = XDocument.Parse(site.Read("sitemap.xml")).Root!.Elements(Sm + "url").ToList();
        var listed = urls.Select(u => FileOf(u.Element(Sm + "loc")!.Value)).ToList();

        Assert.Equal(
            site.OutputFiles().Where(f => (f.EndsWith("index.html", StringComparison.Ordinal) && !Html.IsRedirect(site.Read(f))) || f.EndsWith("atom.xml", StringComparison.Ordinal)).Order(StringComparer.Ordinal),
            listed.Order(StringComparer.Ordinal));
        foreach (var href in urls.SelectMany(u => u.Elements(Xhtml + "link")).Select(l => l.Attribute("href")!.Value))
        {
            Assert.True(site.Exists(FileOf(href)), href);
        }
    }

    [Fact]
    public void The_feeds_to_follow_a_case_a_meeting_and_a_person_are_in_the_sitemap_with_their_last_change()
    {
        using var site = new TestSite(AgendaTown.Files);
        Assert.True(site.BuildOn(AgendaTown.Today).Succeeded);

        var urls = XDocument.Parse(site.Read("sitemap.xml")).Root!.Elements(Sm + "url")
            .ToDictionary(u => FileOf(u.Element(Sm + "loc")!.Value), u => u.Element(Sm + "lastmod")?.Value);
        var feeds = site.OutputFiles().Where(f => f.EndsWith("atom.xml", StringComparison.Ordinal)).ToList();

        Assert.Contains(AgendaTown.Case + "atom.xml", feeds);
        Assert.Contains(AgendaTown.Meeting + "atom.xml", feeds);
        Assert.Contains("fi/henkilo/maija-meikalainen/atom.xml", feeds);
        foreach (var feed in feeds)
        {
            // The feed's own last change, so a crawler fetches it again only when it moved.
            Assert.Equal(Atom.Parse(site.Read(feed)).Root!.Element(Atom.Ns + "updated")!.Value, urls[feed]);
        }

        // Its items are not decided yet: as of the build, not the meeting to come.
        Assert.Equal("2025-03-28T00:00:00Z", urls[AgendaTown.Meeting + "atom.xml"]);
    }

    [Fact]
    public void A_decision_with_a_translation_names_both_languages_in_the_sitemap_and_one_without_names_none()
    {
        using var site = Site();
        site.Build();

        var urls = XDocument.Parse(site.Read("sitemap.xml")).Root!.Elements(Sm + "url")
            .ToDictionary(u => u.Element(Sm + "loc")!.Value, u => u.Elements(Xhtml + "link").Select(l => (l.Attribute("hreflang")!.Value, l.Attribute("href")!.Value)).ToList());

        Assert.Equal(
            [("fi", Base + "fi/paatokset/2025/katto/"), ("sv", Base + "sv/beslut/2025/katto/")],
            urls[Base + "sv/beslut/2025/katto/"]);
        Assert.Empty(urls[Base + "fi/paatokset/2025/vain/"]);
    }

    [Fact]
    public void A_feed_names_its_feed_in_the_other_language_in_the_sitemap_only_where_that_feed_exists()
    {
        using var site = new TestSite(
            $"-- content/fi/2025/katto.md --\n{Decisions.Finnish()}\n" +
            $"-- content/sv/2025/katto.md --\n{Decisions.Swedish().Replace("Olli Esimerkki", "Olof Exempel", StringComparison.Ordinal)}\n");
        Assert.True(site.Build().Succeeded);

        var sitemap = site.Read("sitemap.xml");
        var urls = XDocument.Parse(sitemap).Root!.Elements(Sm + "url")
            .ToDictionary(u => u.Element(Sm + "loc")!.Value, u => u.Elements(Xhtml + "link").Select(l => (l.Attribute("hreflang")!.Value, l.Attribute("href")!.Value)).ToList());

        var feeds = urls.Keys.Where(u => u.EndsWith("atom.xml", StringComparison.Ordinal)).ToList();
        var organFi = Assert.Single(feeds, f => f.Contains("/kaupunginhallitus/", StringComparison.Ordinal) && f.StartsWith(Base + "fi/", StringComparison.Ordinal));
        var organSv = Assert.Single(feeds, f => f.Contains("/kaupunginhallitus/", StringComparison.Ordinal) && f.StartsWith(Base + "sv/", StringComparison.Ordinal));
        Assert.Equal([("fi", organFi), ("sv", organSv)], urls[organFi]);
        Assert.Equal([("fi", organFi), ("sv", organSv)], urls[organSv]);
        Assert.Equal([("fi", Base + "fi/paatokset/atom.xml"), ("sv", Base + "sv/beslut/atom.xml")], urls[Base + "sv/beslut/atom.xml"]);
        Assert.Equal(
            [("fi", Base + "fi/henkilo/maija-meikalainen/atom.xml"), ("sv", Base + "sv/person/maija-meikalainen/atom.xml")],
            urls[Base + "fi/henkilo/maija-meikalainen/atom.xml"]);
        // The presenter's name is written differently in the Swedish text: each person's feed is in
        // one language only, and names no counterpart.
        Assert.Empty(urls[Base + "fi/henkilo/olli-esimerkki/atom.xml"]);
        Assert.Empty(urls[Base + "sv/person/olof-exempel/atom.xml"]);
        Assert.False(site.Exists("sv/person/olli-esimerkki/atom.xml"));
        foreach (var href in urls.Values.SelectMany(l => l).Select(l => l.Item2))
        {
            Assert.True(site.Exists(FileOf(href)), href);
        }

        // Still one address a line, its alternates on the same line.
        var line = Assert.Single(sitemap.Split('\n'), l => l.Contains("<loc>" + organSv + "</loc>", StringComparison.Ordinal));
        Assert.Contains($"hreflang=\"fi\" href=\"{organFi}\"", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Past_the_url_limit_the_sitemap_becomes_an_index_of_sitemaps_that_hold_every_page_once()
    {
        using var site = Site();
        var result = site.Build();
        var diagnostics = new DiagnosticBag();

        var files = RenderInMemory.Files(result.Site!, diagnostics, [i => new SitemapProducer(i.Site, i.Fingerprints, i.Previous, maxUrls: 5)])!
            .Where(f => f.Path.StartsWith("sitemap", StringComparison.Ordinal))
            .ToDictionary(f => f.Path, f => XDocument.Parse(System.Text.Encoding.UTF8.GetString(f.Content)));

        var index = files["sitemap.xml"].Root!;
        Assert.Equal(Sm + "sitemapindex", index.Name);
        var parts = index.Elements(Sm + "sitemap").Select(s => s.Element(Sm + "loc")!.Value).ToList();
        Assert.True(parts.Count > 1);
        var pages = parts.SelectMany(p =>
        {
            var urls = files[p[Base.Length..]].Root!.Elements(Sm + "url").ToList();
            Assert.InRange(urls.Count, 1, 5);
            return urls.Select(u => u.Element(Sm + "loc")!.Value);
        }).ToList();
        var whole = XDocument.Parse(site.Read("sitemap.xml")).Root!.Elements(Sm + "url").Select(u => u.Element(Sm + "loc")!.Value).ToList();
        Assert.Equal(whole, pages);
    }

    [Fact]
    public void Robots_txt_names_the_sitemap_by_its_absolute_url_also_under_a_sub_path()
    {
        using var site = Site();
        site.Build(baseUrl: "https://example.fi/portal/");

        Assert.Contains("Sitemap: https://example.fi/portal/sitemap.xml\n", site.Read("robots.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_page_links_an_opensearch_description_that_leads_to_the_search_page_of_its_language()
    {
        using var site = Site();
        site.Build();

        foreach (var page in site.OutputFiles().Where(f => f.EndsWith(".html", StringComparison.Ordinal) && !Html.IsRedirect(site.Read(f))))
        {
            var link = Html.Parse(site.Read(page)).QuerySelector("head link[rel=search][type='application/opensearchdescription+xml']");
            Assert.True(link is not null, page);
            Assert.True(site.Exists(link.GetAttribute("href")![1..]), page);
        }

        XNamespace os = "http://a9.com/-/spec/opensearch/1.1/";
        var description = XDocument.Parse(site.Read("sv/opensearch.xml")).Root!;
        Assert.Equal(os + "OpenSearchDescription", description.Name);
        Assert.InRange(description.Element(os + "ShortName")!.Value.Length, 1, 16);
        Assert.Equal(Base + "sv/sok/?q={searchTerms}",
            description.Elements(os + "Url").Single(u => u.Attribute("type")!.Value == "text/html").Attribute("template")!.Value);
    }
}
