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

        // Outlook's winmail.dat (TNEF), which a client that cannot read one saves as it comes ('ATT00001.txt', 'liite.pdf').
        [0x78, 0x9F, 0x3E, 0x22, ..] => ".dat",

        [(byte)'{', (byte)'\\', (byte)'r', (byte)'t', (byte)'f', ..] => ".rtf",

        // Archives and packed files of a packer the build has none of, known so that they are told as
        // not read (IsPacked): 7-Zip, WinRAR, xz, bzip2, a Windows cabinet, zstd, LZ4, lzip, Unix
        // compress, ARJ, LHA.
        [(byte)'7', (byte)'z', 0xBC, 0xAF, 0x27, 0x1C, ..] => ".7z",
        [(byte)'R', (byte)'a', (byte)'r', (byte)'!', 0x1A, 0x07, ..] => ".rar",
        [0xFD, (byte)'7', (byte)'z', (byte)'X', (byte)'Z', 0, ..] => ".xz",
        [(byte)'B', (byte)'Z', (byte)'h', >= (byte)'1' and <= (byte)'9', 0x31, 0x41, 0x59, 0x26, 0x53, 0x59, ..] => ".bz2",
        [(byte)'M', (byte)'S', (byte)'C', (byte)'F', 0, 0, 0, 0, ..] => ".cab",
        [0x28, 0xB5, 0x2F, 0xFD, ..] => ".zst",
        [0x04, 0x22, 0x4D, 0x18, ..] => ".lz4",
        [(byte)'L', (byte)'Z', (byte)'I', (byte)'P', ..] => ".lz",
        [0x1F, 0x9D, ..] => ".z",
        [0x60, 0xEA, ..] => ".arj",
        [_, _, (byte)'-', (byte)'l', (byte)'h', _, (byte)'-', ..] => ".lzh",

        [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, ..] => ".doc",
        [(byte)'P', (byte)'K', 3, 4, ..] when bytes.AsSpan().IndexOf("word/document.xml"u8) >= 0 => ".docx",
        [(byte)'P', (byte)'K', 3, 4, ..] when bytes.AsSpan().IndexOf("xl/workbook.xml"u8) >= 0 => ".xlsx",
        [(byte)'P', (byte)'K', 3, 4, ..] when bytes.AsSpan().IndexOf("ppt/presentation.xml"u8) >= 0 => ".pptx",
        [(byte)'P', (byte)'K', 3, 4, ..] => ".zip",
        [(byte)'b', (byte)'e', (byte)'g', (byte)'i', (byte)'n', ..] when Uuencoded().IsMatch(Head(bytes)) => ".uue",
        // A tar's first header says 'ustar' after its first file's name, mode, owner, size and time.
        _ when bytes.AsSpan().Slice(Math.Min(bytes.Length, 257)).StartsWith("ustar"u8) => ".tar",

        // XML of any name (OpenDocument's flat .fodt, a register's export, a map's .kml) decodes its entities.
        _ when XmlDeclaration(bytes) => ".xml",
        _ when MailHeader().IsMatch(Head(bytes)) => ".eml",
        _ => "",
    };

    /// <summary>Whether the file is an archive or a packed file of a packer the build has none of, by its first bytes.</summary>
    public static bool IsPacked(byte[] bytes) => ByFirstBytes(bytes) is ".7z" or ".rar" or ".xz" or ".bz2" or ".cab" or ".zst" or ".lz4" or ".lz" or ".z" or ".arj" or ".lzh";

    // '<?xml' first, after a byte order mark, in UTF-8 or UTF-16.
    private static bool XmlDeclaration(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith("<?xml"u8) || bytes.StartsWith("\uFEFF<?xml"u8) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, (byte)'<', 0, (byte)'?', 0, (byte)'x', 0])
        || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF, 0, (byte)'<', 0, (byte)'?', 0, (byte)'x']);

    // Enough of a file's start for a mailbox's 'From ' line and a header after it.
    private static string Head(byte[] bytes) => Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 400));

    // A uuencoded file saved as it is ('hakemus.uue', 'begin 644 hakemus.zip'), or GNU's base64 of one.
    [GeneratedRegex(@"\Abegin(-base64)? [0-7]{3,4} ")]
    private static partial Regex Uuencoded();

    // A mail saved or forwarded as a file of another name or type ('liite.txt', 'application/octet-stream')
    // starts with a header every client writes (a mailbox's 'From ' line before it); read as text or
    // as runs of text, its attachments' words would stay encoded.
    [GeneratedRegex(@"\A(?:From [^\n]*\n)?(?:From|Received|Return-Path|Delivered-To|MIME-Version|Message-ID|Content-Type|Date|Subject|To):[ \t]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MailHeader();

    /// <summary>
    /// The name to read a file by: its own, or with the extension its first bytes name added when
    /// its own says another kind ('kuva.jpg.zip'), so that the path told of it says both.
    /// </summary>
    public static string Named(string name, byte[] bytes)
    {
        var kind = ByFirstBytes(bytes);
        var extension = Path.GetExtension(name).ToLowerInvariant();
        var agrees = kind.Length == 0 || kind == extension || (kind == ".eml" && SavedMail.IsOne(name))
            // A web page and a drawing may be XML, and are read as what they are.
            || (kind == ".xml" && (extension == ".svg" || WebPageText.IsOne(name)))
            // Every office document is a zip, and a zip may be named as any of them.
            || kind is ".zip" or ".docx" or ".xlsx" or ".pptx" && (extension == ".zip" || OfficeDocument.IsOne(name))
            // An old office file, an Outlook message, an object an office file embeds and a new office
            // file protected with a password are all compound files, each read by its own name.
            || kind == ".doc" && extension is ".xls" or ".ppt" or ".msg" or ".bin" or ".docx" or ".xlsx" or ".pptx";
        return agrees ? name : name + kind;
    }

    /// <summary>
    /// <see cref="Named(string, byte[])"/> of a file on disk (a decision's own attachment), by its
    /// first bytes, and for a zip not named as one its last too, where its directory names its
    /// files (an office document's 'word/document.xml'). A file that cannot be opened keeps its name.
    /// </summary>
    public static string Named(string path)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
            var head = new byte[Math.Min(file.Length, FirstBytes)];
            file.ReadExactly(head);
            if (head is not [(byte)'P', (byte)'K', 3, 4, ..] || ZipNames.IsOne(path) || OfficeDocument.IsOne(path) || file.Length <= head.Length)
            {
                return Named(path, head);
            }

            var tail = new byte[Math.Min(file.Length - head.Length, LastBytes)];
            file.Position = file.Length - tail.Length;
            file.ReadExactly(tail);
            return Named(path, [.. head, .. tail]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return path;
        }
    }

    // A zip's first file's name is in its first bytes; its directory, at its end, names them all.
    private const int FirstBytes = 4096;
    private const int LastBytes = 64 << 10;
}
