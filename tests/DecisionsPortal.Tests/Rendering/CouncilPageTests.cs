using DecisionsPortal.Tests.Support;
using DecisionsPortal.Tests.Support.Quality;

namespace DecisionsPortal.Tests.Rendering;

public sealed class CouncilPageTests
{
    // The council town built as on its last day, once for the run (QualitySites fails if it does not build).
    private readonly BuiltSite site = QualitySites.Get("council");

    [Fact]
    public void A_case_page_lists_every_handling_of_its_diary_number_oldest_first()
    {
        var page = Html.Parse(site.Read(CouncilTown.CasePath));

        Assert.Equal("Diaarinumero EXE/12/10.03/2025", page.QuerySelector("h1")!.TextContent);
        var handlings = page.QuerySelectorAll(".handlings li > a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal(
            [("Koulun katon korjauksen valmistelu", "/fi/paatokset/2025/lautakunta-katto/"), ("Koulun katon korjaus", "/fi/paatokset/2025/hallitus-katto/")],
            handlings);
        Assert.Equal("/sv/arenden/exe-12-10-03-2025/", page.QuerySelector(".languages a[hreflang=sv]")!.GetAttribute("href"));
    }

    [Fact]
    public void Each_decision_of_a_case_links_its_case_and_an_older_one_says_a_newer_handling_exists()
    {
        var committee = Html.Parse(site.Read(CouncilTown.CommitteePage));
        var board = Html.Parse(site.Read(CouncilTown.BoardPage));

        Assert.Equal("/fi/asiat/exe-12-10-03-2025/", committee.QuerySelector(".facts a[href*='/asiat/']")!.GetAttribute("href"));
        Assert.Equal("/fi/asiat/exe-12-10-03-2025/", board.QuerySelector(".facts a[href*='/asiat/']")!.GetAttribute("href"));
        Assert.Equal("/fi/paatokset/2025/hallitus-katto/", committee.QuerySelector(".newer-handling a")!.GetAttribute("href"));
        Assert.Null(board.QuerySelector(".newer-handling"));
    }

    [Fact]
    public void A_meeting_page_lists_its_agenda_in_section_order_with_attendance_and_place()
    {
        var page = Html.Parse(site.Read(CouncilTown.BoardMeeting));

        Assert.Equal("Kaupunginhallitus 3/2025 – 3.3.2025", page.QuerySelector("h1")!.TextContent);
        var agenda = page.QuerySelectorAll(".agenda-list li").Select(li => li.TextContent).ToList();
        Assert.Equal(["11 § Kiinteistökauppa", "12 § Koulun katon korjaus (Hyväksyttiin muutettuna)"], agenda);
        Assert.Equal(["Liisa Puheenjohtaja, puheenjohtaja", "Anna Aho", "Eero Esa"], page.QuerySelectorAll(".attendance li").Select(li => li.TextContent));
        var facts = page.QuerySelectorAll(".facts dt").ToDictionary(dt => dt.TextContent, dt => dt.NextElementSibling!.TextContent);
        Assert.Equal("Kaupungintalo, hallituksen kokoushuone", facts["Paikka"]);
        Assert.Equal("16.00–18.00", facts["Aika"]);
        Assert.Equal("7.3.2025", facts["Pöytäkirja julkaistu"]);
    }

    [Fact]
    public void A_decision_page_links_its_meeting_and_shows_its_status()
    {
        var page = Html.Parse(site.Read(CouncilTown.BoardPage));
        var facts = page.QuerySelectorAll(".facts dt").ToDictionary(dt => dt.TextContent, dt => dt.NextElementSibling!);

        // Named as the meeting's own page is: the organ alone would repeat the organ's row.
        var meeting = Html.Parse(site.Read("fi/kokoukset/kaupunginhallitus/2025-03-03/index.html"));
        Assert.Equal("Kaupunginhallitus 3/2025 – 3.3.2025", facts["Kokous"].TextContent);
        Assert.Equal(meeting.QuerySelector("h1")!.TextContent, facts["Kokous"].TextContent);
        Assert.Equal("/fi/kokoukset/kaupunginhallitus/2025-03-03/", facts["Kokous"].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Hyväksyttiin muutettuna", facts["Käsittely"].TextContent);
    }

    [Fact]
    public void A_cancelled_meeting_is_shown_as_cancelled_on_its_page_and_in_the_calendar()
    {
        var page = Html.Parse(site.Read(CouncilTown.CancelledMeeting));
        var calendar = Html.Parse(site.Read("fi/kokoukset/kaupunginhallitus/index.html"));

        Assert.Equal("Kokous peruttiin.", page.QuerySelector(".cancelled-notice")!.TextContent);
        var entries = calendar.QuerySelectorAll(".meeting-list li").Select(li => (li.TextContent, li.ClassList.Contains("cancelled"))).ToList();
        Assert.Equal([("Kaupunginhallitus 4/2025 – 17.3.2025 Kokous peruttiin.", true), ("Kaupunginhallitus 3/2025 – 3.3.2025", false)], entries);
        Assert.Equal("/fi/kokoukset/kaupunginhallitus/calendar.ics", calendar.QuerySelector("a[type='text/calendar']")!.GetAttribute("href"));
    }

    [Fact]
    public void The_meetings_index_links_each_organs_calendar()
    {
        var page = Html.Parse(site.Read("fi/kokoukset/index.html"));

        var links = page.QuerySelectorAll(".index-list a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("Kaupunginhallitus", "/fi/kokoukset/kaupunginhallitus/"), ("Tekninen lautakunta", "/fi/kokoukset/tekninen-lautakunta/")], links);
    }

    [Fact]
    public void Votes_are_a_table_with_a_caption_and_a_row_per_side()
    {
        var table = Html.Parse(site.Read(CouncilTown.BoardPage)).QuerySelector(".votes table")!;

        Assert.Equal("Äänestyksen tulos", table.QuerySelector("caption")!.TextContent);
        Assert.Equal(["Kanta", "Ääniä", "Nimet"], table.QuerySelectorAll("thead th").Select(th => th.TextContent));
        var rows = table.QuerySelectorAll("tbody tr").Select(tr => string.Join("|", tr.Children.Select(c => c.TextContent))).ToList();
        Assert.Equal(["Jaa|7|", "Ei|2|Anna Aho, Eero Esa", "Tyhjää|1|", "Poissa|1|"], rows);
        Assert.All(table.QuerySelectorAll("tbody th"), th => Assert.Equal("row", th.GetAttribute("scope")));
        Assert.Equal("Eero Esa: Katto pitäisi uusia kokonaan.", Html.Parse(site.Read(CouncilTown.BoardPage)).QuerySelector(".dissent li")!.TextContent);
    }

    [Fact]
    public void A_decision_page_states_when_the_minutes_went_public_when_notice_counts_as_received_and_the_last_day()
    {
        var appeal = Html.Parse(site.Read(CouncilTown.BoardPage)).QuerySelector(".appeal")!;

        Assert.Equal("Muutoksenhaku: Oikaisuvaatimusohje", appeal.QuerySelector("h2")!.TextContent);
        var dates = appeal.QuerySelectorAll(".appeal-dates time").Select(t => t.GetAttribute("datetime")).ToList();
        Assert.Equal(["2025-03-07", "2025-03-14", "2025-03-28"], dates);
        Assert.Equal("28.3.2025", appeal.QuerySelector(".appeal-last-day")!.TextContent);
        Assert.Contains("14 päivän kuluessa", appeal.TextContent);
    }

    [Fact]
    public void A_preparatory_decision_says_it_cannot_be_appealed_and_shows_no_dates()
    {
        var appeal = Html.Parse(site.Read(CouncilTown.CommitteePage)).QuerySelector(".appeal")!;

        Assert.Contains("appeal-none", appeal.ClassName);
        Assert.Contains("valmistelua", appeal.TextContent);
        Assert.Null(appeal.QuerySelector(".appeal-dates"));
    }

    [Fact]
    public void The_swedish_decision_carries_the_swedish_appeal_instructions_and_links_the_swedish_case()
    {
        var page = Html.Parse(site.Read("sv/beslut/2025/hallitus-katto/index.html"));

        Assert.Equal("Ändringssökande: Anvisning för begäran om omprövning", page.QuerySelector(".appeal h2")!.TextContent);
        Assert.Equal("28.3.2025", page.QuerySelector(".appeal-last-day")!.TextContent);
        Assert.Equal("/sv/arenden/exe-12-10-03-2025/", page.QuerySelector(".facts a[href*='/arenden/']")!.GetAttribute("href"));
        Assert.True(site.Exists("sv/moten/kaupunginhallitus/2025-03-03/index.html"));
    }
}
