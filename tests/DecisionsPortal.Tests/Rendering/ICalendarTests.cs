using System.Text;
using DecisionsPortal.Tests.Support;
using Ical.Net;

namespace DecisionsPortal.Tests.Rendering;

public sealed class ICalendarTests
{
    [Fact]
    public void An_organs_meetings_feed_is_valid_icalendar_that_a_real_parser_reads_back()
    {
        using var site = new TestSite(CouncilTown.Files);
        site.BuildOn(CouncilTown.LastDay);

        var calendar = Calendar.Load(site.Read(CouncilTown.BoardFeed))!;

        var events = calendar.Events.OrderBy(e => e.DtStart!.Value).ToList();
        Assert.Equal(2, events.Count);
        var held = events[0];
        Assert.Equal("Kaupunginhallitus 3/2025 – 3.3.2025", held.Summary);
        Assert.Equal("Kaupungintalo, hallituksen kokoushuone", held.Location);
        Assert.Equal(new DateTime(2025, 3, 3, 16, 0, 0), held.DtStart!.Value);
        Assert.Equal("Europe/Helsinki", held.DtStart.TzId);
        Assert.Equal(new DateTime(2025, 3, 3, 18, 0, 0), held.DtEnd!.Value);
        Assert.Equal("https://paatokset.esimerkkila.example/fi/kokoukset/kaupunginhallitus/2025-03-03/", held.Url!.AbsoluteUri);
        Assert.Equal("CONFIRMED", held.Status);
        var cancelled = events[1];
        Assert.Equal("CANCELLED", cancelled.Status);
        Assert.False(cancelled.DtStart!.HasTime);
        Assert.Single(calendar.TimeZones, z => z.TzId == "Europe/Helsinki");
    }

    [Fact]
    public void The_feed_uses_crlf_lines_of_at_most_75_octets_and_is_the_same_on_every_build()
    {
        using var site = new TestSite(CouncilTown.Files);
        site.BuildOn(CouncilTown.LastDay);
        var first = File.ReadAllBytes(Path.Combine(site.Output, CouncilTown.BoardFeed));
        site.BuildOn(CouncilTown.LastDay);
        var second = File.ReadAllBytes(Path.Combine(site.Output, CouncilTown.BoardFeed));

        var text = Encoding.UTF8.GetString(first);
        Assert.EndsWith("END:VCALENDAR\r\n", text);
        Assert.DoesNotContain("\n", text.Replace("\r\n", ""));
        Assert.All(text.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Long_text_is_folded_without_splitting_a_letter_and_special_characters_are_escaped()
    {
        var events = new[]
        {
            new DecisionsPortal.Rendering.Law.ICalendarWriter.Event("x@example", new DateOnly(2025, 6, 19), null, null,
                string.Concat(Enumerable.Repeat("Päätöksentekoa; ja, ", 10)), "Sali\\A", "https://example.fi/", false, null),
        };

        var text = Encoding.UTF8.GetString(DecisionsPortal.Rendering.Law.ICalendarWriter.Write("Testi", "fi", events));
        var parsed = Calendar.Load(text)!.Events.Single();

        Assert.Equal(string.Concat(Enumerable.Repeat("Päätöksentekoa; ja, ", 10)), parsed.Summary);
        Assert.Equal("Sali\\A", parsed.Location);
        Assert.All(text.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
    }
}
