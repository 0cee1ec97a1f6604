using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Rendering.Agendas;

/// <summary>
/// A feed reader sees an agenda item change when it is decided: its entry's and its feeds'
/// <c>updated</c> move from the build that showed it on the agenda (never the meeting still to
/// come) to the meeting (Finnish time, from the meeting file) and then to the day the minutes
/// went public, from the content alone.
/// </summary>
public sealed class DecidedItemFeedTests : IDisposable
{
    private const string Title = "Uimahallin aukioloaikojen pidentäminen";
    private readonly TestSite site = new(AgendaTown.Files);

    public void Dispose() => site.Dispose();

    private (string Entry, string Feed) Updated(string feed, DateOnly buildDate)
    {
        var result = site.BuildOn(buildDate);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var root = Atom.Parse(site.Read(feed)).Root!;
        Assert.Empty(Atom.Problems(root.Document!));
        var entry = root.Elements(Atom.Ns + "entry").Single(e => e.Element(Atom.Ns + "title")!.Value == Title);
        return (entry.Element(Atom.Ns + "updated")!.Value, root.Element(Atom.Ns + "updated")!.Value);
    }

    private void Decide() => site.Write("content/fi/2025/uimahalli.md", AgendaTown.AgendaItemFile
        .Replace("status: agenda", "status: as_proposed\ndecision: Ehdotus hyväksyttiin yksimielisesti."));

    [Theory]
    [InlineData(AgendaTown.Meeting + "atom.xml")]
    [InlineData(AgendaTown.Case + "atom.xml")]
    [InlineData("fi/paatokset/atom.xml")]
    public void Deciding_an_agenda_item_moves_its_entrys_and_its_feeds_updated(string feed)
    {
        // Not yet decided: as of the build that shows it, never the meeting still to come.
        Assert.Equal(("2025-03-28T00:00:00Z", "2025-03-28T00:00:00Z"), Updated(feed, AgendaTown.Today));

        Decide();
        // Decided at the meeting, which began at 16:00 in Finland (summer time since 30 March).
        Assert.Equal(("2025-04-07T16:00:00+03:00", "2025-04-07T16:00:00+03:00"), Updated(feed, new DateOnly(2025, 4, 8)));

        site.Write("content/fi/meetings/kaupunginhallitus/2025-04-07.md", "---\nnumber: 6/2025\nplace: Kaupungintalo\ntime: 16:00\nminutes_public: 2025-04-10\n---\n");
        Assert.Equal(("2025-04-10T00:00:00Z", "2025-04-10T00:00:00Z"), Updated(feed, new DateOnly(2025, 4, 10)));
    }

    [Fact]
    public void The_items_meetings_and_cases_pages_in_the_sitemap_change_with_it()
    {
        System.Xml.Linq.XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        string[] pages = [AgendaTown.AgendaItem, AgendaTown.Meeting, AgendaTown.Case];
        IEnumerable<string> Lastmods() => pages.Select(path => System.Xml.Linq.XDocument.Parse(site.Read("sitemap.xml")).Root!.Elements(sm + "url")
            .Single(u => u.Element(sm + "loc")!.Value.EndsWith("/" + path, StringComparison.Ordinal)).Element(sm + "lastmod")!.Value);

        Assert.True(site.BuildOn(AgendaTown.Today).Succeeded);
        Assert.Equal(["2025-03-28", "2025-03-28", "2025-03-28"], Lastmods());

        Decide();
        Assert.True(site.BuildOn(new DateOnly(2025, 4, 8)).Succeeded);
        Assert.Equal(["2025-04-07T16:00:00+03:00", "2025-04-07T16:00:00+03:00", "2025-04-07T16:00:00+03:00"], Lastmods());
    }

    [Fact]
    public void The_times_come_from_the_content_not_from_the_day_of_the_build()
    {
        Decide();
        var first = Updated(AgendaTown.Meeting + "atom.xml", new DateOnly(2025, 4, 8));
        var feed = site.Read(AgendaTown.Meeting + "atom.xml");

        Assert.Equal(first, Updated(AgendaTown.Meeting + "atom.xml", new DateOnly(2025, 6, 30)));
        Assert.Equal(feed, site.Read(AgendaTown.Meeting + "atom.xml"));
    }

    [Fact]
    public void A_decision_of_a_winter_meeting_without_a_time_is_dated_by_the_end_of_its_meeting_day_in_finnish_time()
    {
        site.Write("content/fi/meetings/kaupunginhallitus/2025-03-17.md", "---\nnumber: 5/2025\n---\n");
        var result = site.BuildOn(AgendaTown.Today);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var entry = Atom.Parse(site.Read("fi/aihe/schools/atom.xml")).Root!.Element(Atom.Ns + "entry")!;
        // Corrected on 24 March: later than the meeting, so that day.
        Assert.Equal("2025-03-24T00:00:00Z", entry.Element(Atom.Ns + "updated")!.Value);
        var swedish = Atom.Parse(site.Read("sv/amne/schools/atom.xml")).Root!.Element(Atom.Ns + "entry")!;
        Assert.Equal("2025-03-17T23:59:59+02:00", swedish.Element(Atom.Ns + "updated")!.Value);
        Assert.Equal("2025-03-17T00:00:00Z", swedish.Element(Atom.Ns + "published")!.Value);
    }

    [Fact]
    public void An_item_on_a_coming_meetings_agenda_is_dated_as_of_the_build_so_no_reader_sees_a_date_in_the_future_or_it_above_decisions()
    {
        Assert.True(site.BuildOn(AgendaTown.Today).Succeeded);
        var feed = Atom.Parse(site.Read("fi/paatokset/atom.xml")).Root!;
        var entries = feed.Elements(Atom.Ns + "entry").ToList();
        var item = entries.Single(e => e.Element(Atom.Ns + "title")!.Value == Title);

        Assert.Equal("2025-03-28T00:00:00Z", item.Element(Atom.Ns + "published")!.Value);
        Assert.All(entries, e => Assert.True(
            string.CompareOrdinal(e.Element(Atom.Ns + "published")!.Value, "2025-03-29") < 0 && string.CompareOrdinal(e.Element(Atom.Ns + "updated")!.Value, "2025-03-29") < 0,
            e.Element(Atom.Ns + "title")!.Value));
        Assert.All(System.Xml.Linq.XDocument.Parse(site.Read("sitemap.xml")).Root!.Descendants().Where(e => e.Name.LocalName == "lastmod"),
            lastmod => Assert.True(string.CompareOrdinal(lastmod.Value, "2025-03-29") < 0, lastmod.Value));
    }

    [Fact]
    public void An_item_still_on_the_agenda_after_its_meeting_day_is_dated_by_that_day()
    {
        Assert.True(site.BuildOn(new DateOnly(2025, 4, 9)).Succeeded);

        var item = Atom.Parse(site.Read("fi/paatokset/atom.xml")).Root!.Elements(Atom.Ns + "entry").Single(e => e.Element(Atom.Ns + "title")!.Value == Title);
        Assert.Equal("2025-04-07T00:00:00Z", item.Element(Atom.Ns + "updated")!.Value);
        Assert.Equal("2025-04-07T00:00:00Z", item.Element(Atom.Ns + "published")!.Value);
    }
}
