namespace DecisionsPortal.Markup;

/// <summary>
/// Each text of a decision parsed once for one site model, for its plain words and its page's HTML:
/// a decision's proposal is indexed by search, summarised by every feed the decision is in (3–4
/// feeds a decision) and shown by its page, and each parsed it again. Search reads a decision's
/// texts first, so its parse makes the page's HTML too, kept until the page takes it.
/// Keyed by the text's string object (a decision's text is the same object for all its readers),
/// so a lookup costs no hash of the text; the words die with the model, after the build.
/// </summary>
public sealed class PlainTextMemo
{
    private readonly ConcurrentDictionary<string, string> texts = new(ReferenceEqualityComparer.Instance);

    // The HTML of a text made for its page with the page's links (the other input of PageMarkdown).
    private readonly ConcurrentDictionary<string, (IReadOnlyDictionary<string, string> Links, string Html)> pages = new(ReferenceEqualityComparer.Instance);

    /// <summary>The same text as <see cref="PlainText.FromMarkdown"/>.</summary>
    public string Of(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : texts.GetOrAdd(markdown, PlainText.FromMarkdown);

    /// <summary>
    /// <see cref="Of(string?)"/> of a text its page shows with <paramref name="links"/>: the page's HTML
    /// is made from the same parse and kept for <see cref="TakeHtml"/>.
    /// </summary>
    public string Of(string? markdown, IReadOnlyDictionary<string, string> links) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : texts.GetOrAdd(markdown, m => WordsAndHtml(m, links));

    /// <summary>
    /// The words of a text with one reader (a decision's body: its search document), not kept, with
    /// its page's HTML made as <see cref="Of(string?, IReadOnlyDictionary{string, string})"/> does.
    /// </summary>
    public string Once(string? markdown, IReadOnlyDictionary<string, string> links) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : WordsAndHtml(markdown, links);

    /// <summary>Keeps <paramref name="words"/>, the words of <paramref name="markdown"/> from a parse done anyway, for <see cref="Of(string?)"/>.</summary>
    public void Keep(string markdown, string words)
    {
        if (!string.IsNullOrWhiteSpace(markdown))
        {
            texts.TryAdd(markdown, words);
        }
    }

    /// <summary>The HTML made for <paramref name="markdown"/> on a page with <paramref name="links"/>, no longer held; null when none was.</summary>
    public string? TakeHtml(string markdown, IReadOnlyDictionary<string, string> links) =>
        pages.TryRemove(markdown, out var made) && ReferenceEquals(made.Links, links) ? made.Html : null;

    private string WordsAndHtml(string markdown, IReadOnlyDictionary<string, string> links)
    {
        var document = MarkdownSyntax.Parse(markdown);
        var words = PlainText.FromDocument(document);
        pages.TryAdd(markdown, (links, Markdig.Markdown.ToHtml(PageMarkdown.ForPage(document, markdown, links), MarkdownSyntax.Pipeline)));
        return words;
    }
}
