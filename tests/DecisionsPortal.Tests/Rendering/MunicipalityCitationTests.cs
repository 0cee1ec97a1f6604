using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Rendering;

/// <summary>site.yml 'municipality': a citation names whose organ decided, not a bare "Kaupunginhallitus".</summary>
public sealed class MunicipalityCitationTests
{
    private const string Kemi = "municipality: { fi: Kemin, sv: Kemi }\n";

    private static TestSite Site(string municipality, string files) =>
        new($"-- site.yml --\n{TestSite.DefaultConfig}\n{municipality}editor_language: en\n{files}");

    private static string Citation(TestSite site, string page) => Html.Parse(site.Read(page)).QuerySelector("main .citation .cite")!.TextContent;

    [Fact]
    public void With_a_municipality_a_decision_is_cited_as_that_towns_organs_decision()
    {
        using var site = Site(Kemi, $"-- content/fi/2025/katto.md --\n{Decisions.Finnish(extra: "section: 201")}\n-- content/sv/2025/katto.md --\n{Decisions.Swedish(extra: "section: 201")}");
        Assert.True(site.Build().Succeeded);

        Assert.Equal("Kemin kaupunginhallitus, päätös 14.3.2025 § 201: Koulun katon korjaus. https://paatokset.esimerkkila.example/fi/paatokset/2025/katto/", Citation(site, "fi/paatokset/2025/katto/index.html"));
        Assert.Equal("Kemi stadsstyrelsen, beslut 14.3.2025 § 201: Reparation av skolans tak. https://paatokset.esimerkkila.example/sv/beslut/2025/katto/", Citation(site, "sv/beslut/2025/katto/index.html"));
    }

    [Fact]
    public void With_a_municipality_an_agenda_item_is_cited_as_that_towns_agenda()
    {
        using var site = Site(Kemi, $"-- content/fi/2026/uimahalli.md --\n{Decisions.Finnish(title: "Uimahallin aukioloajat", date: "2026-04-07", extra: "section: 30\nstatus: agenda")}");
        Assert.True(site.Build().Succeeded);

        Assert.Equal("Kemin kaupunginhallitus, esityslista 7.4.2026 § 30: Uimahallin aukioloajat. https://paatokset.esimerkkila.example/fi/paatokset/2026/uimahalli/", Citation(site, "fi/paatokset/2026/uimahalli/index.html"));
    }

    [Theory]
    [InlineData("municipality: Kemin\n")]
    [InlineData("municipality: [Kemin, Kemi]\n")]
    [InlineData("municipality: { fi: Kemin }\n")]
    [InlineData("municipality: { fi: Kemin, sv: [Kemi] }\n")]
    [InlineData("municipality: { fi: Kemin, sv: Kemi, en: Kemi }\n")]
    public void A_municipality_not_written_as_a_text_per_language_is_a_configuration_error_at_its_line(string municipality)
    {
        using var site = Site(municipality, $"-- content/fi/2025/katto.md --\n{Decisions.Finnish()}");
        var result = site.Build();

        Assert.Equal(2, result.ExitCode);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("DP1157", error.Code);
        Assert.Equal(13, error.Location.Line);
        Assert.Contains("'municipality", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }
}
