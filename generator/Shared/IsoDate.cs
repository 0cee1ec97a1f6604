using System.Globalization;

namespace DecisionsPortal.Shared;

/// <summary>Dates as front matter, file names and the output write them (yyyy-MM-dd), whatever the machine's culture.</summary>
public static class IsoDate
{
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>
    /// A date written another way ('14.3.2025', '2025-3-14', '2025/03/14', a time after it) as it
    /// should be written, for the example of the message that refuses it; the fallback when it cannot be read.
    /// </summary>
    public static string Example(string written, string fallback)
    {
        var day = written.Trim().Split([' ', 'T'], 2)[0];
        return DateOnly.TryParseExact(day, WrittenDates, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? Format(date) : fallback;
    }

    private static readonly string[] WrittenDates = ["d.M.yyyy", "d.M.yyyy.", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d"];
}
