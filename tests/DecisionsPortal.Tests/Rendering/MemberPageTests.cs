using System.Xml.Linq;
using DecisionsPortal.Tests.Support;
using DecisionsPortal.Tests.Support.Quality;

namespace DecisionsPortal.Tests.Rendering;

/// <summary>
/// What a citizen or a journalist sees of the council's members: a vote on the decision page
/// grouped by council group with each member's name leading to the member's page, which shows
/// the roles, the votes, the dissents and the attendance, and offers a feed to follow.
/// </summary>
public sealed class MemberPageTests
{
    // The member town built as on 2025-04-01, once for the run (QualitySites fails if it does not build).
    private readonly BuiltSite site = QualitySites.Get("members");

    [Fact]
    public void The_vote_lists_each_sides_names_by_council_group_and_links_the_members()
    {
        var page = Html.Parse(site.Read(MemberTown.Decision));

        var against = page.QuerySelector("tr.votes-against")!;
        Assert.Equal(
            ["Sosialidemokraattinen valtuustoryhmä: Bertta Berg, Eeva Eskola", MemberTown.PersonalMember],
            against.QuerySelectorAll("p.vote-group").Select(p => p.TextContent));
        Assert.Equal("/fi/henkilo/bertta-berg/", against.QuerySelector("a")!.GetAttribute("href"));

        var byGroup = page.QuerySelector("table.votes-by-group")!;
        Assert.Equal("Äänestyksen tulos valtuustoryhmittäin", byGroup.QuerySelector("caption")!.TextContent);
        Assert.Equal(["Ryhmä", "Jaa", "Ei", "Tyhjää", "Poissa"], byGroup.QuerySelectorAll("thead th").Select(th => th.TextContent));
        Assert.Equal(
            ["Keskustan valtuustoryhmä 1 0 0 0", "Sosialidemokraattinen valtuustoryhmä 0 2 0 0", "Kokoomuksen valtuustoryhmä 1 0 0 0"],
            byGroup.QuerySelectorAll("tbody tr").Select(tr => string.Join(' ', tr.Children.Select(c => c.TextContent))));
    }

    [Fact]
    public void A_vote_marked_as_personal_data_is_shown_but_neither_linked_nor_counted_for_a_group_nor_listed_on_the_members_page()
    {
        var decision = Html.Parse(site.Read(MemberTown.Decision));
        Assert.DoesNotContain(decision.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/fi/henkilo/pertti-piilonen/");

        var pertti = Html.Parse(site.Read(MemberTown.Pertti));
        Assert.Equal("Ei nimettyjä ääniä julkaistuissa päätöksissä.", pertti.QuerySelector(".member-votes p")!.TextContent);
        Assert.Equal("0 päätöstä", pertti.QuerySelector("p.count")!.TextContent);
        Assert.Empty(pertti.QuerySelectorAll(".member-meetings li"));
        Assert.DoesNotContain("Uimahalli", site.Read("fi/henkilo/pertti-piilonen/atom.xml"), StringComparison.Ordinal);
        Assert.False(site.Exists("fi/henkilo/kalle-katketty/index.html"));
    }

    [Fact]
    public void The_members_page_shows_group_roles_votes_dissents_and_attendance()
    {
        var page = Html.Parse(site.Read(MemberTown.Bertta));

        Assert.Equal("Bertta Berg", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Valtuustoryhmä: Sosialidemokraattinen valtuustoryhmä", page.QuerySelector(".member-group")!.TextContent);
        Assert.Equal(["Kaupunginvaltuusto jäsen 1.8.2021–31.5.2025"], page.QuerySelectorAll(".member-roles tbody tr").Select(tr => string.Join(' ', tr.Children.Select(c => c.TextContent))));
        Assert.Equal(["Uimahallin peruskorjaus 24.3.2025 Ei"], page.QuerySelectorAll(".member-votes tbody tr").Select(tr => string.Join(' ', tr.Children.Select(c => c.TextContent))));
        Assert.Equal("Uimahallin peruskorjaus (24.3.2025)", page.QuerySelector(".member-dissents li")!.TextContent);
        Assert.Equal("Kaupunginvaltuusto: läsnä 1/1 kokouksessa, joiden pöytäkirjaan läsnäolijat on merkitty", page.QuerySelector(".member-attendance li")!.TextContent);
        Assert.Equal("/fi/kokoukset/kaupunginvaltuusto/2025-03-24/", page.QuerySelector(".member-meetings a")!.GetAttribute("href"));
    }

    [Fact]
    public void A_confidential_decision_is_on_no_members_page_feed_or_data_though_its_file_names_the_voters()
    {
        var aino = Html.Parse(site.Read(MemberTown.Aino));

        Assert.Equal(["Uimahallin peruskorjaus 24.3.2025 Jaa"], aino.QuerySelectorAll(".member-votes tbody tr").Select(tr => string.Join(' ', tr.Children.Select(c => c.TextContent))));
        Assert.DoesNotContain(site.FilesContaining("tontin-myynti"), f => f.Contains("henkilo", StringComparison.Ordinal) || f.Contains("person", StringComparison.Ordinal) || f.Contains("members", StringComparison.Ordinal));
    }

    [Fact]
    public void The_member_is_followed_by_an_atom_feed_linked_as_seuraa_and_foljs_in_swedish()
    {
        var page = Html.Parse(site.Read(MemberTown.Aino));
        var follow = page.QuerySelector(".member .follow a")!;
        Assert.Equal("Seuraa henkilön päätöksiä (Atom-syöte)", follow.TextContent);
        Assert.Equal("/fi/henkilo/aino-aaltonen/atom.xml", follow.GetAttribute("href"));
        Assert.Contains(page.QuerySelectorAll("link[rel=alternate][type='application/atom+xml']"), l => l.GetAttribute("href") == "/fi/henkilo/aino-aaltonen/atom.xml");

        var feed = XDocument.Parse(site.Read(MemberTown.AinoFeed));
        Assert.Empty(Atom.Problems(feed));
        Assert.Equal("Aino Aaltonen – Esimerkkilän päätökset", feed.Root!.Element(Atom.Ns + "title")!.Value);
        Assert.Equal(["Uimahallin peruskorjaus"], feed.Root.Elements(Atom.Ns + "entry").Select(e => e.Element(Atom.Ns + "title")!.Value));

        var swedish = Html.Parse(site.Read("sv/person/aino-aaltonen/index.html"));
        Assert.Equal("Följ personens beslut (Atom-flöde)", swedish.QuerySelector(".member .follow a")!.TextContent);
        Assert.Equal("Centerns fullmäktigegrupp", swedish.QuerySelector(".member-group")!.TextContent.Split(": ")[1]);
    }

    [Fact]
    public void Attendees_of_the_meeting_link_to_the_members_pages_and_a_personal_name_does_not()
    {
        var meeting = Html.Parse(site.Read(MemberTown.Meeting));
        var links = meeting.QuerySelectorAll(".attendance a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal(["/fi/henkilo/aino-aaltonen/", "/fi/henkilo/bertta-berg/", "/fi/henkilo/cecilia-carlsson/", "/fi/henkilo/eeva-eskola/"], links);
    }

    [Fact]
    public void The_members_open_data_is_valid_against_its_published_schema_and_linked_from_the_home_page()
    {
        var home = Html.Parse(site.Read("fi/index.html"));
        var hrefs = home.QuerySelectorAll(".open-data a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/fi/members.json", hrefs);
        Assert.Contains("/fi/members.csv", hrefs);
        Assert.Contains("/data/members.schema.json", hrefs);

        var json = site.Read("fi/members.json");
        Assert.Empty(OpenData.SchemaErrors(site.Read("data/members.schema.json"), json));
        Assert.DoesNotContain(MemberTown.HiddenVoter, json, StringComparison.Ordinal);

        var (headers, rows) = OpenData.ReadCsv(File.ReadAllBytes(Path.Combine(site.Output, "sv/members.csv")));
        Assert.Equal(DecisionsPortal.Rendering.Members.MembersDataProducer.Columns, headers);
        var bertta = rows.Single(r => r["id"] == "bertta-berg");
        Assert.Equal(("Socialdemokratiska fullmäktigegruppen", "1", "1", "1"), (bertta["group_label"], bertta["votes_against"], bertta["dissents"], bertta["meetings_attended"]));
        Assert.Equal("0", rows.Single(r => r["id"] == "pertti-piilonen")["votes_against"]);
    }

    [Theory]
    [InlineData(MemberTown.Bertta, "Pages/030-member-fi.html")]
    [InlineData(MemberTown.Decision, "Pages/031-member-vote-decision-fi.html")]
    [InlineData(MemberTown.DecisionSv, "Pages/032-member-vote-decision-sv.html")]
    [InlineData(MemberTown.Meeting, "Pages/033-meeting-attendance-fi.html")]
    public void The_members_page_kinds_match_their_golden_files(string page, string golden) =>
        Golden.Match(golden, site.Read(page));
}
