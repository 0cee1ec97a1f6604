using System.Text.Json;
using System.Text.RegularExpressions;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Rendering;

/// <summary>
/// A case (every decision of one diary number) has a page only when it has two decisions or more
/// in the language: the page of one would repeat that decision's own. Its feed is there from the
/// first decision, so a journalist can follow it until the next one arrives.
/// </summary>
public sealed partial class CaseOfOneDecisionTests : IDisposable
{
    private const string Base = "https://paatokset.esimerkkila.example/";
    private const string Single = "fi/asiat/esim-1-00-01-2025/";
    private const string Double = "fi/asiat/esim-2-00-01-2025/";

    // ESIM/1 has one decision; ESIM/2 two in Finnish, one of them translated to Swedish.
    private readonly TestSite site = new($"""
        -- content/fi/2025/yksi.md --
        {Decisions.Finnish(title: "Yksin käsitelty", date: "2025-02-03", extra: "dnro: ESIM/1/00.01/2025")}
        -- content/fi/2025/valmistelu.md --
        {Decisions.Finnish(title: "Valmistelu", date: "2025-02-10", body: "tekninen-lautakunta", extra: "dnro: ESIM/2/00.01/2025")}
        -- content/fi/2025/paatos.md --
        {Decisions.Finnish(title: "Päätös", date: "2025-03-03", extra: "dnro: ESIM/2/00.01/2025")}
        -- content/sv/2025/paatos.md --
        {Decisions.Swedish(title: "Beslut", date: "2025-03-03", extra: "dnro: ESIM/2/00.01/2025")}
        """);

    public CaseOfOneDecisionTests() => Assert.True(site.Build().Succeeded);

    public void Dispose() => site.Dispose();

    [Fact]
    public void A_case_of_one_decision_has_its_feed_but_no_page_and_its_decision_links_the_feed()
    {
        Assert.False(site.Exists(Single + "index.html"));
        var facts = Html.Parse(site.Read("fi/paatokset/2025/yksi/index.html")).QuerySelector(".facts")!;

        Assert.Equal("/" + Single + "atom.xml", facts.QuerySelector("a[type='application/atom+xml']")!.GetAttribute("href"));
        Assert.DoesNotContain(facts.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/" + Single);

        // The feed's page is the decision, until a second one gives the case a page.
        var feed = System.Xml.Linq.XDocument.Parse(site.Read(Single + "atom.xml"));
        var atom = System.Xml.Linq.XNamespace.Get("http://www.w3.org/2005/Atom");
        Assert.Equal(Base + "fi/paatokset/2025/yksi/", feed.Root!.Elements(atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!.Value);
        Assert.Single(feed.Root.Elements(atom + "entry"));
    }

    [Fact]
    public void A_case_of_two_decisions_has_its_page_which_each_decision_links()
    {
        Assert.True(site.Exists(Double + "index.html"));
        foreach (var decision in new[] { "fi/paatokset/2025/valmistelu/", "fi/paatokset/2025/paatos/" })
        {
            var facts = Html.Parse(site.Read(decision + "index.html")).QuerySelector(".facts")!;
            Assert.Contains(facts.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/" + Double);
        }

        var feed = site.Read(Double + "atom.xml");
        Assert.Contains($"rel=\"alternate\" type=\"text/html\" href=\"{Base}{Double}\"", feed, StringComparison.Ordinal);
    }

    [Fact]
    public void The_open_data_names_the_feed_of_every_case_and_the_page_only_of_a_case_that_has_one()
    {
        var records = JsonDocument.Parse(site.Read("fi/decisions.json")).RootElement.GetProperty("decisions").EnumerateArray()
            .ToDictionary(r => r.GetProperty("key").GetString()!, r => (Url: r.GetProperty("case_url").GetString(), Feed: r.GetProperty("case_feed").GetString()));

        Assert.Equal((null, Base + Single + "atom.xml"), records["2025/yksi"]);
        Assert.Equal((Base + Double, Base + Double + "atom.xml"), records["2025/paatos"]);
    }

    [Fact]
    public void Every_address_of_the_site_in_its_feeds_sitemap_and_open_data_names_a_file_it_wrote()
    {
        var missing = site.OutputFiles()
            .Where(f => f.EndsWith(".xml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".csv", StringComparison.Ordinal))
            .SelectMany(f => SiteAddress().Matches(site.Read(f)).Select(m => (File: f, Path: m.Groups[1].Value)))
            .Where(x => !site.Exists(x.Path.Length == 0 || x.Path.EndsWith('/') ? x.Path + "index.html" : x.Path))
            .Select(x => $"{x.File}: {x.Path}")
            .Distinct()
            .ToList();

        Assert.Empty(missing);
        Assert.DoesNotContain(Base + Single + "<", site.Read("sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_case_counts_the_decisions_its_language_lists_a_finnish_one_without_translation_among_them()
    {
        // The Swedish listing shows the Finnish preparation beside the Swedish decision: two handlings.
        Assert.True(site.Exists("sv/arenden/esim-2-00-01-2025/index.html"));
        Assert.Equal("/sv/arenden/esim-2-00-01-2025/", Html.Parse(site.Read(Double + "index.html")).QuerySelector(".languages a[hreflang=sv]")!.GetAttribute("href"));
        Assert.False(site.Exists("sv/arenden/esim-1-00-01-2025/index.html"));
        Assert.True(site.Exists("sv/arenden/esim-1-00-01-2025/atom.xml"));
    }

    [Fact]
    public void A_link_written_to_the_page_of_a_case_of_one_decision_is_an_error_that_names_the_decision_to_link()
    {
        using var linking = new TestSite($"""
            -- content/fi/2025/yksi.md --
            {Decisions.Finnish(title: "Yksin käsitelty", date: "2025-02-03", extra: "dnro: ESIM/1/00.01/2025")}
            -- content/fi/2025/viittaus.md --
            {Decisions.Finnish(title: "Viittaus", text: "Katso [asia](/fi/asiat/esim-1-00-01-2025/).")}
            """);

        var result = linking.Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DecisionsPortal.Diagnostics.DiagnosticCodes.BrokenLink, error.Code);
        Assert.EndsWith("viittaus.md", error.Location.Path, StringComparison.Ordinal);
        Assert.Contains("'/fi/paatokset/2025/yksi/'", error.Message, StringComparison.Ordinal);
    }

    [GeneratedRegex("https://paatokset\\.esimerkkila\\.example/([^\"<>\\s,;?#]*)")]
    private static partial Regex SiteAddress();
}
