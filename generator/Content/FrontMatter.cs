namespace DecisionsPortal.Content;

/// <summary>
/// Splits a file into its YAML front matter and its Markdown body, remembering the line each
/// starts on so that positions reported inside either can be shown as lines of the file.
/// </summary>
public sealed record FrontMatter(string Yaml, int YamlFirstLine, string Markdown, int MarkdownFirstLine)
{
    /// <summary>
    /// The first '---' line written after a character of no width (a byte-order mark where two
    /// files were pasted together): read as the '---' it looks like, and named by the reader.
    /// </summary>
    public (int Line, char Character)? UnseenBeforeMarker { get; init; }

    public enum Problem
    {
        None,
        Missing,
        Unclosed,
    }

    /// <summary>
    /// Splits a file's valid UTF-8 bytes (without a byte order mark), decoding only the two parts
    /// rather than the whole file and then copying both out of it; line ends become '\n'.
    /// </summary>
    public static (FrontMatter? FrontMatter, Problem Problem) Split(ReadOnlySpan<byte> utf8)
    {
        var firstEnd = utf8.IndexOf((byte)'\n');
        var opening = utf8[..(firstEnd < 0 ? utf8.Length : firstEnd)];
        (int Line, char Character)? unseen = Unseen(opening) is { } first ? (1, first) : null;
        if (!IsMarker(opening, dotsToo: false))
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
            var length = utf8[start..].IndexOf((byte)'\n');
            var end = length < 0 ? utf8.Length : start + length;
            if (IsMarker(utf8[start..end], dotsToo: true))
            {
                unseen ??= Unseen(utf8[start..end]) is { } closing ? (i + 1, closing) : null;
                var yaml = start == yamlStart ? "" : Text(utf8[yamlStart..(start - 1)]);

                // "\r\n" becomes "\n", so the '\r' before the last line break goes too.
                if (start > yamlStart && utf8[start - 2] == '\r' && yaml.EndsWith('\r'))
                {
                    yaml = yaml[..^1];
                }

                var markdown = length < 0 ? "" : Text(utf8[(end + 1)..]);
                return (new FrontMatter(yaml, 2, markdown, i + 2) { UnseenBeforeMarker = unseen }, Problem.None);
            }

            if (length < 0)
            {
                return (null, Problem.Unclosed);
            }

            start = end + 1;
        }
    }

    /// <summary>
    /// Where the closing '---' of an unclosed front matter belongs: above the first line that
    /// cannot be a field (the Markdown text began there), or else below the last line.
    /// </summary>
    public static (int Line, bool Above) ClosingLine(string text)
    {
        var lines = text.Split('\n');
        var last = 1;
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var colon = line.IndexOf(':');
            var fieldLike = line[0] is ' ' or '\t' or '-' or '#' || (colon > 0 && (colon == line.Length - 1 || line[colon + 1] == ' '));
            if (!fieldLike)
            {
                return (i + 1, true);
            }

            last = i + 1;
        }

        return (last, false);
    }

    private static string Text(ReadOnlySpan<byte> utf8)
    {
        var text = System.Text.Encoding.UTF8.GetString(utf8);
        return text.Contains('\r') ? text.Replace("\r\n", "\n") : text;
    }

    private static bool IsMarker(ReadOnlySpan<byte> line, bool dotsToo)
    {
        while (ZeroWidthAt(line) > 0)
        {
            line = line[3..];
        }

        var trimmed = line.TrimEnd("\r \t"u8);
        return trimmed.SequenceEqual("---"u8) || (dotsToo && trimmed.SequenceEqual("..."u8));
    }

    private static char? Unseen(ReadOnlySpan<byte> line) => ZeroWidthAt(line) is var c and > 0 ? (char)c : null;

    // U+FEFF, U+200B or U+2060 at the line's start, as UTF-8 (each three bytes); 0 for none.
    private static int ZeroWidthAt(ReadOnlySpan<byte> line) =>
        line.StartsWith("\uFEFF"u8) ? 0xFEFF : line.StartsWith("\u200B"u8) ? 0x200B : line.StartsWith("\u2060"u8) ? 0x2060 : 0;
}
