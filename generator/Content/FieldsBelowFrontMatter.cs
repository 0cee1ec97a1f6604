using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Content;

/// <summary>
/// A field written below the front matter's closing '---' (or '...') is Markdown there: an
/// editor who added 'confidential: true' under the closing line, or closed the front matter too
/// early, saw it published as a line of the page, and the decision published in full. Field lines
/// at the start of the text are an error at their line, naming the closing line to move them above.
/// </summary>
public static class FieldsBelowFrontMatter
{
    /// <param name="markdownFirstLine">The file's line on which the text starts; the closing line is the one before.</param>
    public static void Check(string markdown, int markdownFirstLine, string path, DiagnosticBag diagnostics)
    {
        // Only the text's first lines are read (every decision is checked on every load): blank
        // ones, then field lines until the first that is not one.
        var blank = true;
        var rest = markdown.AsSpan();
        for (var i = 0; !rest.IsEmpty; i++)
        {
            var end = rest.IndexOf('\n');
            var line = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + 1)..];
            if (blank && line.IsWhiteSpace())
            {
                continue;
            }

            blank = false;
            if (FieldOf(line) is not { } field)
            {
                return;
            }

            diagnostics.Error(DiagnosticCodes.FieldBelowFrontMatter, new SourceLocation(path, markdownFirstLine + i, 1),
                $"'{field}:' is below the line that closes the front matter (line {markdownFirstLine - 1}), so it is text of the page, not a field, and is not read: move it above that line");
        }
    }

    // 'confidential: true': a decision's field name as written in front matter, then a colon and a space or the line's end.
    private static string? FieldOf(ReadOnlySpan<char> line)
    {
        var colon = line.IndexOf(':');
        if (colon <= 0 || (colon + 1 < line.Length && line[colon + 1] is not (' ' or '\t' or '\r')))
        {
            return null;
        }

        var name = line[..colon];
        foreach (var field in DecisionFields.All)
        {
            if (name.SequenceEqual(field))
            {
                return field;
            }
        }

        return null;
    }
}
