using System.Text.RegularExpressions;
using YamlDotNet.Core;

namespace DecisionsPortal.Yaml;

/// <summary>
/// 'section: #12', 'title: #Kemi2030 …': YAML reads ' #' as the start of a note for the reader,
/// so the field is empty, and an optional one ('section', 'dnro') leaves the site without a word.
/// It is a warning, not an error: `new` teaches '#' as the start of the editor's own note, and a
/// note written straight after the colon ('section: #ei pykälää') is as YAML reads it.
/// </summary>
public static partial class GluedNote
{
    /// <summary>Where the note starts and its text, where the key's value is empty and a note follows it on the key's line; else null.</summary>
    public static (Mark At, string Note)? Of(YamlSource source, Node key, Node value)
    {
        if (key is not ScalarNode || value is not ScalarNode { Style: ScalarStyle.Plain, Value: null or "" })
        {
            return null;
        }

        var start = (int)key.Start.Index;
        var lineEnd = source.Text.IndexOf('\n', start);
        var line = source.Text[start..(lineEnd < 0 ? source.Text.Length : lineEnd)].TrimEnd('\r');
        if (Glued().Match(line) is not { Success: true } glued)
        {
            return null;
        }

        var at = glued.Groups["note"].Index;
        return (new Mark(key.Start.Index + at, key.Start.Line, key.Start.Column + at), glued.Groups["note"].Value.TrimEnd());
    }

    /// <summary>The value in double quotes, or in single ones when it holds a double quote or a backslash.</summary>
    public static string Quote(string value) =>
        value.Contains('"') || value.Contains('\\') ? $"'{value.Replace("'", "''")}'" : $"\"{value}\"";

    // The key, its colon and blanks, then '#' and at once a character that is not a blank: a note
    // written as `new` writes them has a space after its '#' and is not named.
    [GeneratedRegex(@"^[^\s#:][^:]*:[ \t]+(?<note>#\S.*)$")]
    private static partial Regex Glued();
}
