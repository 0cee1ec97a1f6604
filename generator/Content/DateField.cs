using DecisionsPortal.Diagnostics;
using DecisionsPortal.Shared;
using DecisionsPortal.Yaml;

namespace DecisionsPortal.Content;

/// <summary>A date field of a decision, meeting or member file, each way of writing it wrong named with the date to write.</summary>
public static class DateField
{
    // A date written right, ISO or Finnish (2026-02-31, 31.2.2026), whose day its month does not have.
    private static (int Year, int Month, int Days)? ImpossibleDay(string text)
    {
        var iso = text.Contains('-', StringComparison.Ordinal);
        var parts = text.TrimEnd('.').Split(iso ? '-' : '.');
        if (parts.Length != 3 || !parts.All(p => p.Length is > 0 and <= 4 && p.All(char.IsAsciiDigit)) || parts[iso ? 0 : 2].Length != 4)
        {
            return null;
        }

        var n = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        var (year, month, day) = iso ? (n[0], n[1], n[2]) : (n[2], n[1], n[0]);
        return year >= 1 && month is >= 1 and <= 12 && day <= 31 && day > DateTime.DaysInMonth(year, month)
            ? (year, month, DateTime.DaysInMonth(year, month))
            : null;
    }

    /// <summary>
    /// <see cref="IsoDate.Example"/> for a message: its 'YYYY' (a day written without a year) in the
    /// editor's language, as the message's own 'YYYY-MM-DD' is ('VVVV', 'ÅÅÅÅ'); a real date is
    /// the same text in every language, so it stays a string.
    /// </summary>
    public static object Example(string written, string fallback, int? year = null) =>
        IsoDate.Example(written, fallback, year) is var example && example.StartsWith("YYYY-", StringComparison.Ordinal)
            ? MessageText.Format(InAnyYear, example["YYYY-".Length..])
            : (object)example;

    private const string InAnyYear = "YYYY-{0}";

    // The day the editor is to write, in the editor's letters for it ('PP' in Finnish).
    private const string DayToWrite = "{0}-DD";

    // The year folder a decision's file is in ('2025/katto'), which its date should have.
    public static int? FolderYear(string relativeKey) =>
        (relativeKey.IndexOf('/') is var slash and >= 0 ? relativeKey.AsSpan(0, slash) : relativeKey) is { Length: 4 } folder && !folder.ContainsAnyExceptInRange('0', '9')
            ? int.Parse(folder, CultureInfo.InvariantCulture) : null;

    /// <summary>The date of a field; a day written without its year is shown in the message with the year given.</summary>
    public static DateOnly? Read(YamlMapping yaml, string key, DiagnosticBag diagnostics, int? folderYear = null)
    {
        var text = yaml.String(key);
        if (text is null)
        {
            return null;
        }

        if (IsoDate.TryParse(text.Trim(), out var date))
        {
            if (DateRange.Holds(date))
            {
                return date;
            }

            diagnostics.Error(DiagnosticCodes.DateOutOfRange, yaml.ValueLocation(key), DateRange.Explain(key, date));
            return null;
        }

        // 'date: ”2025-03-14”', as Word types the quotes: one error with the date to write, not also
        // YAML's warning on how to show the quotes, which no date can.
        if (TypographicQuotes.Inside(text.Trim()) is { } inside && IsoDate.TryParse(inside.Trim(), out _))
        {
            diagnostics.WithdrawQuoteWarning(text.Trim(), DiagnosticCodes.YamlQuoteTheValue, yaml.ValueLocation(key));
            diagnostics.Error(DiagnosticCodes.InvalidDate, yaml.ValueLocation(key),
                $"'{key}' is between the quotes ({text.Trim()[0]}…{text.Trim()[^1]}) Word types, which are part of the value, so it is no date: write it without them, '{key}: {inside.Trim()}'");
            return null;
        }

        // Between Word's quotes, the date inside is read for the error; their YAML warning would have
        // the editor type straight quotes, round a date that is still wrong.
        var quoted = TypographicQuotes.Inside(text.Trim())?.Trim();
        if (quoted is not null)
        {
            diagnostics.WithdrawQuoteWarning(text.Trim(), DiagnosticCodes.YamlQuoteTheValue, yaml.ValueLocation(key));
        }

        var read = quoted ?? text;
        if (ImpossibleDay(read.Trim()) is var (year, month, days))
        {
            diagnostics.Error(DiagnosticCodes.InvalidDate, yaml.ValueLocation(key), quoted is null
                ? MessageText.Of($"'{key}' is '{text}', a day the calendar does not have: month {month} of {year} has {days} days; check the day and the month")
                : MessageText.Of($"'{key}' is '{quoted}' between the quotes Word types, a day the calendar does not have: month {month} of {year} has {days} days; check the day and the month, and write the date without the quotes"));
            return null;
        }

        if (IsoDate.MonthWithoutDay(read) is { } withoutDay)
        {
            diagnostics.Error(DiagnosticCodes.InvalidDate, yaml.ValueLocation(key),
                $"'{key}' is '{text}', a month without its day: write the day too, '{key}: {MessageText.Format(DayToWrite, withoutDay)}', with the day of the month for DD");
            return null;
        }

        var example = Example(read, "2025-01-29", folderYear);
        if (example is string written && IsoDate.TryParse(written, out var day) && IsoDate.WeekdayContradicts(read, day))
        {
            diagnostics.Error(DiagnosticCodes.InvalidDate, yaml.ValueLocation(key),
                $"'{key}' is '{text}', and the weekday written is not the weekday of {written}: check the date in the minutes and write it as YYYY-MM-DD; if {written} is the right day, write '{key}: {written}'");
            return null;
        }

        diagnostics.Error(DiagnosticCodes.InvalidDate, yaml.ValueLocation(key), $"'{key}' must be an ISO date YYYY-MM-DD, e.g. '{key}: {example}', not '{text}'");
        return null;
    }
}
