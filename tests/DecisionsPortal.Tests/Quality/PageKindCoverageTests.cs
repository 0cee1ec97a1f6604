using DecisionsPortal.Tests.Support;
using DecisionsPortal.Tests.Support.Quality;

namespace DecisionsPortal.Tests.Quality;

/// <summary>
/// The quality gates (the Nu checker over every page of every quality site; axe, light and dark,
/// over the pages the accessibility tests name) see each kind of page issue 17 added only while the
/// quality sites hold one: these tests fail when a fixture loses it, instead of the gates quietly
/// checking less.
/// </summary>
public sealed class PageKindCoverageTests
{
    private static AngleSharp.Dom.IDocument Page(string site, string path)
    {
        var file = Path.Combine(QualitySites.Get(site).Output, path, "index.html");
        Assert.True(File.Exists(file), $"the {site} site has no {path}");
        return Html.Parse(File.ReadAllText(file));
    }

    [Fact]
    public void The_members_site_holds_a_person_page_with_votes_dissents_and_attendance_and_a_decision_with_a_vote_by_group()
    {
        var person = Page("members", "fi/henkilo/bertta-berg/");
        Assert.NotEmpty(person.QuerySelectorAll(".member-votes tbody tr"));
        Assert.NotNull(person.QuerySelector("#member-dissents-heading"));
        Assert.NotNull(person.QuerySelector("#member-attendance-heading"));

        Assert.NotEmpty(Page("members", "fi/paatokset/2025/uimahalli/").QuerySelectorAll("p.vote-group a"));
        Assert.NotEmpty(Page("members", "sv/person/aino-aaltonen/").QuerySelectorAll(".member-votes tbody tr"));
    }

    [Fact]
    public void The_agendas_site_holds_a_meetings_agenda_an_agenda_item_a_case_and_an_amended_decision_with_its_differences()
    {
        Assert.Equal(2, Page("agendas", AgendaTown.Meeting).QuerySelectorAll(".agenda-list .not-decided").Length);
        Assert.NotNull(Page("agendas", AgendaTown.AgendaItem).QuerySelector(".agenda-notice"));
        Assert.NotEmpty(Page("agendas", AgendaTown.Case).QuerySelectorAll(".handlings li"));

        var amended = Page("agendas", AgendaTown.Amended);
        Assert.NotNull(amended.QuerySelector("section.changes del"));
        Assert.NotNull(amended.QuerySelector("section.changes ins"));
        Assert.Equal(2, amended.QuerySelectorAll("section.changes").Length);
    }
}
