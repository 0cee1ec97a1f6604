namespace DecisionsPortal.Law;

/// <summary>
/// The days on which, under the Act on the Calculation of Statutory Time Limits (laki säädettyjen
/// määräaikain laskemisesta 150/1930, 5 §), a time limit that would end then moves to the next
/// working day: Saturdays and Sundays, the church holidays, Independence Day, May Day, Christmas
/// Eve and Midsummer Eve. The list is the statute's; only Easter and the days tied to it move.
/// </summary>
public static class FinnishHolidays
{
    public static bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsHoliday(day);

    /// <summary>The first working day on or after <paramref name="day"/>.</summary>
    public static DateOnly OnOrNextWorkingDay(DateOnly day)
    {
        while (!IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    public static bool IsHoliday(DateOnly day) => HolidaysOf(day.Year).Contains(day);

    /// <summary>Every weekday-independent holiday of a year, including those that always fall on a weekend.</summary>
    public static IReadOnlySet<DateOnly> HolidaysOf(int year)
    {
        var easter = EasterSunday(year);
        var midsummerEve = FirstOnOrAfter(new DateOnly(year, 6, 19), DayOfWeek.Friday);
        var allSaints = FirstOnOrAfter(new DateOnly(year, 10, 31), DayOfWeek.Saturday);
        return new HashSet<DateOnly>
        {
            new(year, 1, 1),            // uudenvuodenpäivä
            new(year, 1, 6),            // loppiainen
            easter.AddDays(-2),         // pitkäperjantai
            easter,                     // pääsiäispäivä
            easter.AddDays(1),          // 2. pääsiäispäivä
            new(year, 5, 1),            // vapunpäivä
            easter.AddDays(39),         // helatorstai
            easter.AddDays(49),         // helluntaipäivä
            midsummerEve,               // juhannusaatto
            midsummerEve.AddDays(1),    // juhannuspäivä
            allSaints,                  // pyhäinpäivä
            new(year, 12, 6),           // itsenäisyyspäivä
            new(year, 12, 24),          // jouluaatto
            new(year, 12, 25),          // joulupäivä
            new(year, 12, 26),          // tapaninpäivä
        };
    }

    /// <summary>Easter Sunday of the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" algorithm).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    // The day of the week on or after 'first' (Midsummer Eve: the Friday of 19–25 June; All Saints' Day: the Saturday of 31 October – 6 November).
    private static DateOnly FirstOnOrAfter(DateOnly first, DayOfWeek weekday) => first.AddDays(((int)weekday - (int)first.DayOfWeek + 7) % 7);
}
