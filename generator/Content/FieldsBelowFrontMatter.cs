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
    /// <summary>
    /// Reports the field lines the text of <paramref name="frontMatter"/> begins with; true when it did. Below a front matter
    /// with no fields at all ('---' twice at the top of the file) it is the second '---' that is wrong: one error there.
    /// </summary>
    /// <param name="fields">The fields of the file's kind (a decision's, a meeting's).</param>
    public static bool Check(FrontMatter frontMatter, string path, IReadOnlyCollection<string> fields, DiagnosticBag diagnostics)
    {
        var closing = frontMatter.MarkdownFirstLine - 1;
        if (string.IsNullOrWhiteSpace(frontMatter.Yaml) && FirstField(frontMatter.Markdown, fields) is { } first)
        {
            diagnostics.Error(DiagnosticCodes.FieldBelowFrontMatter, new SourceLocation(path, closing, 1),
                $"this line closes the front matter that the '---' on line {frontMatter.YamlFirstLine - 1} opens, before any field, so '{first}:' and the lines after it are text of the page, not fields: delete this line");
            return true;
        }

        return Check(frontMatter.Markdown, frontMatter.MarkdownFirstLine, path, fields, diagnostics);
    }

    private static string? FirstField(string markdown, IReadOnlyCollection<string> fields) =>
        markdown.Split('\n').FirstOrDefault(l => !string.IsNullOrWhiteSpace(l)) is { } line ? FieldOf(line, fields) : null;

    private static bool Check(string markdown, int markdownFirstLine, string path, IReadOnlyCollection<string> fields, DiagnosticBag diagnostics)
    {
        var found = false;
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
            if (FieldOf(line, fields) is not { } field)
            {
                return found;
            }

            found = true;
            diagnostics.Error(DiagnosticCodes.FieldBelowFrontMatter, new SourceLocation(path, markdownFirstLine + i, 1),
                $"'{field}:' is below the line that closes the front matter (line {markdownFirstLine - 1}), so it is text of the page, not a field, and is not read: move it above that line");
        }

        return found;
    }

    // 'confidential: true': a decision's field name as written in front matter, then a colon and a space or the line's end.
    private static string? FieldOf(ReadOnlySpan<char> line, IReadOnlyCollection<string> fields)
    {
        var colon = line.IndexOf(':');
        if (colon <= 0 || (colon + 1 < line.Length && line[colon + 1] is not (' ' or '\t' or '\r')))
        {
            return null;
        }

        var name = line[..colon];
        foreach (var field in fields)
        {
            if (name.SequenceEqual(field))
            {
                return field;
            }
        }

        return null;
    }
}
