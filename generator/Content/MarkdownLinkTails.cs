namespace DecisionsPortal.Content;

/// <summary>
/// The part of a Markdown link after <c>](</c> that its parser would read letter by letter to the
/// end of the paragraph, measured from above without parsing it. Markdig reads an address up to
/// the <c>)</c> that closes it, counting each <c>(</c> in between as one more to close, and a title
/// in <c>( )</c> up to its <c>)</c>; when none comes it reads on to the end of the paragraph, and
/// does so again for every <c>](</c>, so <c>[a](</c> pasted over and over takes a time growing
/// with the square of the count to parse. cmark, CommonMark's reference parser,
/// stops an address at 32 open <c>(</c> for the same reason; a tail holding more than
/// <see cref="MaxOpen"/> open <c>(</c> is reported at its line, before any renderer reads the
/// text. Below the limit every letter is read for at most 33 tails, so a text costs what its
/// length does. No address or title of a real decision holds more than two or three.
/// </summary>
public static class MarkdownLinkTails
{
    public const int MaxOpen = 32;

    public const string Message = "the link address after '](' here has more than {0} '(' that no ')' closes; Markdown would read on to the end of the paragraph for each of them: close them with ')', or, if '[…](' was pasted many times, remove the copies";

    /// <summary>The one-based line of the first tail that passes the limit; null when none does.</summary>
    public static int? TooLong(string markdown)
    {
        var at = markdown.IndexOf("](", StringComparison.Ordinal);
        while (at >= 0)
        {
            if (Passes(markdown, at + 2) is { } position)
            {
                return 1 + markdown.AsSpan(0, position).Count('\n');
            }

            at = markdown.IndexOf("](", at + 2, StringComparison.Ordinal);
        }

        return null;
    }

    // The position of the '(' that passes the limit in the tail starting at 'start'; null when none does.
    private static int? Passes(string text, int start)
    {
        var i = SkipSpace(text, start);
        if (i < text.Length && text[i] == '<')
        {
            // An address in '< >' ends at the line's end at the latest.
            return null;
        }

        var open = 0;
        for (; i < text.Length && !char.IsWhiteSpace(text[i]) && !char.IsControl(text[i]); i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == '(' && ++open > MaxOpen)
            {
                return i;
            }
            else if (text[i] == ')' && --open < 0)
            {
                return null;
            }
        }

        i = SkipSpace(text, i);
        return i < text.Length && text[i] == '(' ? Title(text, i + 1) : null;
    }

    // A title in '( )' ends at its ')' or at a blank line; a '(' inside it is read as a letter.
    private static int? Title(string text, int start)
    {
        var open = 1;
        var blank = false;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                if (blank)
                {
                    return null;
                }

                blank = true;
            }
            else if (c == '\\')
            {
                i++;
                blank = false;
            }
            else if (c == ')')
            {
                return null;
            }
            else if (c == '(' && ++open > MaxOpen)
            {
                return i;
            }
            else if (!char.IsWhiteSpace(c))
            {
                blank = false;
            }
        }

        return null;
    }

    // Spaces, tabs and at most one line break, as between a link's parts.
    private static int SkipSpace(string text, int i)
    {
        var lineBreaks = 0;
        while (i < text.Length && text[i] is ' ' or '\t' or '\r' or '\n' && (text[i] != '\n' || ++lineBreaks <= 1))
        {
            i++;
        }

        return i;
    }
}
