using System.Globalization;
using System.Text.RegularExpressions;

namespace DecisionsPortal.Shared;

/// <summary>Dates as front matter, file names and the output write them (yyyy-MM-dd), whatever the machine's culture.</summary>
public static partial class IsoDate
{
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>
    /// A date written another way ('14.3.2025', '2025-3-14', '2025/03/14', '2025–03–14' with Word's
    /// en dashes, a time after it) as it should be written, for the example of the message that
    /// refuses it; the fallback when it cannot be read.
    /// A day without its year ('6.12.') takes the year given, else 'YYYY': any other year would be
    /// a real date that an editor copying the example publishes.
    /// </summary>
    public static string Example(string written, string fallback, int? year = null)
    {
        var day = Dashes().Replace(written.Trim().Split([' ', 'T'], 2)[0], "-");
        if (DateOnly.TryParseExact(day, WrittenDates, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return Format(date);
        }

        // 2000 is a leap year, so 29.2. is a day too.
        var inYear2000 = day.EndsWith('.') ? day + "2000" : day + ".2000";
        return DateOnly.TryParseExact(inYear2000, "d.M.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var inLeapYear)
            ? $"{(year is { } y ? y.ToString("D4", CultureInfo.InvariantCulture) : "YYYY")}-{inLeapYear.Month:D2}-{inLeapYear.Day:D2}"
            : fallback;
    }

    private static readonly string[] WrittenDates = ["d.M.yyyy", "d.M.yyyy.", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d"];

    // The dashes Word, a phone or a PDF puts for '-': en and em dash, minus sign, hyphen, non-breaking hyphen, figure dash.
    [GeneratedRegex("[\u2013\u2014\u2212\u2010\u2011\u2012]")]
    private static partial Regex Dashes();
}
