namespace DecisionsPortal.Content;

/// <summary>
/// Link definitions (<c>[a]: https://…</c>) one under another with no blank line between: Markdig
/// reads them one by one from the paragraph's start, each time over all the lines left, so the
/// time grows with the square of their number (an 8 MB file of them would take hours). A run of more than <see cref="MaxRun"/> is reported at its line
/// before the text is parsed; a blank line between them costs nothing. A decision has a few.
/// </summary>
public static class MarkdownDefinitions
{
    public const int MaxRun = 500;

    public const string Message = "more than {0} link definitions '[…]: address' follow one another here with no blank line between; Markdown reads such a run again for each of them: put a blank line between groups of them, or remove the copies pasted by accident";

    /// <summary>The one-based line of the definition that makes a run too long; null when none does.</summary>
    public static int? TooLong(string markdown)
    {
        var line = 0;
        var run = 0;
        foreach (var range in markdown.AsSpan().Split('\n'))
        {
            line++;
            var text = markdown.AsSpan(range).TrimEnd('\r');
            if (text.IsWhiteSpace())
            {
                run = 0;
            }
            else if (LooksLikeDefinition(text) && ++run > MaxRun)
            {
                return line;
            }
        }

        return null;
    }

    // '[label]:' after at most three spaces (and any quote or list markers), the label without brackets.
    private static bool LooksLikeDefinition(ReadOnlySpan<char> text)
    {
        var start = text.TrimStart(" \t>");
        if (start.Length < 4 || start[0] != '[')
        {
            return false;
        }

        var close = start[1..].IndexOfAny('[', ']') + 1;
        return close > 0 && start[close] == ']' && close + 1 < start.Length && start[close + 1] == ':';
    }
}
