namespace DecisionsPortal.Content;

/// <summary>A mail's text part as a reader sees it: in the charset it names, a web page's without its tags.</summary>
internal static partial class MailText
{
    // Bytes in the charset a mail names; by their look (AttachmentFileText.Decoded) where it names none the build knows.
    // A client (or a tool that pasted UTF-8 text into a mail) may label UTF-8 as another charset:
    // shown by the label, 'Meikäläinen' is 'MeikÃ¤lÃ¤inen', but opened as text (or by a client that
    // looks at the bytes) it is the name. Text of another charset is never valid UTF-8 once it holds
    // a letter past ASCII ('ä' would need two bytes after it that no Finnish or Swedish text has), so
    // such a text is read as UTF-8: by its look, once, as cheap as by its label.
    public static string Of(byte[] bytes, string? charset) =>
        Named(charset) is { } encoding && !(bytes.AsSpan().IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0 && System.Text.Unicode.Utf8.IsValid(bytes))
            ? encoding.GetString(bytes) : AttachmentFileText.Decoded(bytes);

    // The charset the mail names, unless it is UTF-8 or one the build does not know.
    private static Encoding? Named(string? charset)
    {
        try
        {
            return charset is { Length: > 0 } && (CodePagesEncodingProvider.Instance.GetEncoding(charset) ?? Encoding.GetEncoding(charset)) is { CodePage: not 65001 } encoding ? encoding : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
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
