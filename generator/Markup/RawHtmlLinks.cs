using System.Text.RegularExpressions;

namespace DecisionsPortal.Markup;

/// <summary>
/// The addresses of raw HTML links and images in a text ('&lt;a href="liite.pdf"&gt;', '&lt;img src=…&gt;'),
/// which the page shows as text (raw HTML is off), address and all: so an address there names a file
/// as a Markdown link's does, and is checked as a link's, an image's too, since the page shows no
/// image (nor asks another site for it). Not in a line of code (a backtick, or indented as a code
/// block), whose HTML is an example.
/// </summary>
public static partial class RawHtmlLinks
{
    /// <summary>Each address as written (entities decoded), and the index of its tag's '&lt;' in the text.</summary>
    public static IEnumerable<(string Url, int At)> In(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.Contains('<'))
        {
            yield break;
        }

        foreach (Match match in Tag().Matches(text))
        {
            var lineStart = match.Index > 0 ? text.LastIndexOf('\n', match.Index - 1) + 1 : 0;
            var lineEnd = text.IndexOf('\n', match.Index);
            var line = text.AsSpan(lineStart, (lineEnd < 0 ? text.Length : lineEnd) - lineStart);
            if (line.Contains('`') || line.StartsWith("    ") || line.StartsWith("\t"))
            {
                continue;
            }

            var url = match.Groups["d"].Success ? match.Groups["d"].Value : match.Groups["s"].Success ? match.Groups["s"].Value : match.Groups["u"].Value;
            if (url.Length > 0)
            {
                yield return (System.Net.WebUtility.HtmlDecode(url).Trim(), match.Index);
            }
        }
    }

    [GeneratedRegex("""<(?:a\b[^<>]*?\bhref|img\b[^<>]*?\bsrc)\s*=\s*(?:"(?<d>[^"]*)"|'(?<s>[^']*)'|(?<u>[^\s<>"']+))""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
