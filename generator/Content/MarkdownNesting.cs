namespace DecisionsPortal.Content;

/// <summary>
/// How deep a Markdown text can nest, measured from above without parsing it: Markdig refuses
/// text nested past 128 levels (100,000 '&gt;' or '[' pasted by accident) with an exception
/// that has no file or line. Every level needs an opening mark — a '&gt;' or list marker before
/// a line, a '[' or a run of '*', '_' or '~' that opens emphasis — so counting the marks not yet
/// closed in a paragraph bounds the depth, and a text whose bound passes
/// <see cref="MaxDepth"/> is reported at the line where it did, before any renderer reads it.
/// </summary>
public static class MarkdownNesting
{
    /// <summary>Half of Markdig's limit: no decision nests a tenth as deep.</summary>
    public const int MaxDepth = 64;

    public const string Message = "the text is nested more than {0} levels deep here (quotes '>', lists, brackets '[' or emphasis marks '*', '_'); look for a run of these pasted by accident";

    /// <summary>The one-based line of the text where the bound first passes the limit; null when it never does.</summary>
    public static int? TooDeep(string markdown)
    {
        var line = 1;
        var open = 0;
        var start = 0;
        while (start <= markdown.Length)
        {
            var end = markdown.IndexOf('\n', start);
            var text = markdown.AsSpan(start, (end < 0 ? markdown.Length : end) - start);
            if (text.IsWhiteSpace())
            {
                open = 0;
            }
            else
            {
                var (prefix, skip) = Containers(text);
                open = Inline(text[skip..], open, prefix);
                if (prefix + open > MaxDepth)
                {
                    return line;
                }
            }

            if (end < 0)
            {
                break;
            }

            start = end + 1;
            line++;
        }

        return null;
    }

    // The quote and list markers (and indentation, two columns a level) before a line's text.
    private static (int Depth, int Skip) Containers(ReadOnlySpan<char> text)
    {
        var depth = 0;
        var spaces = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == ' ')
            {
                spaces++;
                i++;
            }
            else if (c == '\t')
            {
                spaces += 4;
                i++;
            }
            else if (c == '>' || (c is '-' or '*' or '+' && i + 1 < text.Length && text[i + 1] == ' '))
            {
                depth++;
                i++;
            }
            else if (char.IsAsciiDigit(c))
            {
                var j = i;
                while (j < text.Length && char.IsAsciiDigit(text[j]))
                {
                    j++;
                }

                if (j + 1 < text.Length && text[j] is '.' or ')' && text[j + 1] == ' ')
                {
                    depth++;
                    i = j + 1;
                }
                else
                {
                    break;
                }
            }
            else
            {
                break;
            }
        }

        return (depth + spaces / 2, i);
    }

    // Adds the brackets and emphasis runs this line leaves open to those the paragraph had open.
    private static int Inline(ReadOnlySpan<char> text, int open, int prefix)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '[')
            {
                open++;
            }
            else if (c == ']')
            {
                open = Math.Max(open - 1, 0);
            }
            else if (c is '*' or '_' or '~')
            {
                var j = i;
                while (j < text.Length && text[j] == c)
                {
                    j++;
                }

                var run = j - i;
                var before = i == 0 || char.IsWhiteSpace(text[i - 1]);
                var after = j == text.Length || char.IsWhiteSpace(text[j]);
                // A run inside a word may open or close ('*' may, '_' may not): taken as closing
                // what is open, else as opening, so that nothing that can nest goes uncounted.
                var opens = before ? !after : after ? false : open == 0;
                open = before && after ? open : opens ? open + run : Math.Max(open - run, 0);
                i = j - 1;
            }

            if (prefix + open > MaxDepth)
            {
                return open;
            }
        }

        return open;
    }
}
