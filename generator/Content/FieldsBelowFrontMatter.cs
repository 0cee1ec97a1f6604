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
        var lines = markdown.Split('\n');
        var i = 0;
        while (i < lines.Length && lines[i].Trim().Length == 0)
        {
            i++;
        }

        for (; i < lines.Length && FieldOf(lines[i]) is { } field; i++)
        {
            diagnostics.Error(DiagnosticCodes.FieldBelowFrontMatter, new SourceLocation(path, markdownFirstLine + i, 1),
                $"'{field}:' is below the line that closes the front matter (line {markdownFirstLine - 1}), so it is text of the page, not a field, and is not read: move it above that line");
        }
    }

    // 'confidential: true': a decision's field name as written in front matter, then a colon and a space or the line's end.
    private static string? FieldOf(string line)
    {
        var colon = line.IndexOf(':');
        if (colon <= 0 || (colon + 1 < line.Length && line[colon + 1] is not (' ' or '\t' or '\r')))
        {
            return null;
        }

        var name = line[..colon];
        return DecisionFields.All.Contains(name, StringComparer.Ordinal) ? name : null;
    }
}
