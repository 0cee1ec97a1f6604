using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DecisionsPortal.Markup;

/// <summary>
/// Markdown as written, without the links and images whose address is no longer published: a
/// link keeps its words, an image and a link definition go. The open data carries the text as
/// Markdown, so an attachment withheld when its personal data expired must leave it too, file
/// name and all (a name such as 'hakemus-matti-virtanen.pdf' is personal data itself).
/// </summary>
public static class UnlinkedMarkdown
{
    public static string Without(string markdown, Func<string, bool> withheld)
    {
        if (!MarkdownSyntax.MayHaveLinks(markdown))
        {
            return markdown;
        }

        // Each cut with the span of the words it keeps (a link's text, which may hold a withheld image itself).
        var cuts = new List<(int Start, int End, int WordsStart, int WordsEnd)>();
        foreach (var node in MarkdownSyntax.Parse(markdown).Descendants())
        {
            switch (node)
            {
                case AutolinkInline autolink when withheld(autolink.Url):
                    cuts.Add((autolink.Span.Start, autolink.Span.End, 0, 0));
                    break;
                // A bare address's words are the address itself: it goes whole, as an autolink does.
                case LinkInline { Url: { } url } link when withheld(url):
                    cuts.Add(link.IsImage || link.IsAutoLink || link.FirstChild is null
                        ? (link.Span.Start, link.Span.End, 0, 0)
                        : (link.Span.Start, link.Span.End, link.FirstChild.Span.Start, link.LastChild!.Span.End + 1));
                    break;
                case LinkReferenceDefinition { Url: { } url } definition when withheld(url):
                    cuts.Add((definition.Span.Start, definition.Span.End, 0, 0));
                    break;
            }
        }

        if (cuts.Count == 0)
        {
            return markdown;
        }

        // In the text's order, outer before inner: a link's words are written with the cuts inside them made.
        cuts.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var text = new System.Text.StringBuilder(markdown.Length);
        var next = 0;
        Write(0, markdown.Length);
        return text.ToString();

        void Write(int from, int to)
        {
            var at = from;
            while (next < cuts.Count && cuts[next].Start < to)
            {
                var (start, end, wordsStart, wordsEnd) = cuts[next++];
                text.Append(markdown, at, start - at);
                Write(wordsStart, wordsEnd);

                // Any other cut within this one (in an image's description, say) went with it.
                while (next < cuts.Count && cuts[next].Start <= end)
                {
                    next++;
                }

                at = end + 1;
            }

            text.Append(markdown, at, to - at);
        }
    }
}
