using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Rendering;

/// <summary>Meetings are found from every page: the menu, the home page and each organ's page.</summary>
public sealed class MeetingsInSightTests : IDisposable
{
    private readonly TestSite site = new(CouncilTown.Files);

    public void Dispose() => site.Dispose();

    private void BuildOn(DateOnly day)
    {
        var result = site.BuildOn(day);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void The_menu_of_every_page_has_the_meetings_in_each_language()
    {
        BuildOn(CouncilTown.LastDay);

        foreach (var (path, label, url) in new[]
        {
            ("fi/index.html", "Kokoukset", "/fi/kokoukset/"), (CouncilTown.BoardPage, "Kokoukset", "/fi/kokoukset/"),
            ("sv/index.html", "Sammanträden", "/sv/moten/"),
        })
        {
            var link = Html.Parse(site.Read(path)).QuerySelectorAll(".main-nav a").Last();
            Assert.Equal((label, url), (link.TextContent, link.GetAttribute("href")));
        }
    }

    [Fact]
    public void A_site_without_meetings_has_no_meetings_in_its_menu()
    {
        using var plain = new TestSite($"-- content/fi/2025/katto.md --\n{Decisions.Finnish()}");
        Assert.True(plain.Build().Succeeded);

        Assert.DoesNotContain("Kokoukset", Html.Parse(plain.Read("fi/index.html")).QuerySelector(".main-nav")!.TextContent);
        Assert.Null(Html.Parse(plain.Read("fi/index.html")).QuerySelector(".home-meetings"));
    }

    [Fact]
    public void The_home_page_shows_the_next_meetings_from_the_build_day_and_the_latest_minutes()
    {
        BuildOn(new DateOnly(2025, 3, 1));

        var home = Html.Parse(site.Read("fi/index.html")).QuerySelector(".home-meetings")!;
        var lists = home.QuerySelectorAll(".meeting-list");
        Assert.Equal(
            [("Kaupunginhallitus 3/2025 – 3.3.2025", "/fi/kokoukset/kaupunginhallitus/2025-03-03/"), ("Kaupunginhallitus 4/2025 – 17.3.2025 Kokous peruttiin.", "/fi/kokoukset/kaupunginhallitus/2025-03-17/")],
            lists[0].QuerySelectorAll("li").Select(li => (li.TextContent, li.QuerySelector("a")!.GetAttribute("href"))));
        Assert.Equal(["Tekninen lautakunta 1/2025 – 10.2.2025"], lists[1].QuerySelectorAll("li").Select(li => li.TextContent));
        Assert.Equal("/fi/kokoukset/", home.QuerySelector("p > a")!.GetAttribute("href"));
    }

    [Fact]
    public void After_the_last_meeting_the_home_page_says_none_is_announced_and_lists_the_minutes_newest_first()
    {
        BuildOn(CouncilTown.LastDay);

        var home = Html.Parse(site.Read("fi/index.html")).QuerySelector(".home-meetings")!;
        Assert.Contains("Tulevia kokouksia ei ole ilmoitettu.", home.TextContent);
        Assert.Equal(["Kaupunginhallitus 3/2025 – 3.3.2025", "Tekninen lautakunta 1/2025 – 10.2.2025"], home.QuerySelectorAll(".meeting-list li").Select(li => li.TextContent));
    }

    [Fact]
    public void An_organ_page_links_its_meetings_calendar_and_its_icalendar_feed()
    {
        BuildOn(CouncilTown.LastDay);

        var organ = Html.Parse(site.Read("fi/toimielin/kaupunginhallitus/index.html"));
        var links = organ.QuerySelectorAll(".body-meetings a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("Toimielimen kokoukset (2)", "/fi/kokoukset/kaupunginhallitus/"), ("Kalenteri (iCalendar)", "/fi/kokoukset/kaupunginhallitus/calendar.ics")], links);
        var swedish = Html.Parse(site.Read("sv/organ/kaupunginhallitus/index.html"));
        Assert.Equal("/sv/moten/kaupunginhallitus/", swedish.QuerySelector(".body-meetings a")!.GetAttribute("href"));
    }
}
