namespace DecisionsPortal.Content;

/// <summary>The extension a mail's part of no file name is read by.</summary>
internal static class MailPartKind
{
    // The kind a part's type names (a forwarded mail, an image in a web page), unless its first
    // bytes say another (a zip sent as text or as an image is read as a zip, a mail sent as a file as a mail).
    public static string Extension(string type, byte[] bytes) => Path.GetExtension(FileKind.Named("part" + Declared(type), bytes));

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
        "image/svg+xml" => ".svg",
        "text/html" => ".html",
        "text/xml" or "application/xml" => ".xml",
        "text/calendar" => ".ics",
        "text/vcard" or "text/x-vcard" or "text/directory" => ".vcf",
        _ when type.StartsWith("text/", StringComparison.Ordinal) => ".txt",
        _ => "",
    };
}
