namespace DecisionsPortal.Rendering.Law;

/// <summary>
/// An organ's meetings as an iCalendar file (RFC 5545), written by hand so that the bytes are
/// the same on every machine: CRLF line ends (3.1), lines folded at 75 octets without splitting
/// a UTF-8 sequence (3.1), text escaped (3.3.11), and DTSTAMP taken from the meeting itself
/// instead of the clock. Times are local to Finland, so the Europe/Helsinki zone is included (3.6.5).
/// </summary>
public static class ICalendarWriter
{
    public sealed record Event(string Uid, DateOnly Date, TimeOnly? Start, TimeOnly? End, string Summary, string? Location, string Url, bool Cancelled, string? Description);

    // EU summer time since 1996: from the last Sunday of March 03:00 to the last Sunday of October 04:00 local time.
    private static readonly string[] Helsinki =
    [
        "BEGIN:VTIMEZONE",
        "TZID:Europe/Helsinki",
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0300",
        "TZNAME:EEST",
        "DTSTART:19960331T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0300",
        "TZOFFSETTO:+0200",
        "TZNAME:EET",
        "DTSTART:19961027T040000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
    ];

    public static byte[] Write(string calendarName, string language, IEnumerable<Event> events)
    {
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//DecisionsPortal//Meetings//" + language.ToUpperInvariant(),
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:" + Escape(calendarName),
            "X-WR-TIMEZONE:Europe/Helsinki",
        };
        lines.AddRange(Helsinki);
        foreach (var e in events)
        {
            lines.Add("BEGIN:VEVENT");
            lines.Add("UID:" + e.Uid);
            lines.Add("DTSTAMP:" + e.Date.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "T000000Z");
            if (e.Start is { } start)
            {
                lines.Add("DTSTART;TZID=Europe/Helsinki:" + Local(e.Date, start));
                lines.Add(e.End is { } end ? "DTEND;TZID=Europe/Helsinki:" + Local(e.Date, end) : "DURATION:PT2H");
            }
            else
            {
                lines.Add("DTSTART;VALUE=DATE:" + e.Date.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
                lines.Add("DTEND;VALUE=DATE:" + e.Date.AddDays(1).ToString("yyyyMMdd", CultureInfo.InvariantCulture));
            }

            lines.Add("SUMMARY:" + Escape(e.Summary));
            if (e.Location is not null)
            {
                lines.Add("LOCATION:" + Escape(e.Location));
            }

            if (e.Description is not null)
            {
                lines.Add("DESCRIPTION:" + Escape(e.Description));
            }

            lines.Add("URL:" + e.Url);
            lines.Add("STATUS:" + (e.Cancelled ? "CANCELLED" : "CONFIRMED"));
            lines.Add("TRANSP:OPAQUE");
            lines.Add("END:VEVENT");
        }

        lines.Add("END:VCALENDAR");
        var builder = new StringBuilder();
        foreach (var line in lines)
        {
            Fold(line, builder);
        }

        return Encoding.UTF8.GetBytes(builder.ToString());
    }

    private static string Local(DateOnly date, TimeOnly time) =>
        date.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "T" + time.ToString("HHmmss", CultureInfo.InvariantCulture);

    public static string Escape(string text) => text
        .Replace("\\", "\\\\")
        .Replace(";", "\\;")
        .Replace(",", "\\,")
        .Replace("\r\n", "\n")
        .Replace("\n", "\\n");

    // Content lines longer than 75 octets continue on the next line after CRLF and one space.
    private static void Fold(string line, StringBuilder builder)
    {
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > 75)
            {
                builder.Append("\r\n ");
                octets = 1;
            }

            builder.Append(rune.ToString());
            octets += size;
        }

        builder.Append("\r\n");
    }
}
