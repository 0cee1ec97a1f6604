using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DecisionsPortal.Markup;

/// <summary>
/// Markdown as written, with the addresses of some links and images written anew: a meeting's
/// notes, which every output reads as Markdown, linking a file by another spelling of its name
/// than the one stored (its accents composed where the file has them as marks of their own) lead
/// to the file stored, as a decision's links do.
/// </summary>
public static class ReaddressedMarkdown
{
    /// <param name="address">The address to write for a link's address as written; null to keep it.</param>
    public static string With(string markdown, Func<string, string?> address)
    {
        if (!MarkdownSyntax.MayHaveLinks(markdown))
        {
            return markdown;
        }

        var changes = new List<(int Start, int End, string Address)>();
        foreach (var node in MarkdownSyntax.Parse(markdown).Descendants())
        {
            var (url, span) = node switch
            {
                LinkInline { IsAutoLink: false } link => (link.Url, link.UrlSpan),
                LinkReferenceDefinition definition => (definition.Url, definition.UrlSpan),
                _ => (null, SourceSpan.Empty),
            };
            if (url is not null && !span.IsEmpty && span.End < markdown.Length && address(url) is { } now)
            {
                changes.Add((span.Start, span.End, now));
            }
        }

        if (changes.Count == 0)
        {
            return markdown;
        }

        var text = new System.Text.StringBuilder(markdown);
        foreach (var (start, end, now) in changes.OrderByDescending(c => c.Start))
        {
            text.Remove(start, end - start + 1).Insert(start, now);
        }

        return text.ToString();
    }
}
