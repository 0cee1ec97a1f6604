using System.Buffers.Binary;
using System.IO.Compression;

namespace DecisionsPortal.Content;

/// <summary>
/// The names of the files in a zip attachment, its comments, and the files' own words, for the
/// checks of marked words and of withheld names: a zip of the applications names each file as its
/// applicant is named ('hakemus_Pekka_Hakija.pdf'), and each file's text and properties are
/// published with it. Each name is given as written and with the signs that
/// stand for spaces in a file's name ('_', '-', '.', '/') as spaces. A file is read as the attachment
/// of its kind is (a PDF's text, links and properties; a text file; an office document's text and
/// properties; an image's properties; a zip's names and files, three deep; a web page or XML as published (<see cref="WebPageText"/>); a saved mail's parts decoded,
/// <see cref="SavedMail"/>; any other file's runs of text).
/// A name is UTF-8 where the zip says so (bit 11 of its flags); else it is the bytes Windows wrote
/// in its OEM code page (CP850 on Finnish and Swedish Windows: CP437 has the same å, ä, ö, but no ø), unless they are
/// valid UTF-8, as an old macOS or Linux archiver writes them without the flag.
/// </summary>
public static class ZipNames
{
    // A zip is a stranger's file: a few kilobytes may unpack to gigabytes (a 'zip bomb'), or nest
    // zips in zips. Each file is unpacked up to 32 MB (a scanned appendix is several), a zip's
    // files to 256 MB and ten thousand in all, zips three deep; what is past these is published
    // unread. What is read is kept in the attachment text store, so a zip is unpacked once.
    private const int MaxFile = 32 << 20;
    private const long MaxUnpacked = 256 << 20;
    private const int MaxFiles = 10_000;
    private const int MaxDepth = 3;

    // Files that hold files other than zips (a gzipped file, a saved mail and its attachments)
    // nest as deep as each other's bytes allow: a mail in a gzip in a mail… is read this deep.
    private const int MaxNested = 16;

    public static bool IsOne(string file) => file.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A name a line, then its files' words, and why it could not be read in full (<see cref="AttachmentText.Unread"/>):
    /// a zip or a file in it encrypted or damaged, or past the limits above. Never an exception: a
    /// file that cannot be read has no words to find, and is published as it is.
    /// </summary>
    public static AttachmentText Of(string path) => Guarded(left =>
    {
        using var file = File.OpenRead(path);
        var text = new StringBuilder();
        if (OfficeDocument.Entries(file) < 0)
        {
            // No zip (a file given the wrong name): read as any file of unknown kind is.
            left.Skipped(FileStrings.Unread(file.Length), null);
            return FileStrings.Of(file);
        }

        Read(file, "", 0, left, text);
        return text.ToString();
    });

    private static AttachmentText Guarded(Func<Left, string> read)
    {
        var left = new Left();
        try
        {
            return new AttachmentText(read(left), null) { Unread = left.Unread };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new AttachmentText("", null) { Unread = left.Unread ?? AttachmentText.Damaged };
        }
    }

    /// <summary>
    /// The words of a file packed inside another (a PDF or any file embedded in an office document),
    /// read as the attachment of its kind is, as a zip's files are; it is read one level less deep.
    /// </summary>
    internal static string WordsOf(string name, byte[] bytes) => WordsOf(name, bytes, out _);

    /// <summary>
    /// As <see cref="WordsOf(string, byte[])"/>, with why it could not be read in full, if it could not:
    /// a reason of the file itself names it, as a file in a zip is named.
    /// </summary>
    internal static string WordsOf(string name, byte[] bytes, out string? unread)
    {
        var left = new Left();
        var words = Words(name, bytes, 1, left);
        unread = left.Unread is { } reason && reason != AttachmentText.PastLimits && AttachmentText.Parts(reason).Inner is null ? AttachmentText.Inside(reason, name) : left.Unread;
        return words;
    }

    // What may still be unpacked of one attachment, its zips in zips included, and the first
    // reason a part of it was not read.
    private sealed class Left
    {
        public long Bytes = MaxUnpacked;
        public int Files = MaxFiles;
        public int Nested;
        public string? Unread;

        // A reason of a file in the zip names it (its path in the zip); the zip's own limits do not.
        public void Skipped(string? reason, string? inner) =>
            Unread ??= reason is null || inner is null || reason == AttachmentText.PastLimits ? reason : AttachmentText.Inside(reason, inner);
    }

    // 'prefix': the path in the attachment's zip of the zip read here ('a.zip/'), before its files' paths.
    private static void Read(Stream file, string prefix, int depth, Left left, StringBuilder text)
    {
        try
        {
            var entries = OfficeDocument.Entries(file);
            if (entries is not (>= 0 and <= OfficeDocument.MaxEntries))
            {
                left.Skipped(entries < 0 ? AttachmentText.Damaged : AttachmentText.PastLimits, null);
                return;
            }

            var packed = ZipMethods.Unsupported(file);
            using var zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true, UnflaggedNames.Instance);
            text.Append(zip.Comment).Append('\n');
            foreach (var entry in zip.Entries)
            {
                text.Append(entry.FullName).Append('\n')
                    .Append(Spaced(entry.FullName)).Append('\n')
                    .Append(entry.Comment).Append('\n');
            }

            // Every file, whatever its kind: the zip publishes a web page, a saved e-mail or a file
            // without a name's extension as it publishes a PDF.
            foreach (var (entry, i) in zip.Entries.Select((e, i) => (e, i)).Where(e => !e.e.FullName.EndsWith('/')))
            {
                if (left.Bytes <= 0 || left.Files <= 0)
                {
                    left.Skipped(AttachmentText.PastLimits, null);
                    return;
                }

                // Its name is read; its bytes are a password's to open, or a packer's the build has not.
                var inner = prefix + entry.FullName;
                if (entry.IsEncrypted || packed.Contains(i))
                {
                    left.Skipped(entry.IsEncrypted ? AttachmentText.Encrypted : AttachmentText.Packed, inner);
                    continue;
                }

                left.Files--;
                text.Append(Words(inner, Unpacked(entry, inner, left), depth, left)).Append('\n');
            }
        }

        // A damaged archive (or file in it) has no more names to find here; it is published as it is.
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            left.Skipped(AttachmentText.Damaged, prefix.Length > 0 ? prefix.TrimEnd('/') : null);
        }
    }

    // The file's first bytes, as many as are left to unpack.
    private static byte[] Unpacked(ZipArchiveEntry entry, string inner, Left left)
    {
        using var stream = entry.Open();
        var bytes = Unpacked(stream, inner, left);

        // A deflated file cut short (a download broken off) ends with no error, before the length its zip gives.
        if (bytes.Length < Math.Min(entry.Length, MaxFile) && left.Bytes > 0)
        {
            left.Skipped(AttachmentText.Damaged, inner);
        }

        return bytes;
    }

    private static byte[] Unpacked(Stream stream, string inner, Left left)
    {
        var most = Math.Min(MaxFile, left.Bytes);
        var head = StreamHead.Of(stream, most);
        left.Bytes -= head.Bytes.Length;
        if (head.Past)
        {
            left.Skipped(most == MaxFile ? AttachmentText.Larger(MaxFile >> 20) : AttachmentText.PastLimits, inner);
        }

        // A file cut short is read as far as it goes, and the zip's other files after it.
        if (head.Cut)
        {
            left.Skipped(AttachmentText.Damaged, inner);
        }

        return head.Bytes;
    }

    // A file's words as its attachment's are read (AttachmentFileText), its properties' with them.
    private static string Words(string name, byte[] bytes, int depth, Left left)
    {
        name = FileKind.Named(name, bytes);
        var extension = Path.GetExtension(name).ToLowerInvariant();

        // A gzipped file (an old register, a saved mailbox) is read as the file it unpacks to,
        // within the same limits; its name loses '.gz' each time.
        if (extension == ".gz" && bytes is [0x1F, 0x8B, ..])
        {
            return Nested(left, () =>
            {
                try
                {
                    using var gzip = new GZipStream(new MemoryStream(bytes, writable: false), CompressionMode.Decompress);
                    var unpacked = Unpacked(gzip, name, left);
                    if (!Whole(bytes, unpacked))
                    {
                        left.Skipped(AttachmentText.Damaged, name);
                    }

                    return Words(name[..^3], unpacked, depth, left);
                }
                catch (InvalidDataException)
                {
                    left.Skipped(AttachmentText.Damaged, name);
                    return FileStrings.Of(bytes);
                }
            });
        }

        // An archive of a packer the build has not (7-Zip's, WinRAR's, xz, bzip2): its files' words are
        // packed, so it is told as not read; its runs of text (a 7-Zip's names of files) are.
        if (extension is ".7z" or ".rar" or ".xz" or ".bz2" && FileKind.ByFirstBytes(bytes) == extension)
        {
            left.Skipped(AttachmentText.Packed, name);
            return FileStrings.Of(bytes);
        }

        // A saved mail's parts decoded, each read as a file in the zip is, within the same limits.
        if (SavedMail.IsOne(name))
        {
            return Nested(left, () => SavedMail.Words(name, bytes, (inner, part) => Contained(inner, part, depth, left), () => left.Skipped(AttachmentText.PastLimits, null)));
        }

        // Outlook's winmail.dat, attached to a mail or saved from one: its text and attachments.
        if (extension == ".dat" && SavedMail.IsTnef(bytes))
        {
            return Nested(left, () =>
            {
                try
                {
                    var words = SavedMail.TnefWords(name, bytes, (inner, part) => Contained(inner, part, depth, left), () => left.Skipped(AttachmentText.PastLimits, null), out var cut);
                    if (cut)
                    {
                        left.Skipped(AttachmentText.Damaged, name);
                    }

                    return words;
                }
                catch (InvalidDataException)
                {
                    left.Skipped(AttachmentText.Damaged, name);
                    return FileStrings.Of(bytes);
                }
            });
        }

        // A tar's files (gunzipped, '.tar.gz' is one), each read as a zip's file is, within the same limits.
        if (extension == ".tar")
        {
            return Nested(left, () => TarFiles.Of(bytes, (inner, data) => Held($"{name}/{inner}", data, depth, left), () => left.Skipped(AttachmentText.Damaged, name)));
        }

        // An Outlook message: its headers and text by their runs of text (UTF-16 in its streams),
        // its attachments, stored as they are (a PDF's text packed), each read as the file of its kind.
        if (extension == ".msg")
        {
            var message = new StringBuilder(FileStrings.Of(bytes));
            foreach (var attached in EmbeddedObjects.MessageAttachments(bytes))
            {
                message.Append(Nested(left, () => Contained($"{name}/{attached.Name}", attached.Bytes, depth, left))).Append('\n');
            }

            return message.ToString();
        }

        // An object an Office document embeds (oleObject1.bin): the file its compound file holds.
        if (extension == ".bin" && EmbeddedObjects.Compound(bytes) is var held)
        {
            return held.Words + Nested(left, () => Contained($"{name}/{held.Name}", held.Bytes, depth, left));
        }

        if (extension == ".zip" && OfficeDocument.Entries(new MemoryStream(bytes, writable: false)) >= 0)
        {
            var text = new StringBuilder();
            if (depth + 1 < MaxDepth)
            {
                Read(new MemoryStream(bytes, writable: false), name + "/", depth + 1, left, text);
            }
            else
            {
                left.Skipped(AttachmentText.PastLimits, null);
            }

            return text.ToString();
        }

        return extension switch
        {
            ".pdf" => AttachmentText.Of(bytes) is var pdf && Skipped(left, pdf.Unread, name) ? $"{pdf.Text}\n\n{pdf.Links.Replace("\n", "\n\n", StringComparison.Ordinal)}\n{pdf.Properties}" : "",
            ".txt" or ".csv" or ".uue" => TextAndFiles(name, bytes, depth, left),
            ".rtf" => RtfText.Of(bytes, (inner, held) => Nested(left, () => Contained($"{name}/{inner}", held, depth, left))),
            _ when OfficeDocument.IsOne(name) && Skipped(left, OfficeDocument.Unread(new MemoryStream(bytes, writable: false)), name) => OfficeDocument.Text(new MemoryStream(bytes, writable: false)) + "\n" + OfficeDocument.Properties(new MemoryStream(bytes, writable: false)),
            _ when AttachmentMetadata.IsRead(name) => ImageMetadata.Read(new MemoryStream(bytes, writable: false)).Text,
            _ when WebPageText.IsOne(name) => WebPageText.Of(AttachmentFileText.Decoded(bytes)),

            // A kind no attachment is read as (an old format, one of no extension): its runs of text.
            _ => FileStrings.Of(bytes),
        };
    }

    // A text, and the files uuencoded in it (a newsreader saves one as 'hakemus.uue'), each read as a zip's file is.
    private static string TextAndFiles(string name, byte[] bytes, int depth, Left left)
    {
        var decoded = AttachmentFileText.Decoded(bytes);
        var text = new StringBuilder(decoded);
        foreach (var (fileName, file) in UuencodedFiles.In(decoded))
        {
            text.Append('\n').Append(Spaced(fileName)).Append('\n').Append(Nested(left, () => Contained($"{name}/{fileName}", file, depth, left)));
        }

        return text.ToString();
    }

    // A gzipped file cut short unpacks with no error: its last member's CRC and length, the file's
    // last 8 bytes, tell whether the unpacked bytes end as that member's do (one past the limits does not).
    private static bool Whole(byte[] gzip, byte[] unpacked) =>
        gzip.Length >= 18 && BinaryPrimitives.ReadInt32LittleEndian(gzip.AsSpan(gzip.Length - 4)) is var length && length >= 0 && length <= unpacked.Length
        && System.IO.Hashing.Crc32.HashToUInt32(unpacked.AsSpan(unpacked.Length - length)) == BinaryPrimitives.ReadUInt32LittleEndian(gzip.AsSpan(gzip.Length - 8));

    // What 'read' gives of a file that holds files, unless it is nested past what is read.
    private static string Nested(Left left, Func<string> read)
    {
        if (left.Nested >= MaxNested)
        {
            left.Skipped(AttachmentText.PastLimits, null);
            return "";
        }

        left.Nested++;
        try
        {
            return read();
        }
        finally
        {
            left.Nested--;
        }
    }

    // A file held in another (a mail's attachment) read as a zip's file is, counted against the zip's limits.
    private static string Contained(string inner, byte[] bytes, int depth, Left left)
    {
        if (left.Bytes <= 0 || left.Files <= 0)
        {
            left.Skipped(AttachmentText.PastLimits, null);
            return "";
        }

        left.Files--;
        left.Bytes -= bytes.Length;
        return Words(inner, bytes, depth, left);
    }

    // A file a tar holds, read as a zip's file is, counted against the zip's limits.
    private static string Held(string inner, Stream data, int depth, Left left)
    {
        if (left.Bytes <= 0 || left.Files <= 0)
        {
            left.Skipped(AttachmentText.PastLimits, null);
            return "";
        }

        left.Files--;
        return Words(inner, Unpacked(data, inner, left), depth, left);
    }

    // Notes why a file in the zip was not read in full; true, so that what was read is still read.
    private static bool Skipped(Left left, string? reason, string inner)
    {
        left.Skipped(reason, inner);
        return true;
    }

    /// <summary>A file's name with the signs that stand for spaces in it as spaces.</summary>
    internal static string Spaced(string name) => name.Replace('_', ' ').Replace('-', ' ').Replace('.', ' ').Replace('/', ' ');

    // The zip decodes with this the names and comments its flags do not say are UTF-8.
    private sealed class UnflaggedNames : Encoding
    {
        public static readonly UnflaggedNames Instance = new();

        private static readonly Encoding Oem = CodePagesEncodingProvider.Instance.GetEncoding(850)!;

        public override string GetString(byte[] bytes, int index, int count)
        {
            var span = bytes.AsSpan(index, count);
            return System.Text.Unicode.Utf8.IsValid(span) ? UTF8.GetString(span) : Oem.GetString(span);
        }

        public override int GetCharCount(byte[] bytes, int index, int count) => GetString(bytes, index, count).Length;

        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
        {
            var decoded = GetString(bytes, byteIndex, byteCount);
            decoded.CopyTo(0, chars, charIndex, decoded.Length);
            return decoded.Length;
        }

        public override int GetMaxCharCount(int byteCount) => byteCount;

        // A zip opened to be read writes no name.
        public override int GetByteCount(char[] chars, int index, int count) => UTF8.GetByteCount(chars, index, count);

        public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex) => UTF8.GetBytes(chars, charIndex, charCount, bytes, byteIndex);

        public override int GetMaxByteCount(int charCount) => UTF8.GetMaxByteCount(charCount);
    }
}
