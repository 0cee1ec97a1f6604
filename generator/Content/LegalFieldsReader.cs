using DecisionsPortal.Diagnostics;
using DecisionsPortal.Law;
using DecisionsPortal.Shared;
using DecisionsPortal.Yaml;
using YamlDotNet.Core;

namespace DecisionsPortal.Content;

/// <summary>Reads the case, meeting and law fields of one front matter, reporting each problem at its line.</summary>
public static partial class LegalFieldsReader
{
    public static readonly string[] Fields =
        ["meeting", "status", "votes", "dissent", "updated", "appeal", "confidential", "personal", "withdrawn", "previous"];

    public static LegalFields Read(YamlMapping yaml, DiagnosticBag diagnostics)
    {
        CheckDnro(yaml, diagnostics);
        if (!Fields.Any(yaml.Has))
        {
            return LegalFields.None;
        }

        var (withdrawn, withdrawnOn) = ReadWithdrawn(yaml, diagnostics);
        return new LegalFields(
            ReadMeeting(yaml, diagnostics),
            ReadChoice(yaml, "status", DecisionStatuses.Ids, DecisionStatuses.LocalNames, DecisionStatuses.Parse, DiagnosticCodes.InvalidStatus, diagnostics),
            ReadVotes(yaml, diagnostics),
            ReadDissent(yaml, diagnostics),
            DateField.Read(yaml, "updated", diagnostics),
            ReadChoice(yaml, "appeal", AppealKinds.Ids, AppealKinds.LocalNames, AppealKinds.Parse, DiagnosticCodes.InvalidAppeal, diagnostics),
            yaml.Boolean("confidential") ?? false,
            ReadPersonal(yaml, diagnostics),
            withdrawn,
            withdrawnOn,
            Previous: yaml.String("previous"));
    }

    // The diary number is the case's key and part of its address, so it needs letters or digits, on one line.
    private static void CheckDnro(YamlMapping yaml, DiagnosticBag diagnostics)
    {
        var dnro = yaml.String("dnro");
        if (dnro is not null && (Slugs.From(dnro).Length == 0 || dnro.Trim().Contains('\n')))
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, yaml.ValueLocation("dnro"), $"'dnro' must be the diary number on one line, e.g. 'dnro: EXE/12/10.03/2025', not '{dnro.Trim()}'");
        }
        else if (dnro is not null && DnroLabel().Match(dnro.Trim()) is { Success: true } labelled)
        {
            // Copied with its label from the minutes ('Dnro KEMI/398/…'): the case page gathers the decisions of one
            // diary number as written, so a handling written without the label would be another case.
            diagnostics.Warning(DiagnosticCodes.InvalidValue, yaml.ValueLocation("dnro"),
                $"'dnro' begins with '{labelled.Groups["label"].Value}', the name of the field, which other handlings of the case may not write, and the case is the decisions of one diary number: write the number alone, 'dnro: {AsNumbered(labelled.Groups["number"].Value)}'");
        }
        else if (dnro is not null && dnro.IndexOfAny(WordDashes) is >= 0 and var dash)
        {
            var hyphened = AsNumbered(string.Concat(dnro.Select(c => WordDashes.Contains(c) ? '-' : c)));
            diagnostics.Warning(DiagnosticCodes.InvalidValue, yaml.ValueLocation("dnro"),
                $"'dnro' has a dash ({dnro[dash]}) that Word typed for the hyphen (-) of the diary number, and looks the same: another handling of the case written with the hyphen is refused as a second spelling of it; write 'dnro: {hyphened}'");
        }
        else if (dnro is not null && AsNumbered(dnro) is var numbered && numbered != dnro.Trim())
        {
            diagnostics.Warning(DiagnosticCodes.InvalidValue, yaml.ValueLocation("dnro"),
                $"'dnro' is written with spaces, an invisible character or a full stop that the diary number does not have: the page and the open data show the number so, and another handling of the case written without them is refused as a second spelling of it; write 'dnro: {numbered}'");
        }
    }

    // The en and em dash, the non-breaking and figure dash and the minus sign, which Word and a PDF put for '-'.
    private static readonly char[] WordDashes = ['\u2013', '\u2014', '\u2010', '\u2011', '\u2012', '\u2212'];

    // The number as the register writes it, without what a PDF or Word pastes with it: spaces round
    // its slashes, the full stop of the line it ended, a soft hyphen, a no-break space.
    private static string AsNumbered(string dnro)
    {
        // Nearly every number has none of them: it is as written, without a string made of it.
        if (dnro.AsSpan().IndexOfAny(UnseenCharacters.InNames) < 0 && !dnro.Any(char.IsWhiteSpace) && dnro is not [.., '.' or ',' or ';'])
        {
            return dnro;
        }

        var visible = string.Concat(dnro.Where(c => !UnseenCharacters.InNames.Contains(c) || c == '\u00a0')).Replace('\u00a0', ' ');
        return SpacedSlash().Replace(visible, "/").Trim().TrimEnd('.', ',', ';').TrimEnd();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\s*/\s*")]
    private static partial System.Text.RegularExpressions.Regex SpacedSlash();

    private const string WriteField = "; write '{0}: {1}'";

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*([0-9]+)\s+\p{L}+\.?\s*$")]
    private static partial System.Text.RegularExpressions.Regex LeadingCount();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<label>(?i:dnro|dnr|dno|diaarinumero|diarienummer|diaari))[\s:.]+(?<number>\S.*)$")]
    private static partial System.Text.RegularExpressions.Regex DnroLabel();

    private static MeetingNumber? ReadMeeting(YamlMapping yaml, DiagnosticBag diagnostics)
    {
        var text = yaml.String("meeting");
        if (text is null)
        {
            return null;
        }

        var meeting = MeetingNumber.Parse(text);
        if (meeting is null)
        {
            // The decision's year, for a number written without one ('meeting: 14.').
            var year = yaml.String("date") is { Length: >= 4 } date && int.TryParse(date.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : (int?)null;
            var write = MeetingNumber.Meant(text, year) is { } meant ? MessageText.Format(WriteField, "meeting", meant) : MessageText.Empty;
            diagnostics.Error(DiagnosticCodes.InvalidMeeting, yaml.ValueLocation("meeting"),
                $"'meeting' must be the meeting's number and year as in the minutes, e.g. 'meeting: 2/2025', not '{text}'{write}");
        }

        return meeting;
    }

    private static T? ReadChoice<T>(YamlMapping yaml, string key, string[] ids, IReadOnlyDictionary<string, string> words, Func<string, T?> parse, string code, DiagnosticBag diagnostics)
        where T : struct
    {
        var text = yaml.String(key)?.Trim();
        if (text is null)
        {
            return null;
        }

        var value = parse(text);
        if (value is null)
        {
            diagnostics.WithdrawQuoteWarning(text, DiagnosticCodes.YamlQuoteTheValue, yaml.ValueLocation(key));
            diagnostics.Error(code, yaml.ValueLocation(key), $"unknown {key} '{text}'{Suggestions.DidYouMeanField(text, ids, words)}");
        }

        return value;
    }

    private static Votes? ReadVotes(YamlMapping yaml, DiagnosticBag diagnostics)
    {
        if (yaml.Value("votes") is not { } node)
        {
            return null;
        }

        if (node is not MappingNode map)
        {
            diagnostics.Error(DiagnosticCodes.InvalidVotes, yaml.Source.At(node), "'votes' must be a mapping, e.g. 'votes: { for: 7, against: [Anna Aho, Eero Esa], abstained: 0, absent: 1 }'");
            return null;
        }

        var votes = yaml.Wrap(map);
        foreach (var (side, keyNode, _) in votes.Entries.Where(e => !Votes.Sides.Contains(e.Key)))
        {
            diagnostics.Error(DiagnosticCodes.InvalidVotes, yaml.Source.At(keyNode), $"unknown side '{side}' in 'votes'{Suggestions.DidYouMeanField(side, Votes.Sides, Votes.LocalNames)}");
        }

        var sides = Votes.Sides.Select(side => ReadSide(votes, side, diagnostics)).ToArray();
        return new Votes(sides[0], sides[1], sides[2], sides[3]);
    }

    private static VoteCount? ReadSide(YamlMapping votes, string side, DiagnosticBag diagnostics)
    {
        if (votes.Value(side) is not { } node)
        {
            return null;
        }

        if (node is ScalarNode scalar)
        {
            // Trimmed of the no-break space Word puts beside a number in a table, which no one sees.
            if (int.TryParse(scalar.Value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                return new VoteCount(count, []);
            }

            // 'Anna Aho, Eero Esa' as the minutes list names; '7 ääntä' as they count them.
            var text = scalar.Value ?? "";
            var write = SurnameFirst.Turned(text) is { } turned ? MessageText.Format(WriteField, side, $"[{turned}]")
                : text.Contains(',') && !text.Contains('[') ? MessageText.Format(WriteField, side, $"[{text.Trim()}]")
                : LeadingCount().Match(text) is { Success: true } counted ? MessageText.Format(WriteField, side, counted.Groups[1].Value)
                : MessageText.Empty;
            diagnostics.Error(DiagnosticCodes.InvalidVotes, votes.Source.At(node), $"'votes.{side}' must be a count (e.g. 7) or a list of names, not '{scalar.Value}'{write}");
            return null;
        }

        var names = votes.StringList(side);
        if (names is null)
        {
            return null;
        }

        var clean = names.Select(n => n.Value.Trim()).Where(n => n.Length > 0).ToList();
        return new VoteCount(clean.Count, clean);
    }

    private static IReadOnlyList<Dissent> ReadDissent(YamlMapping yaml, DiagnosticBag diagnostics)
    {
        if (yaml.Value("dissent") is not { } node)
        {
            return [];
        }

        // 'dissent: Anna Aho, Eero Esa' is one dissenter named with a comma to YAML, as a one-item list.
        if (node is ScalarNode { Style: ScalarStyle.Plain, Value: { } surnameFirst } && SurnameFirst.Turned(surnameFirst) is { } turned)
        {
            // 'Lohiniva, Sirpa', as Finnish minutes write one name; a person page and the register write it 'Sirpa Lohiniva'.
            diagnostics.Warning(DiagnosticCodes.InvalidDissent, yaml.Source.At(node),
                $"'dissent' is one name written surname first, '{surnameFirst.Trim()}', as the minutes write it: write it first name first, as the votes and the register of members write a name, 'dissent: {turned}' (if it names two people, write them as a list, 'dissent: [{surnameFirst.Trim()}]')");
        }
        else if (node is ScalarNode { Style: ScalarStyle.Plain, Value: { } one } && one.Contains(", ", StringComparison.Ordinal))
        {
            // A name with a mark ('[[Anna Aho]]{.personal}') is quoted, so that the list written as told reads back.
            var names = string.Join(", ", one.Trim().Split(", ").Select(n => n.IndexOfAny(['[', ']', '{', '}', ':', '#']) >= 0 ? $"'{n.Replace("'", "''", StringComparison.Ordinal)}'" : n));
            diagnostics.Warning(DiagnosticCodes.InvalidDissent, yaml.Source.At(node),
                $"'dissent' is one name here, '{one.Trim()}': if it names several people, write them as a list, 'dissent: [{names}]'");
        }

        var items = node is SequenceNode list ? list.Children.ToList() : new List<Node> { node };
        var result = new List<Dissent>();
        foreach (var item in items)
        {
            if (item is ScalarNode { Value: { Length: > 0 } name })
            {
                result.Add(new Dissent(name.Trim(), null));
                continue;
            }

            if (item is MappingNode map)
            {
                var entry = yaml.Wrap(map);
                foreach (var (field, keyNode, _) in entry.Entries.Where(e => e.Key is not ("name" or "text")))
                {
                    diagnostics.Error(DiagnosticCodes.InvalidDissent, yaml.Source.At(keyNode), $"unknown field '{field}' in 'dissent'{Suggestions.DidYouMean(field, ["name", "text"])}");
                }

                var who = entry.String("name")?.Trim();
                if (string.IsNullOrEmpty(who))
                {
                    diagnostics.Error(DiagnosticCodes.InvalidDissent, entry.Location, "a dissent needs a 'name' (and may have a 'text')");
                    continue;
                }

                var text = entry.String("text")?.Trim();
                result.Add(new Dissent(who, string.IsNullOrEmpty(text) ? null : text));
                continue;
            }

            diagnostics.Error(DiagnosticCodes.InvalidDissent, yaml.Source.At(item), "each dissent must be a name or '{ name: …, text: … }'");
        }

        return result;
    }

    internal static IReadOnlyList<string> ReadPersonal(YamlMapping yaml, DiagnosticBag diagnostics)
    {
        var result = new List<string>();
        foreach (var (field, location) in yaml.StringList("personal") ?? [])
        {
            if (!LegalFields.PersonalFields.Contains(field))
            {
                diagnostics.Error(DiagnosticCodes.InvalidPersonal, location,
                    $"'{field}' cannot be marked personal{Suggestions.DidYouMean(field, LegalFields.PersonalFields)} (mark names in the text as [[Name]]{{.personal}})");
            }
            else if (!result.Contains(field))
            {
                result.Add(field);
            }
        }

        return result;
    }

    // "withdrawn: true", or the date the decision was taken off the site, which its tombstone carries.
    internal static (bool Withdrawn, DateOnly? On) ReadWithdrawn(YamlMapping yaml, DiagnosticBag diagnostics)
    {
        var text = yaml.String("withdrawn")?.Trim();
        if (text is null or "false")
        {
            return (false, null);
        }

        if (text == "true")
        {
            return (true, null);
        }

        if (IsoDate.TryParse(text, out var date))
        {
            if (DateRange.Holds(date))
            {
                return (true, date);
            }

            diagnostics.Error(DiagnosticCodes.DateOutOfRange, yaml.ValueLocation("withdrawn"), DateRange.Explain("withdrawn", date));
            return (false, null);
        }

        diagnostics.Error(DiagnosticCodes.InvalidWithdrawn, yaml.ValueLocation("withdrawn"), $"'withdrawn' must be true, false or the date it was withdrawn (e.g. 'withdrawn: {DateField.Example(text, "2025-04-01")}'), not '{text}'");
        return (false, null);
    }
}
