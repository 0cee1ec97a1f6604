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

    public static (FrontMatter? FrontMatter, Problem Problem) Split(string text)
    {
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd('\r', ' ', '\t') != "---")
        {
            return (null, Problem.Missing);
        }

        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r', ' ', '\t');
            if (line is "---" or "...")
            {
                var yaml = string.Join('\n', lines[1..i]);
                var markdown = string.Join('\n', lines[(i + 1)..]);
                return (new FrontMatter(yaml, 2, markdown, i + 2), Problem.None);
            }
        }

        return (null, Problem.Unclosed);
    }
}
