using DecisionsPortal.Law;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DecisionsPortal.Markup;

/// <summary>
/// A parsed text made ready for its page's HTML: internal links become the addresses the Model
/// stage resolved, a mark in a link's title shows its words, and headings start at h2 because the
/// page title is the h1. Its words are taken before (<see cref="PlainText.FromDocument"/>): this rewrites the document.
/// </summary>
public static class PageMarkdown
{
    public static MarkdownDocument ForPage(MarkdownDocument document, string markdown, IReadOnlyDictionary<string, string>? links)
    {
        RewriteInternalLinks(document, links);
        ShowMarkedTitles(document, markdown);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Min(heading.Level + 1, 6);
        }

        return document;
    }

    // A mark in a link's or image's title (an attribute, which no inline of a mark can be in) shows
    // its words as a mark in the text does: only the decision's own page has marks left to show.
    private static void ShowMarkedTitles(MarkdownDocument document, string markdown)
    {
        if (!PersonalDataMarks.Has(markdown))
        {
            return;
        }

        foreach (var link in document.Descendants<LinkInline>())
        {
            link.Title = link.Title is { } title ? PersonalDataMarks.Unmark(title) : null;
        }
    }

    private static void RewriteInternalLinks(MarkdownDocument document, IReadOnlyDictionary<string, string>? links)
    {
        if (links is null || links.Count == 0)
        {
            return;
        }

        // Links to what is withheld left the text in the Model (InternalLinks.WithoutWithheld).
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is { } url && links.TryGetValue(url, out var address) && address != Site.DecisionPage.Withheld)
            {
                link.Url = address;
            }
        }
    }
}
