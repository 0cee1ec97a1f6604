using DecisionsPortal.Site;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Site;

public sealed class CouncilRecordTests
{
    [Fact]
    public void A_withdrawn_decision_leaves_the_site_and_becomes_a_tombstone_with_its_date_and_address()
    {
        using var site = new TestSite(CouncilTown.Files);

        var model = site.BuildOn(CouncilTown.LastDay).Site!;

        Assert.DoesNotContain(model.Decisions, d => d.Decision.Title == "Peruttu päätös");
        Assert.False(site.Exists("fi/paatokset/2025/peruttu/index.html"));
        Assert.Equal(
            [
                new Tombstone("fi", "2024/vanha-paatos", "fi/2024/vanha-paatos.md", null, new DateOnly(2025, 1, 15), TombstoneReason.Deleted),
                new Tombstone("fi", "2025/peruttu", model.Council.Tombstones[1].Source, "fi/paatokset/2025/peruttu/", new DateOnly(2025, 3, 1), TombstoneReason.Withdrawn),
            ],
            model.Council.Tombstones);
        Assert.EndsWith("content/fi/2025/peruttu.md", model.Council.Tombstones[1].Source);
    }

    [Fact]
    public void The_model_carries_each_decisions_meeting_status_votes_and_appeal_for_the_open_data()
    {
        using var site = new TestSite(CouncilTown.Files);

        var model = site.BuildOn(CouncilTown.LastDay).Site!;

        var board = Assert.Single(model.Decisions, d => d.Path == "fi/paatokset/2025/hallitus-katto/");
        Assert.Equal("EXE/12/10.03/2025", board.Decision.Dnro);
        Assert.Equal("3/2025", board.Decision.Law.Meeting!.ToString());
        Assert.Equal(DecisionsPortal.Content.DecisionStatus.Amended, board.Decision.Law.Status);
        Assert.Equal(7, board.Decision.Law.Votes!.For!.Count);
        var law = model.Council.For(board);
        Assert.Equal(DecisionsPortal.Law.AppealKind.Rectification, law.Appeal);
        Assert.Equal(new DateOnly(2025, 3, 28), law.Period!.LastDay);
        Assert.Equal("fi/kokoukset/kaupunginhallitus/2025-03-03/", law.MeetingPath);
        Assert.Equal(new MeetingId("kaupunginhallitus", new DateOnly(2025, 3, 3)), law.Meeting);
    }

    [Fact]
    public void A_decision_dated_otherwise_than_its_numbered_meeting_is_warned_about()
    {
        var files = CouncilTown.Files.Replace("title: Koulun katon korjaus\ndate: 2025-03-03", "title: Koulun katon korjaus\ndate: 2025-03-04");
        Assert.NotEqual(CouncilTown.Files, files);
        using var site = new TestSite(files);

        var warning = Assert.Single(site.BuildOn(CouncilTown.LastDay).Diagnostics, d => d.Code == "DP0049");

        Assert.Contains("held on 2025-03-03", warning.Message);
        Assert.Equal(9, warning.Location.Line);
    }

    [Fact]
    public void Two_meeting_files_with_the_same_number_are_an_error()
    {
        using var site = new TestSite(CouncilTown.Files + "\n-- content/fi/meetings/kaupunginhallitus/2025-03-10.md --\n---\nnumber: 3/2025\n---\n");

        var error = Assert.Single(site.BuildOn(CouncilTown.LastDay).Diagnostics, d => d.Code == "DP0051");

        Assert.Contains("each meeting number belongs to one date", error.Message);
    }

    [Fact]
    public void A_decision_whose_organ_needs_appeal_instructions_that_the_theme_lacks_is_an_error()
    {
        using var site = new TestSite(CouncilTown.Files);
        File.Delete(Path.Combine(site.Root, "templates", "appeal", "rectification.sv.md"));

        var error = Assert.Single(site.BuildOn(CouncilTown.LastDay).Diagnostics, d => d.Code == "DP1053");

        Assert.Contains("templates/appeal/rectification.sv.md", error.Message);
    }
}
