using System.Text.Json;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Rendering.Agendas;

/// <summary>
/// An agenda published before the meeting: each item shows as not yet decided wherever it is
/// listed, and becomes its decision at the same address when the minutes arrive.
/// </summary>
public sealed class AgendaTests : IDisposable
{
    private readonly TestSite site = new(AgendaTown.Files);

    public void Dispose() => site.Dispose();

    private void Build()
    {
        var result = site.BuildOn(AgendaTown.Today);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code.StartsWith("DP027", StringComparison.Ordinal));
    }

    [Fact]
    public void An_agenda_items_page_says_it_is_not_decided_shows_the_proposal_and_no_decision_or_appeal()
    {
        Build();

        var page = Html.Parse(site.Read(AgendaTown.AgendaItem + "index.html"));
        Assert.StartsWith("Ei vielä päätetty. Asia on kokouksen esityslistalla", page.QuerySelector(".agenda-notice")!.TextContent);
        Assert.Equal("Esityslistalla – ei vielä päätetty", page.QuerySelector(".status")!.TextContent);
        Assert.Contains("uimahalli on avoinna arkisin kello 6–21", page.QuerySelector(".proposal")!.TextContent);
        Assert.Null(page.QuerySelector(".outcome"));
        Assert.Null(page.QuerySelector(".appeal"));
        using (var jsonLd = System.Text.Json.JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent))
        {
            Assert.False(jsonLd.RootElement.TryGetProperty("legislationPassedBy", out _));
            Assert.Equal("https://schema.org/NotInForce", jsonLd.RootElement.GetProperty("legislationLegalForce").GetString());
        }

        var swedish = Html.Parse(site.Read(AgendaTown.AgendaItemSwedish + "index.html"));
        Assert.StartsWith("Ännu inte beslutat. Ärendet står på sammanträdets föredragningslista", swedish.QuerySelector(".agenda-notice")!.TextContent);
        Assert.Equal("På föredragningslistan – ännu inte beslutat", swedish.QuerySelector(".status")!.TextContent);
    }

    [Fact]
    public void The_home_page_listings_meeting_case_feeds_and_search_mark_the_items_as_not_decided()
    {
        Build();

        var home = Html.Parse(site.Read("fi/index.html"));
        var latest = home.QuerySelectorAll(".decision-list li").First(li => li.TextContent.Contains("Uimahallin aukioloaikojen pidentäminen"));
        Assert.Equal("Ei vielä päätetty", latest.QuerySelector(".status")!.TextContent);
        Assert.Equal("Hyväksyttiin muutettuna", home.QuerySelectorAll(".decision-list li").First(li => li.TextContent.Contains("Koulukuljetusten")).QuerySelector(".status")!.TextContent);
        var next = home.QuerySelector(".home-meetings .meeting-list li")!;
        Assert.Equal("Kaupunginhallitus 6/2025 – 7.4.2025 · Esityslista", next.TextContent);

        var meeting = Html.Parse(site.Read(AgendaTown.Meeting + "index.html"));
        Assert.Equal("Esityslista", meeting.QuerySelector("#agenda-heading")!.TextContent);
        Assert.Equal(
            ["30 § Uimahallin aukioloaikojen pidentäminen (Esityslistalla – ei vielä päätetty)", "31 § Torin kunnostus (Esityslistalla – ei vielä päätetty)"],
            meeting.QuerySelectorAll(".agenda-list li").Select(li => li.TextContent));
        Assert.Equal("Föredragningslista", Html.Parse(site.Read(AgendaTown.MeetingSwedish + "index.html")).QuerySelector("#agenda-heading")!.TextContent);

        var handlings = Html.Parse(site.Read(AgendaTown.Case + "index.html")).QuerySelectorAll(".handlings li");
        Assert.Equal("Esityslistalla – ei vielä päätetty", Assert.Single(handlings, li => li.TextContent.Contains("30 §")).QuerySelector(".not-decided")!.TextContent);

        var feed = FeedEntry.Of(site.Read(AgendaTown.Meeting + "atom.xml"));
        Assert.Equal(2, feed.Count);
        // The entry is dated by the build, so its summary names the meeting's day.
        Assert.All(feed, e => Assert.StartsWith("Käsitellään kokouksessa 7.4.2025. Ei vielä päätetty: ", e.Summary));
        Assert.StartsWith("Käsitellään kokouksessa 7.4.2025. Ei vielä päätetty: ", FeedEntry.Of(site.Read("fi/paatokset/atom.xml")).First(e => e.Title == "Torin kunnostus").Summary);
        Assert.StartsWith("Behandlas på sammanträdet 7.4.2025. Ännu inte beslutat: ", FeedEntry.Of(site.Read(AgendaTown.MeetingSwedish + "atom.xml")).First().Summary);

        Assert.Contains(site.FilesContaining("Ei vielä päätetty"), f => f.StartsWith("search/fi/", StringComparison.Ordinal));
        Assert.Contains(site.FilesContaining("Ännu inte beslutat"), f => f.StartsWith("search/sv/", StringComparison.Ordinal));

        using var data = JsonDocument.Parse(site.Read("fi/decisions.json"));
        Assert.Equal("agenda", data.RootElement.GetProperty("decisions").EnumerateArray().Single(d => d.GetProperty("title").GetString() == "Torin kunnostus").GetProperty("status").GetString());
    }

    [Fact]
    public void When_the_minutes_are_published_the_item_becomes_the_decision_at_the_same_address()
    {
        Build();
        var before = FeedEntry.Of(site.Read(AgendaTown.Meeting + "atom.xml")).Single(e => e.Title.StartsWith("Uimahallin", StringComparison.Ordinal));

        site.Write("content/fi/2025/uimahalli.md", AgendaTown.AgendaItemFile
            .Replace("status: agenda", "status: as_proposed\ndecision: Ehdotus hyväksyttiin yksimielisesti."));
        Build();

        var page = Html.Parse(site.Read(AgendaTown.AgendaItem + "index.html"));
        Assert.Null(page.QuerySelector(".agenda-notice"));
        Assert.Equal("Hyväksyttiin ehdotuksen mukaan", page.QuerySelector(".status")!.TextContent);
        Assert.Contains("Ehdotus hyväksyttiin yksimielisesti.", page.QuerySelector(".outcome")!.TextContent);
        Assert.NotNull(page.QuerySelector(".appeal"));
        var after = FeedEntry.Of(site.Read(AgendaTown.Meeting + "atom.xml")).Single(e => e.Title.StartsWith("Uimahallin", StringComparison.Ordinal));
        Assert.Equal((before.Id, before.Link), (after.Id, after.Link));
        Assert.DoesNotContain("Ei vielä päätetty", after.Summary);
        Assert.Equal("30 § Uimahallin aukioloaikojen pidentäminen (Hyväksyttiin ehdotuksen mukaan)",
            Html.Parse(site.Read(AgendaTown.Meeting + "index.html")).QuerySelector(".agenda-list li")!.TextContent);
    }
}
