namespace DecisionsPortal.Yaml;

/// <summary>
/// The fields of one item written on one line without their braces: '- title: Kutsu, file:
/// kutsu.pdf' (an attachment) or 'preparer: name: …, title: …'. The line is cut where ', ' comes
/// before one of an item's known fields, so a value may hold a comma ('Kartta, osa 2'), and is
/// quoted in the braces where it does; only where every field is one item's, each once, and no
/// value holds ': ' or a bracket: a title such as 'Kaavoitus: muutos, vaihe: 2' takes quotes.
/// </summary>
internal static partial class ItemFieldsOnOneLine
{
    /// <summary>The line with the item's fields in braces, or null when it is not such a line.</summary>
    public static string? Braced(string lead, string key, string value)
    {
        var inner = lead.Length == 0 ? FieldAtStart().Match(value) : null;
        if (lead.Length == 0 && inner is not { Success: true })
        {
            return null;
        }

        var fields = inner is null ? key + ": " + value : value;
        var cuts = NextField().Matches(fields);
        var starts = cuts.Select(m => m.Index + 2).Prepend(0).ToList();
        var ends = cuts.Select(m => m.Index).Append(fields.Length).ToList();
        var keys = new List<string>();
        var parts = new List<string>();
        for (var i = 0; i < starts.Count; i++)
        {
            var part = fields[starts[i]..ends[i]];
            var colon = part.IndexOf(": ", StringComparison.Ordinal);
            if (colon <= 0)
            {
                return null;
            }

            var text = part[(colon + 2)..];
            if (text.Contains(": ", StringComparison.Ordinal) || text.IndexOfAny(['{', '}', '[', ']']) >= 0)
            {
                return null;
            }

            keys.Add(part[..colon]);
            parts.Add($"{part[..colon]}: {(text.Contains(',') ? GluedNote.Quote(text) : text)}");
        }

        if (keys.Count < 2 || keys.Distinct().Count() != keys.Count || !ItemFields.Any(known => keys.All(known.Contains)))
        {
            return null;
        }

        var braced = string.Join(", ", parts);
        return inner is null ? $"{lead}{{ {braced} }}" : $"{key}: {{ {braced} }}";
    }

    // An attachment's, a person's (preparer, presenter), a meeting's attendee's and a dissent's.
    private static readonly string[][] ItemFields = [["title", "file"], ["name", "title"], ["name", "role"], ["name", "text"]];

    [GeneratedRegex(@"^[\p{L}_][\p{L}\p{N}_]*:\s")]
    private static partial Regex FieldAtStart();

    // ', ' and a field of one of ItemFields: where the next field begins.
    [GeneratedRegex(@", (?=(?:title|file|name|role|text): )")]
    private static partial Regex NextField();
}
