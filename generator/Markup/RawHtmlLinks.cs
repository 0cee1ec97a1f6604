using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DecisionsPortal.Markup;

/// <summary>
/// The addresses of raw HTML links and images in a text ('&lt;a href="liite.pdf"&gt;', '&lt;img src=…&gt;'),
/// which the page shows as text (raw HTML is off), address and all: so an address there names a file
/// as a Markdown link's does, and is checked as a link's, an image's too, since the page shows no
/// image (nor asks another site for it). Found as Markdig reads raw HTML (its HTML blocks and
/// inline tags), so not in code, fenced, indented or between backticks, whose HTML is an example.
/// </summary>
public static partial class RawHtmlLinks
{
    /// <summary>Each address as written (entities decoded), and the index of its tag's '&lt;' in the text.</summary>
    public static IEnumerable<(string Url, int At)> In(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.Contains('<') || !Tag().IsMatch(text))
        {
            yield break;
        }

        foreach (var node in Markdown.Parse(text, MarkdownSyntax.WithHtml).Descendants())
        {
            var (from, html) = node switch
            {
                HtmlBlock block => (block.Span.Start, text[block.Span.Start..Math.Min(text.Length, block.Span.End + 1)]),
                HtmlInline inline => (inline.Span.Start, inline.Tag),
                _ => (0, ""),
            };
            foreach (Match match in Tag().Matches(html))
            {
                var url = match.Groups["d"].Success ? match.Groups["d"].Value : match.Groups["s"].Success ? match.Groups["s"].Value : match.Groups["u"].Value;
                if (url.Length > 0)
                {
                    yield return (System.Net.WebUtility.HtmlDecode(url).Trim(), from + match.Index);
                }
            }
        }
    }

    [GeneratedRegex("""<(?:a\b[^<>]*?\bhref|img\b[^<>]*?\bsrc)\s*=\s*(?:"(?<d>[^"]*)"|'(?<s>[^']*)'|(?<u>[^\s<>"']+))""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
