using DecisionsPortal.Tests.Support;
using DecisionsPortal.Tests.Support.Quality;

namespace DecisionsPortal.Tests.Rendering.Agendas;

/// <summary>Following one matter: an Atom feed per case and per meeting, offered on its page.</summary>
public sealed class FollowFeedTests
{
    // The agenda town built as on its today, once for the run (QualitySites fails if it does not build).
    private readonly BuiltSite site = QualitySites.Get("agendas");

    [Fact]
    public void A_cases_feed_holds_every_handling_of_its_diary_number_newest_first()
    {
        var entries = FeedEntry.Of(site.Read(AgendaTown.Case + "atom.xml"));

        Assert.Equal(["Uimahallin aukioloaikojen pidentäminen", "Uimahallin aukioloaikojen valmistelu"], entries.Select(e => e.Title));
        Assert.Equal("https://paatokset.esimerkkila.example/" + AgendaTown.AgendaItem, entries[0].Link);
        Assert.Contains("<title>Asia EXE/20/2025 – Esimerkkilän päätökset</title>", site.Read(AgendaTown.Case + "atom.xml"));
    }

    [Fact]
    public void A_meetings_feed_holds_its_agenda_in_section_order()
    {
        Assert.Equal(["Uimahallin aukioloaikojen pidentäminen", "Torin kunnostus"], FeedEntry.Of(site.Read(AgendaTown.Meeting + "atom.xml")).Select(e => e.Title));
        Assert.Equal(["Längre öppettider för simhallen", "Iståndsättning av torget"], FeedEntry.Of(site.Read(AgendaTown.MeetingSwedish + "atom.xml")).Select(e => e.Title));
    }

    [Theory]
    [InlineData(AgendaTown.Case, "Seuraa asiaa (Atom-syöte)")]
    [InlineData(AgendaTown.Meeting, "Seuraa kokouksen esityslistaa ja päätöksiä (Atom-syöte)")]
    [InlineData(AgendaTown.MeetingSwedish, "Följ sammanträdets föredragningslista och beslut (Atom-flöde)")]
    public void The_page_links_its_feed_to_follow_and_names_it_for_feed_readers(string path, string label)
    {
        var page = Html.Parse(site.Read(path + "index.html"));

        var link = page.QuerySelector(".follow a")!;
        Assert.Equal((label, "/" + path + "atom.xml"), (link.TextContent, link.GetAttribute("href")));
        Assert.Contains(page.QuerySelectorAll("link[rel=alternate][type='application/atom+xml']"), l => l.GetAttribute("href") == "/" + path + "atom.xml");
    }
}
