using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace DecisionsPortal.Tests.Support;

public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static IDocument Parse(string html) => Parser.ParseDocument(html);
}
