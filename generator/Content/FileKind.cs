namespace DecisionsPortal.Content;

/// <summary>
/// What a file is by its first bytes, whatever its name or a mail's type says: a zip renamed
/// <c>kuva.jpg</c>, a PDF sent as <c>application/octet-stream</c>, a Word file saved as RTF under
/// <c>.doc</c> publish their words all the same, so they are read as what they are.
/// </summary>
internal static partial class FileKind
{
    /// <summary>The extension the first bytes name, or "" for a kind not known by them.</summary>
    public static string ByFirstBytes(byte[] bytes) => bytes switch
    {
        [(byte)'%', (byte)'P', (byte)'D', (byte)'F', ..] => ".pdf",
        [0x1F, 0x8B, ..] => ".gz",
        [(byte)'{', (byte)'\\', (byte)'r', (byte)'t', (byte)'f', ..] => ".rtf",
        [(byte)'P', (byte)'K', 3, 4, ..] when bytes.AsSpan().IndexOf("word/document.xml"u8) >= 0 => ".docx",
        [(byte)'P', (byte)'K', 3, 4, ..] when bytes.AsSpan().IndexOf("xl/workbook.xml"u8) >= 0 => ".xlsx",
        [(byte)'P', (byte)'K', 3, 4, ..] when bytes.AsSpan().IndexOf("ppt/presentation.xml"u8) >= 0 => ".pptx",
        [(byte)'P', (byte)'K', 3, 4, ..] => ".zip",
        [(byte)'b', (byte)'e', (byte)'g', (byte)'i', (byte)'n', ..] when Uuencoded().IsMatch(Head(bytes)) => ".uue",
        _ => "",
    };

    // Enough of a file's start for the line that tells its kind.
    private static string Head(byte[] bytes) => Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 400));

    // A uuencoded file saved as it is ('hakemus.uue', 'begin 644 hakemus.zip'), or GNU's base64 of one.
    [GeneratedRegex(@"\Abegin(-base64)? [0-7]{3,4} ")]
    private static partial Regex Uuencoded();

    /// <summary>
    /// The name to read a file by: its own, or with the extension its first bytes name added when
    /// its own says another kind ('kuva.jpg.zip'), so that the path told of it says both.
    /// </summary>
    public static string Named(string name, byte[] bytes)
    {
        var kind = ByFirstBytes(bytes);
        var extension = Path.GetExtension(name).ToLowerInvariant();
        var agrees = kind.Length == 0 || kind == extension
            // Every office document is a zip, and a zip may be named as any of them.
            || kind is ".zip" or ".docx" or ".xlsx" or ".pptx" && (extension == ".zip" || OfficeDocument.IsOne(name));
        return agrees ? name : name + kind;
    }
}
