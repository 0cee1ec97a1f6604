using DecisionsPortal.Diagnostics;
using DecisionsPortal.Yaml;

namespace DecisionsPortal.Content;

/// <summary>Validates one meeting file's front matter; every field is optional.</summary>
public static class MeetingReader
{
    private static readonly string[] Statuses = ["held", "cancelled"];

    // The minutes' own words for a meeting's status, answered with its id as a field's are.
    private static readonly Dictionary<string, string> StatusWords = new(StringComparer.Ordinal)
    {
        ["pidetty"] = "held", ["pidettiin"] = "held", ["hållet"] = "held", ["hölls"] = "held",
        ["peruttu"] = "cancelled", ["peruutettu"] = "cancelled", ["inställt"] = "cancelled", ["inställd"] = "cancelled", ["inhiberat"] = "cancelled",
    };

    // Minutes go public when they have been checked, days after the meeting; a day months later is
    // more likely a slip of the pen than minutes published that late. Said only while that day is
    // not long past the build's: minutes truly published late (a summer recess) stop being warned
    // about once their marks' appeal periods are over, a mistyped future year never does.
    private const int MinutesLateDays = 60;

    /// <param name="buildDate">The day the site is built for (default: no day known, every late day is warned about).</param>
    public static Meeting? Read(string language, string body, DateOnly date, string shownPath, FrontMatter frontMatter, DiagnosticBag diagnostics, DateOnly buildDate = default)
    {
        var file = new SourceLocation(shownPath, 1, 1);
        var source = new YamlSource(shownPath, frontMatter.Yaml, frontMatter.YamlFirstLine - 1);
        var root = source.Parse(diagnostics, YamlCodes.Content);
        if (root is not null and not MappingNode)
        {
            diagnostics.Error(DiagnosticCodes.FrontMatterNotMapping, source.At(root), "front matter must be 'field: value' lines, e.g. 'place: …'");
            return null;
        }

        if (!MarkdownLimits.Check(frontMatter.Markdown, new SourceLocation(shownPath, frontMatter.MarkdownFirstLine, 1), diagnostics))
        {
            return null;
        }

        // 'status: cancelled' written below the closing line would publish the meeting as held.
        if (FieldsBelowFrontMatter.Check(frontMatter, shownPath, MeetingFields.All, diagnostics))
        {
            return null;
        }

        foreach (var (text, at, _) in MarkdownField.Texts(frontMatter, shownPath))
        {
            LinkWithSpaces.Check(text, at, diagnostics);
            TypedListBullets.Check(text, at, diagnostics);
        }

        if (root is null)
        {
            // An empty front matter is a meeting known only by its organ and date.
            return source.Text.Trim().Length == 0
                ? new Meeting(language, body, date, file, null, null, null, null, [], false, null, frontMatter.Markdown, frontMatter.MarkdownFirstLine)
                : null;
        }

        var local = new DiagnosticBag();
        var yaml = new YamlMapping((MappingNode)root, source, local, DiagnosticCodes.MeetingFileInvalid);
        foreach (var (key, keyNode, _) in yaml.Entries.Where(e => !MeetingFields.All.Contains(e.Key)))
        {
            if (DecisionFields.Withholding.Contains(key) || DecisionFields.Withholding.Contains(DecisionFields.Meant(key)))
            {
                local.Error(DiagnosticCodes.MeetingFileUnknownField, source.At(keyNode),
                    MessageText.Of($"'{key}' keeps nothing back in a meeting file: the meeting and its names are published; delete the line and mark each name that must not stay public where it is written, e.g. [[Maija Meikäläinen]]{{.personal}}"));
                continue;
            }

            local.Add(new(MeetingFields.Meant(key) == MeetingFields.Expiring ? Severity.Error : Severity.Warning, DiagnosticCodes.MeetingFileUnknownField,
                MessageText.Of($"unknown field '{key}' is ignored{MeetingFields.DidYouMean(key)}"), source.At(keyNode)));
        }

        var number = ReadNumber(yaml, date, local);
        var (start, end) = ReadTime(yaml, local);
        var status = yaml.String("status")?.Trim();
        if (status is not null && !Statuses.Contains(status))
        {
            diagnostics.WithdrawQuoteWarning(status, DiagnosticCodes.YamlQuoteTheValue, yaml.ValueLocation("status"));
            local.Error(DiagnosticCodes.MeetingFileInvalid, yaml.ValueLocation("status"), $"unknown status '{status}'{Suggestions.DidYouMeanField(status, Statuses, StatusWords)}");
        }

        var minutesPublic = DateField.Read(yaml, "minutes_public", local);
        if (minutesPublic is { } published && published < date)
        {
            local.Error(DiagnosticCodes.MeetingFileInvalid, yaml.ValueLocation("minutes_public"), "'minutes_public' is before the meeting itself");
        }
        else if (minutesPublic is { } late && late.DayNumber - date.DayNumber > MinutesLateDays && (buildDate == default || buildDate.DayNumber - late.DayNumber <= MinutesLateDays))
        {
            local.Warning(DiagnosticCodes.MeetingFileInvalid, yaml.ValueLocation("minutes_public"),
                $"'minutes_public' is {late.DayNumber - date.DayNumber} days after the meeting; the appeal periods, and with them the last day of the personal data the meeting and its decisions mark, are counted from it, so a wrong year, or a day and month swapped, keeps that data on the site that much longer: check the day against the minutes");
        }

        var place = yaml.String("place")?.Trim();
        var attendees = ReadAttendees(yaml, local);
        diagnostics.AddRange(local.ToSortedList());

        return local.HasErrors
            ? null
            : new Meeting(language, body, date, file, number, string.IsNullOrEmpty(place) ? null : place, start, end, attendees,
                status == "cancelled", minutesPublic, frontMatter.Markdown, frontMatter.MarkdownFirstLine)
            {
                FieldLocations = yaml.Entries.Where(e => MeetingFields.All.Contains(e.Key)).DistinctBy(e => e.Key).ToDictionary(e => e.Key, e => source.At(e.Value), StringComparer.Ordinal),
            };
    }

    private const string WriteNumber = "; write '{0}: {1}'";

    private static MeetingNumber? ReadNumber(YamlMapping yaml, DateOnly date, DiagnosticBag diagnostics)
    {
        var text = yaml.String("number");
        if (text is null)
        {
            return null;
        }

        var number = MeetingNumber.Parse(text);
        if (number is null)
        {
            var write = MeetingNumber.Meant(text, date.Year) is { } meant ? MessageText.Format(WriteNumber, "number", meant) : MessageText.Empty;
            diagnostics.Error(DiagnosticCodes.InvalidMeeting, yaml.ValueLocation("number"), $"'number' must be the meeting's number and year, e.g. 'number: 2/{date.Year}', not '{text}'{write}");
        }
        else if (number.Year != date.Year)
        {
            diagnostics.Error(DiagnosticCodes.InvalidMeeting, yaml.ValueLocation("number"), $"meeting {number} is numbered in another year than its date {date.Year}");
        }

        return number;
    }

    // "17:00", or a start and an end: "17:00-19:30" (an en dash works too).
    private static (TimeOnly? Start, TimeOnly? End) ReadTime(YamlMapping yaml, DiagnosticBag diagnostics)
    {
        var text = yaml.String("time")?.Trim();
        if (text is null)
        {
            return (null, null);
        }

        if (Times(text) is { } times)
        {
            return times;
        }

        var hint = Meant(text) is { } meant ? MessageText.Format(WriteTime, meant) : MessageText.Empty;
        diagnostics.Error(DiagnosticCodes.MeetingFileInvalid, yaml.ValueLocation("time"), $"'time' must be a start time or a start and an end, e.g. 'time: 17:00' or 'time: 17:00-19:30', not '{text}'{hint}");
        return (null, null);
    }

    private static (TimeOnly? Start, TimeOnly? End)? Times(string text)
    {
        // Without LINQ over TimeOnly?: ReadyToRun leaves such instantiations to the JIT at start.
        var parts = text.Split(['-', '–'], StringSplitOptions.TrimEntries);
        var start = Time(parts[0]);
        var end = parts.Length == 2 ? Time(parts[1]) : null;
        return parts.Length > 2 || start is null || (parts.Length == 2 && (end is null || end <= start)) ? null : (start, end);
    }

    // The time as the minutes write it ('klo 16–18.15', 'kl. 16.00 - 18.15.', 'ke 14.3.2025 klo 16'), each
    // end written in full the one way ('16:00-18:15'): what the clock word follows, without it, a sentence's
    // full stop or a dash Word typed, and a whole hour with its minutes; null when it is still not a time.
    private static string? Meant(string text)
    {
        var words = text.Split([' ', '\u00a0'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var clock = Array.FindIndex(words, w => ClockWords.Contains(w.ToLowerInvariant()));
        var unworded = clock >= 0 ? string.Join(' ', words[(clock + 1)..]) : text;
        var parts = unworded.TrimEnd('.').Split(Dashes, StringSplitOptions.TrimEntries);
        var written = parts.Select(p => WholeHour(p) ?? (Time(p) is { } time ? time.ToString("H:mm", CultureInfo.InvariantCulture) : p));
        var meant = string.Join('-', written);
        return Times(meant) is not null ? meant : null;
    }

    private static string? WholeHour(string part) =>
        int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var hour) && hour < 24 ? $"{hour}:00" : null;

    // The hyphen and en dash read as a time's two ends, and the dashes Word or a PDF gives instead: em dash, minus, Unicode hyphens.
    private static readonly char[] Dashes = ['-', '–', '—', '−', '‐', '‑'];

    private static readonly string[] ClockWords = ["klo", "klo.", "kl", "kl.", "kello", "klockan"];

    private const string WriteTime = "; write 'time: {0}'";

    private static TimeOnly? Time(string text) =>
        TimeOnly.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;

    private static readonly string[] TimeFormats = ["H:mm", "HH:mm", "H.mm", "HH.mm"];

    private static IReadOnlyList<Attendee> ReadAttendees(YamlMapping yaml, DiagnosticBag diagnostics)
    {
        if (yaml.Items("attendees") is not { } items)
        {
            var hint = OneLine(yaml.String("attendees")) is { } list ? MessageText.Format(WriteNumber, "attendees", list) : MessageText.Empty;
            diagnostics.Error(DiagnosticCodes.MeetingFileInvalid, yaml.ValueLocation("attendees"), $"'attendees' must be a list of names or '{{ name: …, role: … }}'{hint}");
            return [];
        }

        var result = new List<Attendee>();
        foreach (var item in items)
        {
            if (item is MappingNode fields)
            {
                ReportUnknownFields(yaml.Wrap(fields), diagnostics);
            }

            if (item is ScalarNode { Value: { Length: > 0 } name })
            {
                result.Add(new Attendee(name.Trim(), null, yaml.Source.At(item), null));
            }
            else if (item is MappingNode map && yaml.Wrap(map) is var entry && entry.String("name")?.Trim() is { Length: > 0 } who)
            {
                var role = entry.String("role")?.Trim();
                result.Add(new Attendee(who, string.IsNullOrEmpty(role) ? null : role, entry.ValueLocation("name"), string.IsNullOrEmpty(role) ? null : entry.ValueLocation("role")));
            }
            else
            {
                diagnostics.Error(DiagnosticCodes.MeetingFileInvalid, yaml.Source.At(item), "each attendee must be a name or '{ name: …, role: … }'");
            }
        }

        return result;
    }

    // The names as the minutes list them, on one line ('Aila Pohjanvirta, puheenjohtaja, Jarmo Kivelä')
    // or a line each, written as a list: a part in lower case is the role of the name before it.
    private static string? OneLine(string? text)
    {
        var lines = text?.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];
        var parts = lines.Length == 1 ? lines[0].Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : lines;
        var items = new List<string>();
        var named = false;
        foreach (var part in parts)
        {
            if (part.Contains(',') || part.Contains(';'))
            {
                return null;
            }

            if (!char.IsLower(part[0]))
            {
                items.Add(part);
                named = true;
            }
            else if (named)
            {
                items[^1] = $"{{ name: {items[^1]}, role: {part} }}";
                named = false;
            }
            else
            {
                return null;
            }
        }

        return items.Count > 0 ? $"[{string.Join(", ", items)}]" : null;
    }

    // An attendee has a name and a role only: a role written 'rooli:' or 'roll:' would be lost, so each other field is named.
    private static void ReportUnknownFields(YamlMapping attendee, DiagnosticBag diagnostics)
    {
        foreach (var (key, keyNode, _) in attendee.Entries.Where(e => !MeetingFields.Attendee.Contains(e.Key)))
        {
            diagnostics.Warning(DiagnosticCodes.MeetingFileUnknownField, attendee.Source.At(keyNode),
                MessageText.Of($"unknown field '{key}' of an attendee is ignored{Suggestions.DidYouMeanField(key, MeetingFields.Attendee, MeetingFields.AttendeeLocalNames)}"));
        }
    }
}
