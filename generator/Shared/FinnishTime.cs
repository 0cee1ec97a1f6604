namespace DecisionsPortal.Shared;

/// <summary>
/// Finland's offset from UTC: +2, and +3 in the EU's summer time, from 01:00 UTC on the last
/// Sunday of March to 01:00 UTC on the last Sunday of October. Written out, not read from the
/// machine's time zone data, so that every machine gives a moment the same day and a feed the same times.
/// </summary>
public static class FinnishTime
{
    public static TimeSpan At(DateTime utc) =>
        TimeSpan.FromHours(utc >= Change(utc.Year, 3) && utc < Change(utc.Year, 10) ? 3 : 2);

    // 01:00 UTC on the month's last Sunday.
    private static DateTime Change(int year, int month)
    {
        var last = new DateTime(year, month, DateTime.DaysInMonth(year, month), 1, 0, 0, DateTimeKind.Utc);
        return last.AddDays(-(int)last.DayOfWeek);
    }
}
