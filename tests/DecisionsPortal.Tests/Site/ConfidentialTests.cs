using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Site;

public sealed class ConfidentialTests
{
    [Fact]
    public void A_confidential_decision_shows_only_its_title_organ_date_and_a_notice()
    {
        using var site = new TestSite(CouncilTown.Files);
        site.BuildOn(CouncilTown.LastDay);

        var page = Html.Parse(site.Read(CouncilTown.ConfidentialPage));

        Assert.Equal("Kiinteistökauppa", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("salassa pidettävä", page.QuerySelector(".confidential-notice")!.TextContent);
        Assert.Null(page.QuerySelector(".preparation"));
        Assert.Null(page.QuerySelector(".proposal"));
        Assert.Null(page.QuerySelector(".appeal"));
        var facts = page.QuerySelectorAll(".facts dt").Select(dt => dt.TextContent).ToList();
        Assert.Contains("Toimielin", facts);
        Assert.DoesNotContain("Valmistelija", facts);
    }

    [Fact]
    public void A_confidential_decisions_body_and_decision_are_in_no_output_file()
    {
        using var site = new TestSite(CouncilTown.Files);

        var result = site.BuildOn(CouncilTown.LastDay);

        Assert.True(result.Succeeded);
        Assert.NotEmpty(site.OutputFiles());
        Assert.Empty(site.FilesContaining(CouncilTown.SecretText));
        Assert.Empty(site.FilesContaining(CouncilTown.SecretDecision));
        Assert.Empty(site.FilesContaining("Kauppakirja"));
        var decision = Assert.Single(result.Site!.Decisions, d => d.Decision.Title == "Kiinteistökauppa").Decision;
        Assert.Equal("", decision.Markdown);
        Assert.Empty(decision.Attachments);
    }

    [Fact]
    public void A_confidential_file_with_attachments_is_warned_about()
    {
        using var site = new TestSite(CouncilTown.Files);

        var warning = Assert.Single(site.BuildOn(CouncilTown.LastDay).Diagnostics, d => d.Code == "DP0050");

        Assert.EndsWith("content/fi/2025/kiinteistokauppa.md", warning.Location.Path);
        Assert.False(warning.IsError);
    }

    [Fact]
    public void A_confidential_decision_keeps_its_place_on_the_agenda_but_joins_no_case()
    {
        var files = CouncilTown.Files.Replace("meeting: 3/2025\nsection: 11\n", "meeting: 3/2025\nsection: 11\ndnro: EXE/12/10.03/2025\n");
        Assert.NotEqual(CouncilTown.Files, files);
        using var site = new TestSite(files);
        site.BuildOn(CouncilTown.LastDay);

        var handlings = Html.Parse(site.Read(CouncilTown.CasePath)).QuerySelectorAll(".handlings li > a").Select(a => a.TextContent);

        Assert.DoesNotContain("Kiinteistökauppa", handlings);
        Assert.Contains("11 § Kiinteistökauppa", Html.Parse(site.Read(CouncilTown.BoardMeeting)).QuerySelector(".agenda-list")!.TextContent);
    }
}
