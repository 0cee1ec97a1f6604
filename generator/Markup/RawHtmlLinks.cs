using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DecisionsPortal.Markup;

/// <summary>
/// The addresses of raw HTML in a text ('&lt;a href="liite.pdf"&gt;', '&lt;iframe src=…&gt;',
/// '&lt;img srcset="a.png 2x"&gt;'), which the page shows as text (raw HTML is off), address and
/// all: so an address there names a file as a Markdown link's does, and is checked as a link's.
/// Every attribute of any element that holds an address is read (<see cref="AddressAttribute"/>),
/// since all of them are shown alike. Found as Markdig reads raw HTML (its HTML blocks and inline
/// tags), so not in code, fenced, indented or between backticks, whose HTML is an example.
/// </summary>
public static partial class RawHtmlLinks
{
    /// <summary>
    /// The attributes whose value is an address or a list of them: href, src and their kin
    /// ('data-src', 'xlink:href', 'srcset'), an object's data, a form's action, a video's poster…
    /// </summary>
    public const string AddressAttribute = @"[\w:.-]*(?:href|src|srcset)|data|action|poster|cite|background|longdesc|usemap|ping|manifest|codebase|archive|icon|formaction";

    /// <summary>Each address as a server reads it (<see cref="Address"/>), and the index of its tag's '&lt;' in the text.</summary>
    public static IEnumerable<(string Url, int At)> In(string? text) => Values(text).Select(v => (v.Url, v.At));

    /// <summary>Each address, and where its attribute's value is written in the text: its first character and length.</summary>
    public static IEnumerable<(string Url, int Start, int Length)> Spans(string? text) => Values(text).Select(v => (v.Url, v.Start, v.Length));

    private static IEnumerable<(string Url, int At, int Start, int Length)> Values(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.Contains('<') || !Tag().Matches(text).Any(m => m.Groups["v"].Success || m.Groups["c"].Success))
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
            foreach (Match tag in Tag().Matches(html))
            {
                foreach (var (value, addresses) in tag.Groups["v"].Captures.Select(c => (c, Addresses(HtmlEntities.Decode(c.Value))))
                    .Concat(tag.Groups["c"].Captures.Select(c => (c, Refresh(HtmlEntities.Decode(c.Value))))))
                {
                    foreach (var url in addresses.Select(Address).Where(a => a.Length > 0))
                    {
                        yield return (url, from + tag.Index, from + value.Index, value.Length);
                    }
                }
            }
        }
    }

    /// <summary>
    /// The address a server reads for one written in raw HTML, whose name the page shows: decoded
    /// as long as that changes it ('hakemus%252Epdf'), a few rounds at most, as no server decodes
    /// more often, without the '.', '/' or space after the
    /// name that a server drops or the eye passes over ('hakemus.pdf.', 'hakemus.pdf/').
    /// </summary>
    private static string Address(string url)
    {
        var cut = url.IndexOfAny(['#', '?']);
        var path = cut < 0 ? url : url[..cut];
        path = Decoded(path);
        return path.TrimEnd('.', '/', '\\', ' ') + (cut < 0 ? "" : url[cut..]);
    }

    /// <summary>
    /// An address decoded as long as that changes it, as a server may decode it again, but a few
    /// rounds at most: no server decodes more often, and each round of '%2525…' costs its length.
    /// </summary>
    public static string Decoded(string path)
    {
        for (var round = 0; round < 4 && path.Contains('%'); round++)
        {
            var decoded = Uri.UnescapeDataString(path);
            if (decoded == path)
            {
                break;
            }

            path = decoded;
        }

        return path;
    }

    // A meta tag's content is an address only as a refresh's 'url=' ('0; url=uusi.html'); otherwise
    // it is a description or keywords, whose words are no addresses.
    private static IEnumerable<string> Refresh(string content)
    {
        var at = content.IndexOf("url=", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? [] : [content[(at + 4)..].Trim().Trim('\'', '"')];
    }

    // The value itself, and each address of a list ('a.png 1x, b.png 2x', '0; url=c.pdf').
    private static IEnumerable<string> Addresses(string value)
    {
        value = value.Trim();
        yield return value;
        foreach (var part in value.Split([',', ';', ' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            var address = part.StartsWith("url=", StringComparison.OrdinalIgnoreCase) ? part[4..] : part;
            if (address != value)
            {
                yield return address;
            }
        }
    }

    // A start tag and each of its addresses' attributes' values ('v'), its other attributes passed over.
    [GeneratedRegex("""<[a-z][\w:-]*(?:[\s/]+(?:(?:""" + AddressAttribute + """)\s*=\s*(?:"(?<v>[^"]*)"|'(?<v>[^']*)'|(?<v>[^\s"'=<>`]+))|content\s*=\s*(?:"(?<c>[^"]*)"|'(?<c>[^']*)'|(?<c>[^\s"'=<>`]+))|[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?))*""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
