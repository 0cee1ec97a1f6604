using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Site;

/// <summary>
/// A vote's names marked as personal data and the member pages: before the appeal period ends
/// the decision page may show them, but no person page, person feed or member data ever names
/// them; from the day after, they are in no output file at all.
/// </summary>
public sealed class MemberPersonalDataTests
{
    private static readonly string[] MemberOutputs = ["henkilo/", "person/", "members."];

    [Fact]
    public void Before_the_appeal_period_ends_a_marked_name_is_on_the_decision_page_only_and_never_on_a_person_page_feed_or_member_data()
    {
        using var site = new TestSite(MemberTown.Files);
        Assert.True(site.BuildOn(MemberTown.LastDay).Succeeded);

        Assert.Contains(MemberTown.Decision, site.FilesContaining(MemberTown.HiddenVoter));
        Assert.DoesNotContain(site.FilesContaining(MemberTown.HiddenVoter), f => MemberOutputs.Any(m => f.Contains(m, StringComparison.Ordinal)));
        Assert.False(site.Exists("fi/henkilo/kalle-katketty/index.html"));
        Assert.DoesNotContain(site.FilesContaining("pertti-piilonen"), f => f.Contains("paatokset/", StringComparison.Ordinal) || f.Contains("beslut/", StringComparison.Ordinal));
    }

    [Fact]
    public void From_the_day_after_the_appeal_period_a_marked_vote_is_in_no_output_file()
    {
        using var site = new TestSite(MemberTown.Files);
        var result = site.BuildOn(MemberTown.LastDay.AddDays(1));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        Assert.Empty(site.FilesContaining(MemberTown.HiddenVoter));
        Assert.Empty(site.FilesContaining("Kätket"));
        Assert.Empty(site.FilesContaining("katketty"));
        var decision = Html.Parse(site.Read(MemberTown.Decision));
        Assert.Contains("[henkilötieto poistettu]", decision.QuerySelector("tr.votes-against")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(MemberTown.PersonalMember, decision.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("poistettu", StringComparison.Ordinal));
    }
}
