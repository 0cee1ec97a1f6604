using DecisionsPortal.Markup;

namespace DecisionsPortal.Rendering;

/// <summary>
/// Markdown to safe HTML. The text is parsed by the site's one dialect (<see cref="MarkdownSyntax"/>),
/// which already shows raw HTML as text and drops unsafe links, and made ready for its page by
/// <see cref="PageMarkdown"/>.
/// </summary>
public static class MarkdownRenderer
{
    /// <summary>The HTML of <paramref name="markdown"/>, made when a template writes it.</summary>
    public static MarkdownHtml Prepare(string markdown, IReadOnlyDictionary<string, string>? links = null) =>
        new(PageMarkdown.ForPage(MarkdownSyntax.Parse(markdown), markdown, links));

    /// <summary><see cref="Prepare(string, IReadOnlyDictionary{string, string}?)"/>, or the HTML the parse search made of the text first made (<see cref="PlainTextMemo"/>).</summary>
    public static MarkdownHtml Prepare(string markdown, IReadOnlyDictionary<string, string> links, PlainTextMemo memo) =>
        memo.TakeHtml(markdown, links) is { } html ? new MarkdownHtml(html) : Prepare(markdown, links);

    /// <summary>
    /// <see cref="Prepare(string, IReadOnlyDictionary{string, string}?)"/> and <see cref="Markup.PlainText"/> of the same Markdown from one parse,
    /// or from the parse search made of it first (<see cref="PlainTextMemo"/>); the words are kept
    /// in <paramref name="memo"/> for the other outputs that read them.
    /// </summary>
    public static (MarkdownHtml Html, string PlainText) PrepareWithPlainText(string markdown, IReadOnlyDictionary<string, string> links, PlainTextMemo memo)
    {
        if (memo.TakeHtml(markdown, links) is { } html)
        {
            return (new MarkdownHtml(html), memo.Of(markdown));
        }

        var document = MarkdownSyntax.Parse(markdown);
        var plain = PlainText.FromDocument(document);
        memo.Keep(markdown, plain);
        return (new MarkdownHtml(PageMarkdown.ForPage(document, markdown, links)), plain);
    }
}
