namespace DecisionsPortal.Content;

/// <summary>
/// The text an attachment's file is published with, read once for every check that looks into it:
/// the words its decision marks as personal data (DP0104), a withheld attachment's name (DP0250).
/// </summary>
public static class AttachmentFileText
{
    /// <summary>What <paramref name="read"/> gives, or no text where the file cannot be read (<see cref="Unreadable"/>).</summary>
    public static string Read(Func<string> read) => Unreadable.Or(read, "");

    /// <summary>Whether the attachment's file has a text of its own that <see cref="Of"/> reads.</summary>
    public static bool Readable(Attachment attachment) =>
        attachment.SourcePath is not null && (Path.GetExtension(attachment.File).ToLowerInvariant() is ".txt" or ".csv" or ".rtf" or ".zip" || AttachmentMetadata.IsRead(attachment.File) || FileStrings.IsOne(attachment.File));

    // A PDF as search reads it; a text file as it is; an RTF file as a word processor shows it, with its properties; a zip's names of files; the runs of text of a format not read otherwise (FileStrings); an office document's XML text; an image has only its properties. One that cannot be read has no words to find
    // (search warns about a PDF, DP0190).
    public static string Of(string path, AttachmentTextCache texts) => Read(() => Text(path, texts, false));

    /// <summary>
    /// <see cref="Of"/> with a PDF's links' targets (<see cref="AttachmentText.Links"/>), which are
    /// no words of its text (search and the check of marked words leave them), but do publish a file's name.
    /// An office document's and an RTF file's targets are in their text already. Each target stands
    /// between blank lines, so that no address written before it reads as going on into it.
    /// </summary>
    public static string WithLinks(string path, AttachmentTextCache texts) => Read(() => Text(path, texts, true));

    /// <summary>
    /// The words of the file's properties (<see cref="AttachmentMetadata"/>), published with it unseen;
    /// none for a file whose properties are not read or cannot be. A PDF's come from its text's reading, kept by the store.
    /// </summary>
    public static string Properties(string path, AttachmentTextCache texts) => Read(() => AttachmentMetadata.Of(path, texts));

    /// <summary>
    /// Why the file could not be read in full, if it could not (<see cref="AttachmentText.Unread"/>):
    /// a PDF or zip as its reading kept it (in the store too), an office document by its zip's
    /// directory, a text file past what is read of one, an old office file or a drawing past the
    /// ends of it that are read. Its words past that point were never looked at.
    /// </summary>
    public static string? Unread(string path, AttachmentTextCache texts) => Unreadable.Or(() => texts.KindOf(path) is var kind
        && (kind.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) || ZipNames.IsOne(kind)) ? texts.AsItIs(path).Unread
            : OfficeDocument.IsOne(kind) ? OfficeDocument.Unread(path)
            : FileStrings.IsOne(kind) ? FileStrings.Unread(path)
            : AttachmentMetadata.IsRead(kind) ? null
            : HeldUnread(path, kind), AttachmentText.Damaged);

    // A text file or a file read whole as one is (an RTF file, a mail, a gzipped or uuencoded
    // file, by its first bytes whatever its name), read again to be told what in it could not be
    // read: only one that may hold files (an RTF file's objects, a text's uuencoded files, a mail's attachments).
    private static string? HeldUnread(string path, string kind)
    {
        if (TextFiles.Check(path, RtfText.MaxBytes).Refusal == TextFiles.Refusal.TooLarge)
        {
            return AttachmentText.Larger(RtfText.MaxBytes >> 20);
        }

        if (TextFiles.ReadAll(path, RtfText.MaxBytes) is not { } bytes
            || Path.GetExtension(kind).ToLowerInvariant() switch
            {
                ".rtf" => bytes.AsSpan().IndexOf("\\objdata"u8) < 0,
                ".txt" or ".csv" => bytes.AsSpan().IndexOf("begin"u8) < 0,
                _ => false,
            })
        {
            return null;
        }

        ZipNames.WordsOf(Path.GetFileName(kind), bytes, out var unread);
        return unread;
    }

    // Each file as what its first bytes say it is (AttachmentTextCache.KindOf): a zip named
    // 'liite.pdf', a mail or a Word document saved as 'liite.txt' publish their words all the same.
    private static string Text(string path, AttachmentTextCache texts, bool links)
    {
        var kind = texts.KindOf(path);
        if (kind.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            return texts.AsItIs(path) is var pdf && links && pdf.Links.Length > 0 ? pdf.Text + "\n\n" + pdf.Links.Replace("\n", "\n\n", StringComparison.Ordinal) : pdf.Text;
        }

        if (ZipNames.IsOne(kind))
        {
            return texts.AsItIs(path).Text;
        }

        if (FileStrings.IsOne(kind))
        {
            return FileStrings.Of(path);
        }

        if (OfficeDocument.IsOne(kind))
        {
            return OfficeDocument.Text(path);
        }

        if (AttachmentMetadata.IsRead(kind))
        {
            return "";
        }

        // A text file (and an RTF file, a mail…) is published whatever its size, so it is read up to
        // an RTF's size, not a content file's, which an exported register (all the more in UTF-16)
        // easily passes; it is read as a zip's file of its kind is.
        return TextFiles.Check(path, RtfText.MaxBytes).Refusal == TextFiles.Refusal.None && TextFiles.ReadAll(path, RtfText.MaxBytes) is { } bytes
            ? ZipNames.WordsOf(Path.GetFileName(kind), bytes) : "";
    }

    /// <summary>
    /// A text file's words. Excel saves a Finnish or Swedish .csv in Windows-1252, whose letters are
    /// Latin-1's: read as UTF-8 it would hold no 'ä' to find. Its "Unicode Text" and Windows
    /// PowerShell's '>' write UTF-16, which its byte order mark tells; a script's export may write
    /// it without one, and its letters' other byte is then zero: valid UTF-8, a zero between letters.
    /// </summary>
    internal static string Decoded(byte[] bytes) =>
        bytes is [0xFF, 0xFE, ..] ? System.Text.Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2)
            : bytes is [0xFE, 0xFF, ..] ? System.Text.Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2)
            : Utf16ByItsZeros(bytes) is { } utf16 ? utf16.GetString(bytes)
            : StrictUtf8.Decode(bytes).Text ?? System.Text.Encoding.Latin1.GetString(bytes);

    /// <summary>
    /// The bytes read as UTF-8 where <see cref="Decoded"/> read them as Windows-1252 for a byte that
    /// is not UTF-8 (a UTF-8 export another program added a line to): its UTF-8 words are shown as
    /// written, 'meikäläinen' where Windows-1252 makes 'meikÃ¤lÃ¤inen'; null where Decoded read them so.
    /// </summary>
    internal static string? AlsoAsUtf8(byte[] bytes) =>
        bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] || Utf16ByItsZeros(bytes) is not null || StrictUtf8.FirstBadByte(bytes) is null || !HoldsUtf8Letter(bytes) ? null
            : System.Text.Encoding.UTF8.GetString(bytes);

    // Whether any letter past ASCII is written in UTF-8: a Windows-1252 text holds none, and reading
    // it again would only double the work on a large export.
    private static bool HoldsUtf8Letter(ReadOnlySpan<byte> bytes)
    {
        int at;
        while ((at = bytes.IndexOfAnyInRange((byte)0xC2, (byte)0xF4)) >= 0)
        {
            if (Rune.DecodeFromUtf8(bytes[at..], out _, out var length) == System.Buffers.OperationStatus.Done && length > 1)
            {
                return true;
            }

            bytes = bytes[(at + 1)..];
        }

        return false;
    }

    // UTF-16 without a byte order mark: a zero in at least a quarter of the first characters' bytes
    // of one parity and almost never of the other. No 8-bit text holds a zero byte.
    private static System.Text.Encoding? Utf16ByItsZeros(byte[] bytes)
    {
        var (even, odd) = (0, 0);
        var pairs = Math.Min(bytes.Length, 4096) / 2;
        for (var i = 0; i < pairs; i++)
        {
            even += bytes[2 * i] == 0 ? 1 : 0;
            odd += bytes[(2 * i) + 1] == 0 ? 1 : 0;
        }

        return pairs == 0 ? null
            : odd * 4 >= pairs && even * 8 <= odd ? System.Text.Encoding.Unicode
            : even * 4 >= pairs && odd * 8 <= even ? System.Text.Encoding.BigEndianUnicode
            : null;
    }
}
