using System.Globalization;

namespace DecisionsPortal.Shared;

/// <summary>Dates as front matter, file names and the output write them (yyyy-MM-dd), whatever the machine's culture.</summary>
public static class IsoDate
{
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
