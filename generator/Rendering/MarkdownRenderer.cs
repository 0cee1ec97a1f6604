using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DecisionsPortal.Rendering;

/// <summary>
/// Markdown to safe HTML. Raw HTML is shown as text, links and images may only use http(s),
/// mailto, tel or relative addresses, and headings start at h2 because the page title is the h1.
/// The pipeline is built once and shared; Markdig's pipelines are immutable and thread-safe.
/// </summary>
public sealed class MarkdownRenderer
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto", "tel"];

    private readonly MarkdownPipeline pipeline = MarkdownSyntax.Pipeline;

    /// <param name="links">Internal links resolved by the Model stage (as written → address), e.g. "../2024/x.md" → "/fi/paatokset/2024/x/".</param>
    public RawHtml Render(string markdown, IReadOnlyDictionary<string, string>? links = null) =>
        ToSafeHtml(Markdown.Parse(markdown, pipeline), links, pipeline);

    /// <summary>The same HTML as <see cref="Render"/>, made when a template writes it.</summary>
    public MarkdownHtml Prepare(string markdown, IReadOnlyDictionary<string, string>? links = null) =>
        new(MakeSafe(Markdown.Parse(markdown, pipeline), links), pipeline);

    /// <summary>
    /// <see cref="Prepare"/> and <see cref="PlainText"/> of the same Markdown from one parse: the
    /// words are taken first, from the document as parsed, before the HTML rewrites it.
    /// </summary>
    public (MarkdownHtml Html, string PlainText) PrepareWithPlainText(string markdown, IReadOnlyDictionary<string, string>? links = null)
    {
        var document = Markdown.Parse(markdown, pipeline);

        // What Markdown.ToPlainText does after its parse, with one renderer per thread: a new
        // one builds its table of object renderers again. A renderer only remembers whether its
        // last output ended a line, which at most starts the next text with a line break, and
        // the text is trimmed.
        var renderer = plainRenderer ??= NewPlainRenderer(pipeline);
        var writer = (StringWriter)renderer.Writer;
        writer.GetStringBuilder().Clear();
        renderer.Render(document);
        var plain = writer.ToString().Trim();
        return (new MarkdownHtml(MakeSafe(document, links), pipeline), plain);
    }

    [ThreadStatic]
    private static Markdig.Renderers.HtmlRenderer? plainRenderer;

    private static Markdig.Renderers.HtmlRenderer NewPlainRenderer(MarkdownPipeline pipeline)
    {
        var renderer = new Markdig.Renderers.HtmlRenderer(new StringWriter()) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
        pipeline.Setup(renderer);
        return renderer;
    }

    private static RawHtml ToSafeHtml(MarkdownDocument document, IReadOnlyDictionary<string, string>? links, MarkdownPipeline pipeline) =>

        // Markdig's own pool of renderers, set up by the same pipeline: a new HtmlRenderer per
        // text built its table of object renderers again every time.
        new(MakeSafe(document, links).ToHtml(pipeline));

    private static MarkdownDocument MakeSafe(MarkdownDocument document, IReadOnlyDictionary<string, string>? links)
    {
        RewriteInternalLinks(document, links);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Min(heading.Level + 1, 6);
        }

        NeutraliseUnsafeLinks(document);
        return document;
    }

    /// <summary>The words of the Markdown without its markup, for feed summaries.</summary>
    public string PlainText(string markdown) => Markdown.ToPlainText(markdown, pipeline).Trim();

    public static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return true;
        }

        // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
        var compact = new string(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        var colon = compact.IndexOf(':');
        var firstSeparator = compact.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon > 0 && (firstSeparator < 0 || colon < firstSeparator);
        return !hasScheme || SafeSchemes.Contains(compact[..colon].ToLowerInvariant());
    }

    private static void RewriteInternalLinks(MarkdownDocument document, IReadOnlyDictionary<string, string>? links)
    {
        if (links is null || links.Count == 0)
        {
            return;
        }

        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is { } url && links.TryGetValue(url, out var address))
            {
                link.Url = address;
            }
        }
    }

    private static void NeutraliseUnsafeLinks(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (IsSafeUrl(link.Url))
            {
                continue;
            }

            if (link.IsImage)
            {
                link.Remove();
            }
            else
            {
                // Keep the words the editor wrote, drop only the link.
                var words = link.FirstChild;
                while (words is not null)
                {
                    var next = words.NextSibling;
                    words.Remove();
                    link.InsertBefore(words);
                    words = next;
                }

                link.Remove();
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!IsSafeUrl(autolink.Url))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }
    }
}
