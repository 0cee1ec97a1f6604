using DecisionsPortal.Law;
using DecisionsPortal.Markup;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DecisionsPortal.Rendering;

/// <summary>
/// Markdown to safe HTML. The text is parsed by the site's one dialect (<see cref="MarkdownSyntax"/>),
/// which already shows raw HTML as text and drops unsafe links; here internal links become the
/// addresses the Model stage resolved, and headings start at h2 because the page title is the h1.
/// </summary>
public static class MarkdownRenderer
{
    /// <summary>The HTML of <paramref name="markdown"/>, made when a template writes it.</summary>
    public static MarkdownHtml Prepare(string markdown, IReadOnlyDictionary<string, string>? links = null) =>
        new(ForHtml(MarkdownSyntax.Parse(markdown), markdown, links));

    /// <summary>
    /// <see cref="Prepare"/> and <see cref="Markup.PlainText"/> of the same Markdown from one parse:
    /// the words are taken first, from the document as parsed, before the HTML rewrites it.
    /// </summary>
    public static (MarkdownHtml Html, string PlainText) PrepareWithPlainText(string markdown, IReadOnlyDictionary<string, string>? links = null)
    {
        var document = MarkdownSyntax.Parse(markdown);
        var plain = PlainText.FromDocument(document);
        return (new MarkdownHtml(ForHtml(document, markdown, links)), plain);
    }

    private static MarkdownDocument ForHtml(MarkdownDocument document, string markdown, IReadOnlyDictionary<string, string>? links)
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
