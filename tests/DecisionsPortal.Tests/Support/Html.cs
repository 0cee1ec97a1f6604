using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace DecisionsPortal.Tests.Support;

public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>
    /// Whether the file only leads to another page (an alias's or a trimmed address's): no page of
    /// its own, so none of the head a page has (feeds, search, sitemap entry) is asked of it.
    /// </summary>
    public static bool IsRedirect(string html) => html.Contains("<meta http-equiv=\"refresh\"", StringComparison.Ordinal);
}
