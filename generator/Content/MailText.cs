namespace DecisionsPortal.Content;

/// <summary>A mail's text part as a reader sees it: in the charset it names.</summary>
internal static class MailText
{
    // Bytes in the charset a mail names; by their look (AttachmentFileText.Decoded) where it names none the build knows.
    // A client (or a tool that pasted UTF-8 text into a mail) may label UTF-8 as another charset:
    // shown by the label, 'Meikäläinen' is 'MeikÃ¤lÃ¤inen', but opened as text (or by a client that
    // looks at the bytes) it is the name. Text of another charset is never valid UTF-8 once it holds
    // a letter past ASCII ('ä' would need two bytes after it that no Finnish or Swedish text has), so
    // such a text is read as UTF-8: by its look, once, as cheap as by its label. UTF-8 that one byte
    // of another charset made invalid (a line another program added) is read as UTF-8 too.
    public static string Of(byte[] bytes, string? charset)
    {
        var text = Named(charset) is { } encoding && !(bytes.AsSpan().IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0 && System.Text.Unicode.Utf8.IsValid(bytes))
            ? encoding.GetString(bytes) : AttachmentFileText.Decoded(bytes);
        return AttachmentFileText.AlsoAsUtf8(bytes) is { } utf8 ? text + "\n" + utf8 : text;
    }

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
}
