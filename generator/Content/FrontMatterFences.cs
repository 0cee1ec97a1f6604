using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Content;

/// <summary>
/// Why a file whose front matter could not be split has none: a '---' line that is almost right
/// (after empty lines, indented, of four hyphens, or a dash a word processor made of the hyphens),
/// or nothing at all. Named at the line with what to write; null when no line is almost right.
/// </summary>
public static partial class FrontMatterFences
{
    private const string NotThreeHyphens = "the front matter is opened and closed by a line of exactly three hyphens, '---', not '{0}': write '---' here";

    private const string Dashes = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212";

    public static (int Line, MessageText Message)? Opening(string text)
    {
        var lines = text.Split('\n');
        var first = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (first < 0)
        {
            return (1, "the file is empty: it must start with front matter, a line '---', the fields, and another line '---'");
        }

        var line = lines[first].TrimEnd('\r', ' ', '\t');
        if (!DashesOnly(line))
        {
            return null;
        }

        return line.Trim() != "---" ? (first + 1, MessageText.Format(NotThreeHyphens, line))
            : first > 0 ? (first + 1, "the line '---' that opens the front matter must be the file's first line: delete the empty lines above it")
            : (1, "the line '---' that opens the front matter must start at the beginning of the line: delete the spaces before it");
    }

    /// <summary>The first line after the opening one that was meant to close the front matter; null when none looks meant.</summary>
    public static (int Line, MessageText Message)? Closing(string text)
    {
        var lines = text.Split('\n');
        var inBlock = false;
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r', ' ', '\t');

            // The lines of a block text ('proposal: |') are its text, a rule of hyphens among them too:
            // taken for the fence, the message would have the editor cut the text in two.
            inBlock = line.Length == 0 ? inBlock : line[0] is ' ' or '\t' ? inBlock : false;
            if (!inBlock && DashesOnly(line) && line.Trim() != "-")
            {
                return (i + 1, MessageText.Format(NotThreeHyphens, line));
            }

            inBlock |= BlockTextHeader().IsMatch(line);
        }

        return null;
    }

    // A field whose value is a block text on the lines below: 'proposal: |', 'text: >-'.
    [System.Text.RegularExpressions.GeneratedRegex(@"^\S[^#]*:\s*[|>][-+0-9]*\s*(#.*)?$")]
    private static partial System.Text.RegularExpressions.Regex BlockTextHeader();

    // Hyphens or dashes alone, perhaps indented: '----', '  ---', '—', '–––' (not a YAML list's '- x').
    private static bool DashesOnly(string line) => line.Trim().Length > 0 && line.Trim().All(c => Dashes.Contains(c));
}
