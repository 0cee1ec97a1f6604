using System.Text.Json;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Rendering;

public sealed class CitationTests
{
    private static JsonElement JsonLd(AngleSharp.Dom.IDocument page)
    {
        var scripts = page.QuerySelectorAll("script[type='application/ld+json']");
        Assert.Single(scripts);
        return JsonDocument.Parse(scripts[0].TextContent).RootElement.Clone();
    }

    [Fact]
    public void A_decision_page_shows_how_to_cite_it_with_site_organ_section_date_title_and_permanent_url()
    {
        using var site = new TestSite("-- content/fi/2025/katto.md --\n" + Decisions.Finnish(extra: "section: 12"));
        site.Build();

        var cite = Html.Parse(site.Read("fi/paatokset/2025/katto/index.html")).QuerySelector("main .citation .cite")!;

        Assert.Equal("Esimerkkilän päätökset. Kaupunginhallitus 14.3.2025 § 12: Koulun katon korjaus. https://paatokset.esimerkkila.example/fi/paatokset/2025/katto/", cite.TextContent);
        Assert.Equal("https://paatokset.esimerkkila.example/fi/paatokset/2025/katto/", cite.QuerySelector("a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("fi", "Näin viittaat esityslistan asiaan", "Esimerkkilän päätökset. Kaupunginhallitus, esityslista 7.4.2026 § 30: Uimahallin aukioloajat. https://paatokset.esimerkkila.example/fi/paatokset/2026/uimahalli/")]
    [InlineData("sv", "Så här hänvisar du till ärendet på föredragningslistan", "Exempelby stads beslut. Stadsstyrelsen, föredragningslista 7.4.2026 § 30: Simhallens öppettider. https://paatokset.esimerkkila.example/sv/beslut/2026/simhall/")]
    public void An_agenda_item_not_yet_decided_is_cited_as_an_item_on_its_meetings_agenda_not_as_a_decision(string language, string heading, string citation)
    {
        var (slug, decision) = language == "fi"
            ? ("uimahalli", Decisions.Finnish(title: "Uimahallin aukioloajat", date: "2026-04-07", extra: "section: 30\nstatus: agenda"))
            : ("simhall", Decisions.Swedish(title: "Simhallens öppettider", date: "2026-04-07", extra: "section: 30\nstatus: agenda"));
        using var site = new TestSite($"-- content/{language}/2026/{slug}.md --\n{decision}");
        site.Build();

        var page = Html.Parse(site.Read($"{language}/{(language == "fi" ? "paatokset" : "beslut")}/2026/{slug}/index.html"));

        Assert.Equal(heading, page.QuerySelector("main .citation h2")!.TextContent);
        Assert.Equal(citation, page.QuerySelector("main .citation .cite")!.TextContent);
    }

    [Fact]
    public void A_decision_page_describes_the_decision_in_schema_org_json_ld()
    {
        using var site = new TestSite(
            $"-- content/fi/2025/katto.md --\n{Decisions.Finnish(extra: "dnro: EXE/45/02.08/2025\ntopics: [schools]")}\n-- content/sv/2025/katto.md --\n{Decisions.Swedish()}");
        site.Build();

        var data = JsonLd(Html.Parse(site.Read("fi/paatokset/2025/katto/index.html")));

        Assert.Equal("https://schema.org", data.GetProperty("@context").GetString());
        Assert.Equal("Legislation", data.GetProperty("@type").GetString());
        Assert.Equal("Koulun katon korjaus", data.GetProperty("name").GetString());
        Assert.Equal("https://paatokset.esimerkkila.example/fi/paatokset/2025/katto/", data.GetProperty("url").GetString());
        Assert.Equal("2025-03-14", data.GetProperty("legislationDate").GetString());
        Assert.Equal("EXE/45/02.08/2025", data.GetProperty("legislationIdentifier").GetString());
        Assert.Equal("Kaupunginhallitus", data.GetProperty("legislationPassedBy").GetProperty("name").GetString());
        Assert.Equal("fi", data.GetProperty("inLanguage").GetString());
        Assert.Equal("https://paatokset.esimerkkila.example/sv/beslut/2025/katto/", data.GetProperty("workTranslation")[0].GetProperty("@id").GetString());
    }

    [Theory]
    [InlineData("</script><script>alert(1)</script>")]
    [InlineData("</SCRIPT ><img src=x onerror=alert(1)>")]
    [InlineData("<!-- <script>")]
    public void A_title_cannot_break_out_of_the_json_ld(string title)
    {
        using var site = new TestSite("-- content/fi/2025/a.md --\n" + Decisions.Finnish(title: JsonSerializer.Serialize(title)));
        Assert.True(site.Build().Succeeded);
        var html = site.Read("fi/paatokset/2025/a/index.html");

        var page = Html.Parse(html);

        Assert.Equal(title, JsonLd(page).GetProperty("name").GetString());
        Assert.Empty(page.QuerySelectorAll("img"));
        var script = html[html.IndexOf("<script type=\"application/ld+json\">", StringComparison.Ordinal)..];
        script = script[..(script.IndexOf("</script>", StringComparison.Ordinal) + 9)];
        Assert.Equal(2, script.Count(c => c == '<')); // only the element's own start and end tags
    }

    [Fact]
    public void Editing_the_title_keeps_the_address_of_the_decision()
    {
        using var before = new TestSite("-- content/fi/2025/katto.md --\n" + Decisions.Finnish(title: "Koulun katon korjaus"));
        using var after = new TestSite("-- content/fi/2025/katto.md --\n" + Decisions.Finnish(title: "Kokonaan uusi otsikko"));

        var a = before.Build().Site!.Decisions.Single().Path;
        var b = after.Build().Site!.Decisions.Single().Path;

        Assert.Equal("fi/paatokset/2025/katto/", a);
        Assert.Equal(a, b);
        Assert.True(after.Exists("fi/paatokset/2025/katto/index.html"));
    }
}
