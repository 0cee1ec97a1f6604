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
}
