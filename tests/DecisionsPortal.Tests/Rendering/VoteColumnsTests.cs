using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Rendering;

/// <summary>decisions.csv gives each side of a vote its count in a column of its own, so a spreadsheet sums them.</summary>
public sealed class VoteColumnsTests
{
    [Fact]
    public void Each_side_of_a_vote_has_a_number_in_its_own_column_beside_the_readable_cell_and_a_side_not_recorded_is_empty()
    {
        using var site = new TestSite($"""
            -- content/fi/2025/katto.md --
            {Decisions.Finnish(extra: "votes: { for: [Aino Aalto, Eero Esko, Ilmari Ilves], against: 2, absent: 1 }")}
            -- content/fi/2025/piha.md --
            {Decisions.Finnish(title: "Koulun pihan korjaus", date: "2025-03-10")}
            """);
        Assert.True(site.Build().Succeeded);

        var (headers, rows) = OpenData.ReadCsv(File.ReadAllBytes(Path.Combine(site.Output, "fi/decisions.csv")));

        // The counts come last, so the columns a reader had before keep their numbers.
        Assert.Equal(["meeting_feed", "votes_for", "votes_against", "votes_abstained", "votes_absent"], headers.TakeLast(5));
        var voted = rows.Single(r => r["title"] == "Koulun katon korjaus");
        Assert.Equal("for 3 (Aino Aalto, Eero Esko, Ilmari Ilves); against 2; absent 1", voted["votes"]);
        Assert.Equal(("3", "2", "", "1"), (voted["votes_for"], voted["votes_against"], voted["votes_abstained"], voted["votes_absent"]));
        var unvoted = rows.Single(r => r["title"] == "Koulun pihan korjaus");
        Assert.Equal(("", "", "", ""), (unvoted["votes_for"], unvoted["votes_against"], unvoted["votes_abstained"], unvoted["votes_absent"]));
    }
}
