namespace DecisionsPortal.Shared;

/// <summary>
/// 'title: ”Koulun katto”': quotes typed in Word, Outlook or a phone, which turn '"' into ” or “,
/// are text to YAML, so the site shows them (and 'body: ”kaupunginhallitus”' names no organ,
/// though it looks like one). Only a value wholly between such quotes is named; one that quotes a
/// part ('”Kemi 2030” -strategia') is as written.
/// </summary>
public static class TypographicQuotes
{
    private const string Marks = "“”„‟«»‘’‚‛‹›";

    /// <summary>The text between the quotes, where a value is wholly between typographic quotes; else null.</summary>
    public static string? Inside(string? value)
    {
        if (value is not { Length: >= 3 } || !Marks.Contains(value[0]) || !Marks.Contains(value[^1]))
        {
            return null;
        }

        var inner = value[1..^1];
        return inner.Contains(value[0]) || inner.Contains(value[^1]) || inner.Trim().Length == 0 ? null : inner;
    }
}
