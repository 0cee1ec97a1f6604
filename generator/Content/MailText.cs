namespace DecisionsPortal.Content;

/// <summary>A mail's text part as a reader sees it: in the charset it names, a web page's without its tags.</summary>
internal static partial class MailText
{
    // Bytes in the charset a mail names; by their look (AttachmentFileText.Decoded) where it names none the build knows.
    public static string Of(byte[] bytes, string? charset)
    {
        try
        {
            if (charset is { Length: > 0 } && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && (CodePagesEncodingProvider.Instance.GetEncoding(charset) ?? Encoding.GetEncoding(charset)) is { } encoding)
            {
                return encoding.GetString(bytes);
            }
        }
        catch (ArgumentException)
        {
        }

        return AttachmentFileText.Decoded(bytes);
    }

    // A web page's words: a block's tag ends a line, any other is no space (Outlook and Word
    // split a word into spans at a spell check or a change of colour, 'Quorvi<span lang=FI>nen</span>').
    public static string HtmlWords(string html) =>
        Markup.HtmlEntities.Decode(Tag().Replace(html, m => Block(m.Groups[1].Value.ToLowerInvariant()) ? "\n" : ""));

    private static bool Block(string element) => element is "" or "p" or "div" or "br" or "hr" or "td" or "th" or "tr" or "li" or "ul" or "ol" or "dl" or "dt" or "dd"
        or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "table" or "thead" or "tbody" or "tfoot" or "caption" or "blockquote" or "pre" or "address"
        or "html" or "head" or "body" or "title" or "meta" or "style" or "script" or "section" or "article" or "header" or "footer" or "nav" or "aside"
        or "main" or "figure" or "figcaption" or "form" or "fieldset" or "legend" or "option" or "select" or "textarea" or "button" or "input" or "img" or "center";

    // A tag, and its element's name where it has one (none for a comment or a doctype).
    [GeneratedRegex("<[/!?]?([A-Za-z][A-Za-z0-9:_-]*)?[^>]*>")]
    private static partial Regex Tag();
}
