using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DecisionsPortal.Markup;

/// <summary>
/// Links and images may only use http(s), mailto, tel or relative addresses. Run on every parsed
/// document, before anything reads it: a link to another scheme keeps its words and loses the
/// link, an image loses itself, an autolink becomes its text. Every block and inline is walked
/// first and the tree changed only after, so no node is skipped while it moves.
/// </summary>
public sealed class SafeLinks : IMarkdownExtension
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto", "tel"];

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= Neutralise;
        pipeline.DocumentProcessed += Neutralise;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    public static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return true;
        }

        // Browsers ignore control characters and white space inside a scheme ("java\tscript:").
        var compact = new string(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        var colon = compact.IndexOf(':');
        var firstSeparator = compact.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon > 0 && (firstSeparator < 0 || colon < firstSeparator);
        return !hasScheme || SafeSchemes.Contains(compact[..colon].ToLowerInvariant());
    }

    private static void Neutralise(MarkdownDocument document)
    {
        var unsafeLinks = document.Descendants()
            .Where(node => node is LinkInline link ? !IsSafeUrl(link.Url) : node is AutolinkInline autolink && !IsSafeUrl(autolink.Url))
            .OfType<Inline>()
            .ToList();
        foreach (var inline in unsafeLinks)
        {
            Unlink(inline);
        }
    }

    /// <summary>A link keeps its words and loses the link, an image goes, an autolink becomes its text.</summary>
    public static void Unlink(Inline inline)
    {
        switch (inline)
        {
            case LinkInline { IsImage: true } image:
                image.Remove();
                break;
            case LinkInline link:
                // Keep the words the editor wrote, drop only the link. Each is put after the one before
                // it: Markdig's InsertBefore leaves the moved inline's PreviousSibling unset, which cut
                // every node before it out of Descendants(), and so out of every check of the links.
                Inline last = link;
                while (link.FirstChild is { } words)
                {
                    words.Remove();
                    last.InsertAfter(words);
                    last = words;
                }

                link.Remove();
                break;
            case AutolinkInline autolink:
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
                break;
        }
    }
}
