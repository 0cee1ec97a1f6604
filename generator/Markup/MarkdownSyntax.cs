using DecisionsPortal.Markup.PersonalData;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DecisionsPortal.Markup;

/// <summary>
/// The one Markdown dialect of the site, built once: every text is parsed by this pipeline,
/// whether it becomes HTML (Rendering), plain words (search, snippets, JSON-LD, feeds, CSV) or
/// checked links (Site), so all of them read the same marks, autolinks, lists and tables, and
/// no unsafe link survives the parse (<see cref="SafeLinks"/>).
/// </summary>
public static class MarkdownSyntax
{
    public static MarkdownPipeline Pipeline { get; } = Dialect()
        .DisableHtml()
        .Use<PersonalDataExtension>()
        .Use<SafeLinks>()
        .Build();

    /// <summary>
    /// The same dialect with raw HTML read as HTML, only to tell where a text's raw HTML stands
    /// (<see cref="RawHtmlLinks"/>): the site itself shows raw HTML as text.
    /// </summary>
    internal static MarkdownPipeline WithHtml { get; } = Dialect().Build();

    private static MarkdownPipelineBuilder Dialect() => new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseFootnotes()
        .UseAutoLinks();

    public static MarkdownDocument Parse(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        if (!markdown.Contains('['))
        {
            return document;
        }

        if (Law.PersonalDataMarks.MayHave(markdown))
        {
            PersonalDataCode.ShowWords(document);
        }

        return Unnest(document);
    }

    // Markdig leaves a '[' that no ']' closes as a container of all that follows it in the
    // paragraph, so 129 of them (a valid text, shown as it is written) made a tree too deep for
    // its renderer. Each becomes the letter it is, followed by what it held: the same HTML and words.
    private static MarkdownDocument Unnest(MarkdownDocument document)
    {
        foreach (var open in document.Descendants<LinkDelimiterInline>().ToList())
        {
            open.ReplaceBy(new LiteralInline(open.ToLiteral()) { Span = open.Span, Line = open.Line, Column = open.Column, IsClosed = true });
        }

        return document;
    }

    /// <summary>
    /// Every link and image (<see cref="LinkInline"/>, <see cref="LinkInline.IsImage"/>, a bare
    /// address too), autolink (<see cref="AutolinkInline"/>) and link definition
    /// (<see cref="LinkReferenceDefinition"/>, used or not) of the text as parsed, with its
    /// zero-based line and column in the text.
    /// </summary>
    public static IEnumerable<MarkdownLink> Links(string markdown) =>
        !MayHaveLinks(markdown)
            ? []
            : Parse(markdown).Descendants().Select(node => node switch
            {
                LinkInline { Url.Length: > 0 } link => new MarkdownLink(link.Url, link.IsImage, false, link.Line, link.Column, link.Span, link.IsAutoLink ? link.Span : link.UrlSpan),
                AutolinkInline { Url.Length: > 0 } autolink => new MarkdownLink(autolink.Url, false, false, autolink.Line, autolink.Column, autolink.Span, autolink.Span),
                LinkReferenceDefinition { Url.Length: > 0 } definition when definition.GetType() == typeof(LinkReferenceDefinition)
                    => new MarkdownLink(definition.Url, false, true, definition.Line, definition.Column, definition.Span, definition.UrlSpan),
                _ => null,
            }).OfType<MarkdownLink>();

    /// <summary>
    /// False when the text has no link: every Markdown link, image or definition has a '[', and
    /// an autolink or bare address a "://" or "www.". Most texts have none and are not parsed.
    /// </summary>
    public static bool MayHaveLinks(string? markdown) =>
        !string.IsNullOrEmpty(markdown)
        && (markdown.Contains('[') || markdown.Contains("://", StringComparison.Ordinal) || markdown.Contains("www.", StringComparison.OrdinalIgnoreCase));
}
