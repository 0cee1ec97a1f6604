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
        if (!markdown.Contains('['))
        {
            return markdown;
        }

        var cuts = new List<(int Start, int End, string Words)>();
        foreach (var node in MarkdownSyntax.Parse(markdown).Descendants())
        {
            switch (node)
            {
                case LinkInline { Url: { } url } link when withheld(url):
                    var words = link.IsImage || link.FirstChild is null ? "" : markdown[link.FirstChild.Span.Start..(link.LastChild!.Span.End + 1)];
                    cuts.Add((link.Span.Start, link.Span.End, words));
                    break;
                case LinkReferenceDefinition { Url: { } url } definition when withheld(url):
                    cuts.Add((definition.Span.Start, definition.Span.End, ""));
                    break;
            }
        }

        if (cuts.Count == 0)
        {
            return markdown;
        }

        // From the end, so that each cut's place in the text still holds; a cut inside one already made is skipped.
        var text = new System.Text.StringBuilder(markdown);
        var before = int.MaxValue;
        foreach (var (start, end, words) in cuts.OrderByDescending(c => c.Start))
        {
            if (end >= before)
            {
                continue;
            }

            text.Remove(start, end - start + 1).Insert(start, words);
            before = start;
        }

        return text.ToString();
    }
}
