using DecisionsPortal.Markup;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DecisionsPortal.Content;

/// <summary>
/// How deep a Markdown text nests, checked before any renderer reads it: Markdig refuses text
/// nested past 128 levels (100,000 '&gt;' or '[' pasted by accident) with an exception that has
/// no file or line. Every level needs an opening mark (a '&gt;' or list marker before a line, a
/// '[' or a run of '*', '_' or '~' that opens emphasis), so a scan of the text counts the marks
/// not yet closed in each paragraph: a bound on the depth. Quotes and lists nest as their markers
/// say, and are reported by the bound; a '[' or '*' left open nests nothing, so when only the
/// bound of brackets and emphasis passes <see cref="MaxDepth"/>, the text is parsed and its
/// real depth measured. The parser keeps every '[' and emphasis mark of a paragraph open until
/// the paragraph ends, each one making every later piece of text slower to add (and, past
/// 10,240, an exception); a paragraph with more than <see cref="MaxMarks"/> is reported before
/// it is parsed.
/// </summary>
public static class MarkdownNesting
{
    /// <summary>Half of Markdig's limit: no decision nests a tenth as deep.</summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// Past this many marks a paragraph's parse slows with each one (every mark stays open to the
    /// paragraph's end); a decision's paragraph has a few dozen.
    /// </summary>
    public const int MaxMarks = 1000;

    public const string Message = "the text is nested more than {0} levels deep here (quotes '>', lists, brackets '[' or emphasis marks '*', '_'); look for a run of these pasted by accident";

    public const string MarksMessage = "this paragraph has more than {0} brackets '[' not closed by ']' and emphasis marks '*', '_', '~', more than Markdown can read in one paragraph: divide it with blank lines, or remove a run of them pasted by accident; a mark meant as text is written '\\*' or '\\['";

    public enum Problem
    {
        TooDeep,
        TooManyMarks,
    }

    /// <summary>The one-based line of the text where it first nests too deep or has too many marks; null when it never does.</summary>
    public static (int Line, Problem Problem)? Check(string markdown)
    {
        var line = 1;
        var open = 0;
        var marks = 0;
        var start = 0;
        int? mayBeDeep = null;
        string? fence = null;
        while (start <= markdown.Length)
        {
            var end = markdown.IndexOf('\n', start);
            var text = markdown.AsSpan(start, (end < 0 ? markdown.Length : end) - start);
            if (text.IsWhiteSpace())
            {
                open = 0;
                marks = 0;
            }
            else
            {
                var (prefix, skip) = Containers(text);
                if (prefix > MaxDepth)
                {
                    return (line, Problem.TooDeep);
                }

                var rest = text[skip..].TrimStart();
                if (fence is not null || Fence(rest) is not null)
                {
                    // Code: its marks are letters. A fence ends at a line of at least as many of its marks.
                    fence = fence is null ? Fence(rest) : Fence(rest) is { } closing && closing[0] == fence[0] && closing.Length >= fence.Length && rest.Trim().Length == closing.Length ? null : fence;
                    open = 0;
                    marks = 0;
                }
                else
                {
                    (open, marks, var most) = Inline(rest, open, marks);
                    mayBeDeep ??= prefix + most > MaxDepth ? line : null;
                }

                if (marks > MaxMarks)
                {
                    return (line, Problem.TooManyMarks);
                }
            }

            if (end < 0)
            {
                break;
            }

            start = end + 1;
            line++;
        }

        return mayBeDeep is { } first && Deepest(markdown, first) is { } deep ? (deep, Problem.TooDeep) : null;
    }

    // The one-based line of the first element nested more than MaxDepth deep, as the renderer
    // counts; 'first', where the bound first passed, when the parser itself refuses the depth.
    private static int? Deepest(string markdown, int first)
    {
        MarkdownDocument document;
        try
        {
            document = MarkdownSyntax.Parse(markdown);
        }
        catch (ArgumentException e) when (e.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            // Markdig's "too deeply nested", thrown where a run of thousands of '*' closes.
            return first;
        }

        var stack = new Stack<(MarkdownObject Node, int Depth)>();
        stack.Push((document, 0));
        int? deepest = null;
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (depth > MaxDepth)
            {
                deepest = Math.Min(deepest ?? int.MaxValue, node.Line + 1);
                continue;
            }

            IEnumerable<MarkdownObject> children = node switch
            {
                ContainerBlock blocks => blocks,
                LeafBlock { Inline: { } inline } => [inline],
                ContainerInline inlines => inlines,
                _ => [],
            };
            foreach (var child in children)
            {
                stack.Push((child, depth + 1));
            }
        }

        return deepest;
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

    // The last index of the code span that starts at 'start' (its marks are letters), or of its
    // opening backticks when no run as long closes it on the line.
    private static int CodeSpanEnd(ReadOnlySpan<char> text, int start)
    {
        var run = text[start..].Length - text[start..].TrimStart('`').Length;
        for (var i = start + run; i < text.Length; i++)
        {
            if (text[i] == '`')
            {
                var closing = text[i..].Length - text[i..].TrimStart('`').Length;
                if (closing == run)
                {
                    return i + run - 1;
                }

                i += closing - 1;
            }
        }

        return start + run - 1;
    }

    // The run of '`' or '~' (three or more) that opens or closes a fenced code block.
    private static string? Fence(ReadOnlySpan<char> text)
    {
        if (text.Length < 3 || text[0] is not ('`' or '~'))
        {
            return null;
        }

        var run = text.Length - text.TrimStart(text[0]).Length;
        return run >= 3 ? new string(text[0], run) : null;
    }

    private static readonly System.Buffers.SearchValues<char> InlineMarks = System.Buffers.SearchValues.Create("\\`[]*_~");

    // Adds the brackets and emphasis runs this line leaves open to those the paragraph had open,
    // and the marks the parser keeps open to the paragraph's count; Most is the most open at once.
    private static (int Open, int Marks, int Most) Inline(ReadOnlySpan<char> text, int open, int marks)
    {
        var most = open;
        for (var i = 0; i < text.Length; i++)
        {
            // Other characters change nothing: skipped in one vectorised search.
            var next = text[i..].IndexOfAny(InlineMarks);
            if (next < 0)
            {
                break;
            }

            i += next;
            var c = text[i];
            if (c == '\\')
            {
                i++;
            }
            else if (c == '`')
            {
                i = CodeSpanEnd(text, i);
            }
            else if (c == '[')
            {
                open++;
                marks++;
            }
            else if (c == ']')
            {
                open = Math.Max(open - 1, 0);
                marks = Math.Max(marks - 1, 0);
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
                marks += before && after ? 0 : 1;
                i = j - 1;
            }

            most = Math.Max(most, open);
        }

        return (open, marks, most);
    }
}
