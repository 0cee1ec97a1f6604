namespace DecisionsPortal.Content;

/// <summary>
/// A web page's words as published (a mail's HTML text, a page saved into a zip): its text as a
/// browser shows it, and its attributes' values (a link's target, an image's alternate text) each on
/// a line of its own, entities decoded: 'meik&amp;auml;l&amp;auml;inen' and a link on the word 'liite'
/// publish the name all the same. So do a comment, a CDATA section and a processing instruction, which
/// the page's source publishes though a browser shows none.
/// </summary>
internal static partial class WebPageText
{
    public static string Of(string html)
    {
        var values = new StringBuilder();
        var shown = Tag().Replace(html, tag =>
        {
            if (tag.Value is ['<', '!' or '?', ..])
            {
                values.Append(tag.ValueSpan[2..^1]).Append('\n');
            }

            foreach (Match value in AttributeValue().Matches(tag.Value))
            {
                values.Append(value.Groups["v"].Value).Append('\n');
            }

            return Block(tag.Groups[1].Value.ToLowerInvariant()) ? "\n" : "";
        });
        return Markup.HtmlEntities.Decode(Closed(shown)) + "\n" + Markup.HtmlEntities.Decode(Closed(values.ToString()));
    }

    // A browser reads a number's reference and an older entity's name without their semicolon
    // ('meik&#228l&aumlinen' shows 'meikäläinen'); HTML leaves them open only as a mistake, which
    // the decoder, written for what Markdown reads, does not forgive: each is closed first.
    private static string Closed(string text) => !text.Contains('&') ? text : Unclosed().Replace(text, "$0;");

    /// <summary>Whether the file is read as a web page, by its name.</summary>
    public static bool IsOne(string file) => Path.GetExtension(file).ToLowerInvariant() is ".htm" or ".html" or ".xhtml";

    // A block's tag ends a line, any other is no space (Outlook and Word split a word into spans at
    // a spell check or a change of colour, 'Quorvi<span lang=FI>nen</span>').
    private static bool Block(string element) => element is "" or "p" or "div" or "br" or "hr" or "td" or "th" or "tr" or "li" or "ul" or "ol" or "dl" or "dt" or "dd"
        or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "table" or "thead" or "tbody" or "tfoot" or "caption" or "blockquote" or "pre" or "address"
        or "html" or "head" or "body" or "title" or "meta" or "style" or "script" or "section" or "article" or "header" or "footer" or "nav" or "aside"
        or "main" or "figure" or "figcaption" or "form" or "fieldset" or "legend" or "option" or "select" or "textarea" or "button" or "input" or "img" or "center";

    // A tag, and its element's name where it has one (none for a comment or a doctype).
    [GeneratedRegex("<[/!?]?([A-Za-z][A-Za-z0-9:_-]*)?[^>]*>")]
    private static partial Regex Tag();

    // A number's reference, or one of the older entities' names HTML reads without a semicolon
    // (longest first, as a browser matches them), with no semicolon after it; a name that goes on
    // to a semicolon may be a longer entity's ('&notin;'), left as written.
    [GeneratedRegex("&(?:(?>#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7})(?!;)|(?>Aacute|Agrave|Atilde|Ccedil|Eacute|Egrave|Iacute|Igrave|Ntilde|Oacute|Ograve|Oslash|Otilde|Uacute|Ugrave|Yacute|aacute|agrave|atilde|brvbar|ccedil|curren|divide|eacute|egrave|frac12|frac14|frac34|iacute|igrave|iquest|middot|ntilde|oacute|ograve|oslash|otilde|plusmn|uacute|ugrave|yacute|AElig|Acirc|Aring|Ecirc|Icirc|Ocirc|THORN|Ucirc|acirc|acute|aelig|aring|cedil|ecirc|icirc|iexcl|laquo|micro|ocirc|pound|raquo|szlig|thorn|times|ucirc|Auml|COPY|Euml|Iuml|Ouml|QUOT|Uuml|auml|cent|copy|euml|iuml|macr|nbsp|ordf|ordm|ouml|para|quot|sect|sup1|sup2|sup3|uuml|yuml|AMP|ETH|REG|amp|deg|eth|not|reg|shy|uml|yen|GT|LT|gt|lt))(?!;)")]
    private static partial Regex Unclosed();

    // An attribute's value in a tag, quoted or not.
    [GeneratedRegex("""=\s*(?:"(?<v>[^"]*)"|'(?<v>[^']*)'|(?<v>[^\s"'>]+))""")]
    private static partial Regex AttributeValue();
}
