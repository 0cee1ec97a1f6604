namespace DecisionsPortal.Content;

/// <summary>The extension a mail's part of no file name is read by.</summary>
internal static partial class MailPartKind
{
    // The kind a part's type names (a forwarded mail, an image in a web page), unless its first
    // bytes say another (a zip sent as text or as an image is read as a zip).
    public static string Extension(string type, byte[] bytes) =>
        Path.GetExtension(FileKind.Named("part" + Declared(type), bytes)) is var kind && kind == "" && IsMail(bytes) ? ".eml" : kind;

    // A mail forwarded as a file of no name or type ('application/octet-stream') starts with a header
    // every client writes; read as runs of text, its attachments' words would stay encoded.
    private static bool IsMail(byte[] bytes) =>
        MailHeader().IsMatch(Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 200)));

    [GeneratedRegex(@"\A(?:From|Received|Return-Path|Delivered-To|MIME-Version|Message-ID|Content-Type|Date|Subject|To):[ \t]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MailHeader();

    private static string Declared(string type) => type switch
    {
        "message/rfc822" => ".eml",
        "application/pdf" => ".pdf",
        "application/zip" or "application/x-zip-compressed" => ".zip",
        "application/gzip" or "application/x-gzip" => ".gz",
        "application/rtf" or "text/rtf" => ".rtf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => ".docx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" => ".xlsx",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation" => ".pptx",
        "application/vnd.oasis.opendocument.text" => ".odt",
        "image/jpeg" => ".jpg",
        "image/png" => ".png",
        "image/tiff" => ".tif",
        _ when type.StartsWith("text/", StringComparison.Ordinal) => ".txt",
        _ => "",
    };
}
