namespace DecisionsPortal.Shared;

/// <summary>Dates as front matter, file names and the output write them (yyyy-MM-dd), whatever the machine's culture.</summary>
public static partial class IsoDate
{
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A time of day as ISO 8601 and open data write it, 09:30.</summary>
    public static string Format(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>
    /// A date written another way ('14.3.2025', '2025-3-14', '2025/03/14', '2025–03–14' with Word's
    /// en dashes, 'ti 14.3.2025', '14. maaliskuuta 2025', 'maaliskuun 14. päivänä 2025', '14 mars 2025', a time after it) as it
    /// should be written, for the example of the message that refuses it; the fallback when it
    /// cannot be read. A day without its year ('6.12.') takes the year given, else 'YYYY', as does
    /// a day that year lacks ('29.2.' in 2025): any other year would be a real date an editor
    /// copying the example publishes, and a day the calendar lacks would only be refused again.
    /// </summary>
    public static string Example(string written, string fallback, int? year = null)
    {
        var words = Words(written);
        foreach (var word in words)
        {
            if (DateOnly.TryParseExact(word, WrittenDates, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return Format(date);
            }
        }

        for (var i = 0; i + 2 < words.Length; i++)
        {
            if (Months.TryGetValue(words[i + 1].ToLowerInvariant(), out var month)
                && DateOnly.TryParseExact($"{words[i].TrimEnd('.')}.{month}.{words[i + 2]}", "d.M.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var named))
            {
                return Format(named);
            }
        }

        // 'maaliskuun 14. päivänä 2025', as a formal Finnish text writes a day.
        for (var i = 0; i + 3 < words.Length; i++)
        {
            if (words[i].EndsWith("kuun", StringComparison.OrdinalIgnoreCase) && Months.TryGetValue(words[i][..^1].ToLowerInvariant(), out var month)
                && words[i + 2].StartsWith("päivä", StringComparison.OrdinalIgnoreCase)
                && DateOnly.TryParseExact($"{words[i + 1].TrimEnd('.')}.{month}.{words[i + 3].TrimEnd('.')}", "d.M.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var formal))
            {
                return Format(formal);
            }
        }

        // '14. maaliskuuta', '14 mars', 'ti 14.3.': a day without its year. 2000 is a leap year, so 29.2. is a day too.
        // A weekday written before it that the day does not fall on in the year given ('ti 14.3.' in a
        // year whose 14.3. is a Friday) says the day is of another year, or wrong: the year is left to the editor.
        for (var i = 0; i < words.Length; i++)
        {
            var day = i + 1 < words.Length && Months.TryGetValue(words[i + 1].ToLowerInvariant(), out var named) ? $"{words[i].TrimEnd('.')}.{named}." : words[i];
            var inYear2000 = day.EndsWith('.') ? day + "2000" : day + ".2000";
            if (DateOnly.TryParseExact(inYear2000, "d.M.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var inLeapYear))
            {
                return year is >= 1 and <= 9999 && inLeapYear.Day <= DateTime.DaysInMonth(year.Value, inLeapYear.Month)
                    && new DateOnly(year.Value, inLeapYear.Month, inLeapYear.Day) is var inYear
                    && words.Take(i).All(w => WeekdayNamed(w) is not { } weekday || weekday == inYear.DayOfWeek)
                    ? Format(inYear)
                    : $"YYYY-{inLeapYear.Month:D2}-{inLeapYear.Day:D2}";
            }
        }

        return fallback;
    }

    /// <summary>
    /// Whether the weekday written before a date ('ti 14.3.2025', as the minutes write it) is not
    /// the weekday of the day read from it: then the day, the year or the weekday is wrong, and the
    /// day read is no example to copy without checking.
    /// </summary>
    public static bool WeekdayContradicts(string written, DateOnly day) =>
        Words(written) is { Length: > 1 } words && WeekdayNamed(words[0]) is { } weekday && weekday != day.DayOfWeek;

    /// <summary>
    /// The month of a date written without its day ('maaliskuu 2025', 'maaliskuussa 2025', 'i mars
    /// 2025', '2025-03', '3/2025'), as 'YYYY-MM'; null for anything else.
    /// </summary>
    public static string? MonthWithoutDay(string written)
    {
        var words = Words(written);
        if (words.Length is 2 or 3 && words[^1].Length == 4 && words[^1].All(char.IsAsciiDigit)
            && (words.Length == 2 || words[0] is "i" or "I")
            && MonthNamed(words[^2].ToLowerInvariant()) is { } month)
        {
            return $"{words[^1]}-{month:D2}";
        }

        return words.Length == 1 && DateOnly.TryParseExact(words[0], MonthsWithoutDay, CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            ? $"{first.Year:D4}-{first.Month:D2}"
            : null;
    }

    // 'maaliskuu', 'maaliskuussa' (in March), 'mars'.
    private static int? MonthNamed(string word) =>
        Months.TryGetValue(word, out var month) ? month
        : word.EndsWith("ssa", StringComparison.Ordinal) && Months.TryGetValue(word[..^3], out month) ? month
        : null;

    // The weekday as the minutes write it before a date, Finnish and Swedish, abbreviated or whole
    // ('ti', 'tiistaina', 'tis', 'tisdagen'); 'to' is Thursday in both.
    private static DayOfWeek? WeekdayNamed(string word) =>
        Weekdays.TryGetValue(word.TrimEnd('.', ',').ToLowerInvariant(), out var day) ? day : null;

    private static readonly Dictionary<string, DayOfWeek> Weekdays = new (DayOfWeek Day, string[] Names)[]
    {
        (DayOfWeek.Monday, ["ma", "maanantai", "maanantaina", "må", "mån", "måndag", "måndagen"]),
        (DayOfWeek.Tuesday, ["ti", "tiistai", "tiistaina", "tis", "tisdag", "tisdagen"]),
        (DayOfWeek.Wednesday, ["ke", "keskiviikko", "keskiviikkona", "ons", "onsdag", "onsdagen"]),
        (DayOfWeek.Thursday, ["to", "torstai", "torstaina", "tor", "tors", "torsdag", "torsdagen"]),
        (DayOfWeek.Friday, ["pe", "perjantai", "perjantaina", "fr", "fre", "fredag", "fredagen"]),
        (DayOfWeek.Saturday, ["la", "lauantai", "lauantaina", "lö", "lör", "lördag", "lördagen"]),
        (DayOfWeek.Sunday, ["su", "sunnuntai", "sunnuntaina", "sö", "sön", "söndag", "söndagen"]),
    }.SelectMany(d => d.Names.Select(n => (n, d.Day))).ToDictionary(d => d.n, d => d.Day, StringComparer.Ordinal);

    private static readonly string[] MonthsWithoutDay = ["yyyy-M", "M/yyyy", "M.yyyy", "yyyy/M"];

    // The words of a date as written: Word's dashes read as '-', and split at any space, the
    // no-break ones Word puts between a day and its month or time too, at ISO's 'T', and at the
    // dash between the days of a meeting of two ('14.3.2025–15.3.2025').
    private static string[] Words(string written) =>
        Separators().Split(Dashes().Replace(written.Trim(), "-")).Where(w => w.Length > 0).ToArray();

    [GeneratedRegex(@"\s+|(?<=[0-9])T(?=[0-9])|(?<=\.[0-9]{4})-(?=[0-9])")]
    private static partial Regex Separators();

    // The months as Finnish ('14. maaliskuuta 2025', or 'maaliskuu') and Swedish ('14 mars 2025') write them in a date.
    private static readonly Dictionary<string, int> Months = new[]
    {
        ("tammikuuta", "tammikuu", "januari"), ("helmikuuta", "helmikuu", "februari"), ("maaliskuuta", "maaliskuu", "mars"),
        ("huhtikuuta", "huhtikuu", "april"), ("toukokuuta", "toukokuu", "maj"), ("kesäkuuta", "kesäkuu", "juni"),
        ("heinäkuuta", "heinäkuu", "juli"), ("elokuuta", "elokuu", "augusti"), ("syyskuuta", "syyskuu", "september"),
        ("lokakuuta", "lokakuu", "oktober"), ("marraskuuta", "marraskuu", "november"), ("joulukuuta", "joulukuu", "december"),
    }.SelectMany((names, i) => new[] { (names.Item1, i + 1), (names.Item2, i + 1), (names.Item3, i + 1) })
        .ToDictionary(m => m.Item1, m => m.Item2, StringComparer.Ordinal);

    private static readonly string[] WrittenDates = ["d.M.yyyy", "d.M.yyyy.", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d"];

    // The dashes Word, a phone or a PDF puts for '-': en and em dash, minus sign, hyphen, non-breaking hyphen, figure dash.
    [GeneratedRegex("[\u2013\u2014\u2212\u2010\u2011\u2012]")]
    private static partial Regex Dashes();
}
