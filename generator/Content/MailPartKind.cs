namespace DecisionsPortal.Content;

/// <summary>The extension a mail's part of no file name is read by.</summary>
internal static class MailPartKind
{
    // The kind a part's type names (a forwarded mail, an image in a web page); or its first bytes,
    // for one a client sent as 'application/octet-stream'.
    public static string Extension(string type, byte[] bytes) => type switch
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
        _ => Kind(bytes),
    };

    private static string Kind(byte[] bytes) => bytes switch
    {
        [(byte)'%', (byte)'P', (byte)'D', (byte)'F', ..] => ".pdf",
        [0x1F, 0x8B, ..] => ".gz",
        [(byte)'{', (byte)'\\', (byte)'r', (byte)'t', (byte)'f', ..] => ".rtf",
        [(byte)'P', (byte)'K', 3, 4, ..] when bytes.AsSpan().IndexOf("word/document.xml"u8) >= 0 => ".docx",
        [(byte)'P', (byte)'K', 3, 4, ..] when bytes.AsSpan().IndexOf("xl/workbook.xml"u8) >= 0 => ".xlsx",
        [(byte)'P', (byte)'K', 3, 4, ..] when bytes.AsSpan().IndexOf("ppt/presentation.xml"u8) >= 0 => ".pptx",
        [(byte)'P', (byte)'K', 3, 4, ..] => ".zip",
        _ => "",
    };
}
