using System.Text.RegularExpressions;

namespace DecisionsPortal.Yaml;

/// <summary>
/// The fields of one item written on one line without their braces: '- title: Kutsu, file:
/// kutsu.pdf' (an attachment) or 'preparer: name: …, title: …'. Only where every field on the
/// line is one of an item's known fields, each once, with no comma or ': ' in a value: a title
/// such as 'Kaavoitus: muutos, vaihe: 2' takes quotes, and braces would misread such a value.
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
        var parts = fields.Split(", ");
        var keys = new List<string>();
        foreach (var part in parts)
        {
            var colon = part.IndexOf(": ", StringComparison.Ordinal);
            if (colon <= 0 || part.IndexOf(": ", colon + 1, StringComparison.Ordinal) >= 0 || part.IndexOfAny([',', '{', '}', '[', ']']) >= 0)
            {
                return null;
            }

            keys.Add(part[..colon]);
        }

        if (keys.Count < 2 || keys.Distinct().Count() != keys.Count || !ItemFields.Any(known => keys.All(known.Contains)))
        {
            return null;
        }

        return inner is null ? $"{lead}{{ {fields} }}" : $"{key}: {{ {fields} }}";
    }

    // An attachment's, a person's (preparer, presenter), a meeting's attendee's and a dissent's.
    private static readonly string[][] ItemFields = [["title", "file"], ["name", "title"], ["name", "role"], ["name", "text"]];

    [GeneratedRegex(@"^[\p{L}_][\p{L}\p{N}_]*:\s")]
    private static partial Regex FieldAtStart();
}
