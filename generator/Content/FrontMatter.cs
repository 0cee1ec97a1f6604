namespace DecisionsPortal.Content;

/// <summary>
/// Splits a file into its YAML front matter and its Markdown body, remembering the line each
/// starts on so that positions reported inside either can be shown as lines of the file.
/// </summary>
public sealed record FrontMatter(string Yaml, int YamlFirstLine, string Markdown, int MarkdownFirstLine)
{
    public enum Problem
    {
        None,
        Missing,
        Unclosed,
    }

    // Walks the lines by index instead of splitting the text into an array of lines and joining
    // them again: every file of the site passes through here (and its body may be long).
    public static (FrontMatter? FrontMatter, Problem Problem) Split(string text)
    {
        var firstEnd = text.IndexOf('\n');
        if (!IsMarker(text.AsSpan(0, firstEnd < 0 ? text.Length : firstEnd), dotsToo: false))
        {
            return (null, Problem.Missing);
        }

        if (firstEnd < 0)
        {
            return (null, Problem.Unclosed);
        }

        var yamlStart = firstEnd + 1;
        var start = yamlStart;
        for (var i = 1; ; i++)
        {
            var end = text.IndexOf('\n', start);
            if (IsMarker(text.AsSpan(start, (end < 0 ? text.Length : end) - start), dotsToo: true))
            {
                var yaml = start == yamlStart ? "" : text[yamlStart..(start - 1)];
                var markdown = end < 0 ? "" : text[(end + 1)..];
                return (new FrontMatter(yaml, 2, markdown, i + 2), Problem.None);
            }

            if (end < 0)
            {
                return (null, Problem.Unclosed);
            }

            start = end + 1;
        }
    }

    private static bool IsMarker(ReadOnlySpan<char> line, bool dotsToo)
    {
        var trimmed = line.TrimEnd("\r \t");
        return trimmed is "---" || (dotsToo && trimmed is "...");
    }
}
