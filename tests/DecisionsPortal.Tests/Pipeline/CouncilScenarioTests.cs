using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Pipeline;

/// <summary>The "done when" of the council-record issue, end to end on the fictional town of Esimerkkilä.</summary>
public sealed class CouncilScenarioTests
{
    [Fact]
    public void A_case_handled_by_a_committee_and_then_the_board_reads_as_one_record_and_the_law_is_kept_before_and_after_the_appeal_period()
    {
        using var site = new TestSite(CouncilTown.Files);

        // During the appeal period.
        var during = site.BuildOn(CouncilTown.LastDay);
        Assert.True(during.Succeeded, string.Join("\n", during.Diagnostics));

        // One case page with both decisions.
        var handlings = Html.Parse(site.Read(CouncilTown.CasePath)).QuerySelectorAll(".handlings li > a").Select(a => a.TextContent).ToList();
        Assert.Equal(["Koulun katon korjauksen valmistelu", "Koulun katon korjaus"], handlings);

        // A meeting page lists its agenda.
        Assert.Equal(2, Html.Parse(site.Read(CouncilTown.BoardMeeting)).QuerySelectorAll(".agenda-list li").Length);

        // Each decision shows its appeal instructions and, where the period exists, its last day.
        var board = Html.Parse(site.Read(CouncilTown.BoardPage));
        Assert.Equal("2025-03-28", board.QuerySelector(".appeal-last-day time")!.GetAttribute("datetime"));
        Assert.NotNull(Html.Parse(site.Read(CouncilTown.CommitteePage)).QuerySelector(".appeal.appeal-none"));

        // The marked name is on the page while the period runs.
        Assert.Equal(CouncilTown.PersonalName, board.QuerySelector("span.personal-data")!.TextContent);

        // A confidential matter shows only its title.
        var confidential = Html.Parse(site.Read(CouncilTown.ConfidentialPage));
        Assert.Equal("Kiinteistökauppa", confidential.QuerySelector("h1")!.TextContent);
        Assert.Empty(site.FilesContaining(CouncilTown.SecretText));

        // After the appeal period the name is nowhere in the output.
        var after = site.BuildOn(CouncilTown.LastDay.AddDays(1));
        Assert.True(after.Succeeded);
        Assert.Empty(site.FilesContaining(CouncilTown.PersonalName));
        Assert.Empty(site.FilesContaining(CouncilTown.SecretText));
        Assert.Contains("[henkilötieto poistettu]", site.Read(CouncilTown.BoardPage));
    }
}
