using YamlDotNet.Core;

namespace DecisionsPortal.Yaml;

/// <summary>
/// 'section: #12', 'title: Kemi mukana #Kemi2030-kampanjassa': YAML reads ' #' as the start of a
/// note for the reader, so the field is empty, or ends before the '#', and the site shows it so
/// without a word. A note written as `new` writes them has a space after its '#' and is not named;
/// one with a word straight after its '#' is named as a warning, not an error: `new` teaches '#'
/// as the start of the editor's own note, and 'date: 2025-03-14 #muutettu' is as YAML reads it.
/// </summary>
public static partial class GluedNote
{
    /// <summary>Where the note starts, its text and the value as written with it, where a plain text value is followed on its line by such a note; else null.</summary>
    public static (Mark At, string Note, string Whole)? Of(YamlSource source, Node key, Node value)
    {
        if (key is not ScalarNode || value is not ScalarNode { Style: ScalarStyle.Plain } scalar)
        {
            return null;
        }

        // An empty value's place is unclear, so its key's line is read; a value's own line only
        // where it is as written there (one line, nothing left out of it).
        var text = scalar.Value ?? "";
        var from = text.Length == 0 ? (int)key.Start.Index : (int)value.Start.Index;
        var lineEnd = source.Text.IndexOf('\n', from);
        if (source.Text.IndexOf('#', from, (lineEnd < 0 ? source.Text.Length : lineEnd) - from) < 0)
        {
            return null;
        }

        var line = source.Text[from..(lineEnd < 0 ? source.Text.Length : lineEnd)].TrimEnd('\r');
        var glued = text.Length == 0 ? Empty().Match(line)
            : line.StartsWith(text, StringComparison.Ordinal) && !NotText().IsMatch(text) ? After().Match(line[text.Length..]) : null;
        if (glued is not { Success: true })
        {
            return null;
        }

        var at = glued.Groups["note"].Index + (text.Length == 0 ? 0 : text.Length);
        var start = text.Length == 0 ? key.Start : value.Start;
        var note = glued.Groups["note"].Value.TrimEnd();
        var whole = text.Length == 0 ? note : line[..(at + note.Length)];
        return (new Mark(start.Index + at, start.Line, start.Column + at), note, whole);
    }

    /// <summary>The value in double quotes, or in single ones when it holds a double quote or a backslash.</summary>
    public static string Quote(string value) =>
        value.Contains('"') || value.Contains('\\') ? YamlLines.InSingleQuotes(value) : YamlLines.InDoubleQuotes(value);

    // The key, its colon and blanks, then '#' and at once a character that is not a blank; the
    // note ends where a note as `new` writes them begins ('   # Lyhyt otsikko'), which is no part of it.
    [GeneratedRegex(@"^[^\s#:][^:]*:[ \t]+(?<note>#\S(?:(?![ \t]+#(?:[ \t]|$)).)*)(?:[ \t]+#(?:[ \t].*)?)?$")]
    private static partial Regex Empty();

    [GeneratedRegex(@"^[ \t]+(?<note>#\S(?:(?![ \t]+#(?:[ \t]|$)).)*)(?:[ \t]+#(?:[ \t].*)?)?$")]
    private static partial Regex After();

    // A date, a number or a yes-or-no, after which a note is only a note.
    [GeneratedRegex(@"^(?:true|false|null|~|[-+]?[0-9][0-9.:+\-TZ ]*)$", RegexOptions.IgnoreCase)]
    private static partial Regex NotText();
}
