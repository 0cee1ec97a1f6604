using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Rendering;

public sealed class PageTests
{
    private static TestSite Pair(string fiExtra = "", string svExtra = "") =>
        new($"-- content/fi/2025/katto.md --\n{Decisions.Finnish(extra: fiExtra)}\n-- content/sv/2025/katto.md --\n{Decisions.Swedish(extra: svExtra)}");

    [Fact]
    public void The_root_page_lets_a_visitor_choose_a_language_without_a_script()
    {
        using var site = Pair();
        site.Build();

        var page = Html.Parse(site.Read("index.html"));

        Assert.Empty(page.QuerySelectorAll("script"));
        var links = page.QuerySelectorAll(".choices a").Select(a => (a.GetAttribute("href"), a.GetAttribute("hreflang"))).ToList();
        Assert.Equal([("/fi/", "fi"), ("/sv/", "sv")], links);
    }

    [Fact]
    public void A_decision_page_shows_every_field_under_its_swedish_label()
    {
        using var site = Pair(svExtra: "section: 12\ndnro: EXE/45/02.08/2025\ntopics: [schools]\ndecision: Förslaget godkändes.");
        site.Build();

        var page = Html.Parse(site.Read("sv/beslut/2025/katto/index.html"));
        var facts = page.QuerySelectorAll(".facts dt").Select(dt => (dt.TextContent, dt.NextElementSibling!.TextContent)).ToDictionary();

        Assert.Equal("sv", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Reparation av skolans tak", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("14.3.2025", facts["Datum"]);
        Assert.Equal("Stadsstyrelsen", facts["Organ"]);
        Assert.Equal("12 §", facts["Paragraf"]);
        Assert.Equal("EXE/45/02.08/2025", facts["Diarienummer"]);
        Assert.Equal("Teknisk direktör Maija Meikäläinen", facts["Beredare"]);
        Assert.Equal("Stadsdirektör Olli Esimerkki", facts["Föredragande"]);
        Assert.Equal("Skolor", facts["Ämnen"]);
        var headings = page.QuerySelectorAll("article h2").Select(h => h.TextContent).ToList();
        Assert.Equal(["Beredning", "Beslutsförslag", "Beslut", "Så här hänvisar du till beslutet"], headings);
        Assert.Contains("Stadsstyrelsen beslutar att reparera taket.", page.QuerySelector(".proposal")!.TextContent);
        Assert.Contains("Förslaget godkändes.", page.QuerySelector(".outcome")!.TextContent);
    }

    [Fact]
    public void The_language_switcher_leads_to_the_translation_and_hreflang_names_both()
    {
        using var site = Pair();
        site.Build();

        var page = Html.Parse(site.Read("fi/paatokset/2025/katto/index.html"));

        Assert.Equal("/sv/beslut/2025/katto/", page.QuerySelector(".languages a[hreflang=sv]")!.GetAttribute("href"));
        Assert.Equal("https://paatokset.esimerkkila.example/fi/paatokset/2025/katto/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        var alternates = page.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => (l.GetAttribute("hreflang"), l.GetAttribute("href"))).ToList();
        Assert.Equal(
            [("fi", "https://paatokset.esimerkkila.example/fi/paatokset/2025/katto/"), ("sv", "https://paatokset.esimerkkila.example/sv/beslut/2025/katto/")],
            alternates);
    }

    [Fact]
    public void Without_a_translation_the_switcher_leads_to_the_other_languages_home_and_says_so()
    {
        using var site = new TestSite($"-- content/fi/2025/katto.md --\n{Decisions.Finnish()}");
        site.Build();

        var page = Html.Parse(site.Read("fi/paatokset/2025/katto/index.html"));
        var link = page.QuerySelector(".languages a[hreflang=sv]")!;

        Assert.Equal("/sv/", link.GetAttribute("href"));
        Assert.Contains("ingen översättning", link.TextContent);
        Assert.Single(page.QuerySelectorAll("link[rel=alternate][hreflang]"));
    }

    [Theory]
    [InlineData("fi", "sv", "fi/paatokset/2025/katto/index.html", "ingen översättning, till startsidan")]
    [InlineData("sv", "fi", "sv/beslut/2025/tak/index.html", "ei käännöstä, etusivulle")]
    public void Without_a_translation_the_switchers_note_is_shown_next_to_the_link_in_the_links_language(string own, string other, string path, string note)
    {
        var decision = own == "fi" ? Decisions.Finnish() : Decisions.Swedish();
        using var site = new TestSite($"-- content/{own}/2025/{(own == "fi" ? "katto" : "tak")}.md --\n{decision}");
        site.Build();

        var link = Html.Parse(site.Read(path)).QuerySelector($".languages a[hreflang={other}]")!;
        var shown = link.QuerySelector(".translation-note")!;

        Assert.Equal(note, shown.TextContent);
        Assert.Equal(other, shown.Closest("[lang]")!.GetAttribute("lang"));
        Assert.Null(shown.Closest(".visually-hidden"));
    }

    [Fact]
    public void A_decision_in_finnish_only_is_listed_on_swedish_pages_marked_with_its_language()
    {
        using var site = new TestSite($"-- content/fi/2025/katto.md --\n{Decisions.Finnish()}");
        site.Build();

        var home = Html.Parse(site.Read("sv/index.html"));
        var link = home.QuerySelector(".decision-list a")!;

        Assert.Equal("/fi/paatokset/2025/katto/", link.GetAttribute("href"));
        Assert.Equal("fi", link.GetAttribute("lang"));
        Assert.Equal("endast på finska", home.QuerySelector(".language-badge")!.TextContent);
    }

    [Fact]
    public void Every_link_carries_the_sub_path_of_the_base_url()
    {
        using var site = Pair();
        site.Build(baseUrl: "https://example.fi/portal/");

        foreach (var file in site.OutputFiles().Where(f => f.EndsWith(".html")))
        {
            var page = Html.Parse(site.Read(file));
            foreach (var href in page.QuerySelectorAll("a[href], link[href]").Select(a => a.GetAttribute("href")!))
            {
                Assert.True(href.StartsWith("/portal/") || href.StartsWith("https://example.fi/portal/") || href.StartsWith('#'), $"{file}: {href}");
            }
        }
    }

    [Fact]
    public void Listing_pages_link_to_each_other_and_mark_the_current_page()
    {
        var files = string.Join('\n', Enumerable.Range(1, 12).Select(i => $"-- content/fi/2025/p{i:D2}.md --\n{Decisions.Finnish(date: $"2025-01-{i:D2}")}"));
        using var site = new TestSite(files);
        site.Build();

        var second = Html.Parse(site.Read("fi/paatokset/sivu/2/index.html"));

        Assert.Equal("/fi/paatokset/", second.QuerySelector(".pagination a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/fi/paatokset/sivu/3/", second.QuerySelector(".pagination a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("/fi/paatokset/sivu/2/", second.QuerySelector(".pagination a[aria-current=page]")!.GetAttribute("href"));
        Assert.Equal(5, second.QuerySelectorAll(".decision-list li").Length);
        Assert.Equal("/sv/beslut/sida/2/", second.QuerySelector(".languages a[hreflang=sv]")!.GetAttribute("href"));
    }

    [Fact]
    public void Every_page_has_a_skip_link_to_the_main_landmark_and_a_language()
    {
        using var site = Pair();
        site.Build();

        foreach (var file in site.OutputFiles().Where(f => f.EndsWith(".html") && !Html.IsRedirect(site.Read(f))))
        {
            var page = Html.Parse(site.Read(file));
            var skip = page.QuerySelector("body > a.skip-link");
            Assert.True(skip is not null, file);
            Assert.Equal("#main", skip!.GetAttribute("href"));
            Assert.NotNull(page.QuerySelector("main#main"));
            Assert.False(string.IsNullOrEmpty(page.DocumentElement.GetAttribute("lang")), file);
            Assert.Single(page.QuerySelectorAll("h1"));
        }
    }

    [Fact]
    public void A_person_named_in_one_language_only_has_a_listing_whose_switcher_leads_to_the_other_languages_home()
    {
        var swedish = Decisions.Swedish().Replace("name: Olli Esimerkki", "name: Karin Karlsson");
        using var site = new TestSite($"-- content/fi/2025/katto.md --\n{Decisions.Finnish()}\n-- content/sv/2025/katto.md --\n{swedish}");
        Assert.True(site.Build().Succeeded);

        var page = Html.Parse(site.Read("sv/person/karin-karlsson/index.html"));

        Assert.Equal("/fi/", page.QuerySelector(".languages a[hreflang=fi]")!.GetAttribute("href"));
        Assert.False(site.Exists("fi/henkilo/karin-karlsson/index.html"));
    }
}
