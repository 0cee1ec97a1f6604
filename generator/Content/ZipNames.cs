using System.IO.Compression;

namespace DecisionsPortal.Content;

/// <summary>
/// The names of the files in a zip attachment, its comments, and the files' own words, for the
/// checks of marked words and of withheld names: a zip of the applications names each file as its
/// applicant is named ('hakemus_Pekka_Hakija.pdf'), and each file's text and properties are
/// published with it. Each name is given as written and with the signs that
/// stand for spaces in a file's name ('_', '-', '.', '/') as spaces. A file is read as the attachment
/// of its kind is (a PDF's text, links and properties; a text file; an office document's text and
/// properties; an image's properties; a zip's names and files, three deep; a web page as a browser shows it, with its attributes' values (<see cref="WebPageText"/>); XML's text, attributes' values and comments; the files
/// either holds as data: addresses (<see cref="DataAddresses"/>); JSON's text unescaped (<see cref="JsonText"/>); a calendar's or a contact card's
/// properties (<see cref="ContentLines"/>); a saved mail's parts decoded,
/// <see cref="SavedMail"/>, and a winmail.dat's; a tar's files, <see cref="TarFiles"/>; any other file's runs of text, and an
/// archive of a packer the build has not told as one it cannot unpack, <see cref="FileKind.IsPacked"/>).
/// A name is UTF-8 where the zip says so (bit 11 of its flags); else it is the bytes Windows wrote
/// in its OEM code page (CP850 on Finnish and Swedish Windows: CP437 has the same å, ä, ö, but no ø), unless they are
/// valid UTF-8, as an old macOS or Linux archiver writes them without the flag.
/// </summary>
public static partial class ZipNames
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
            // No zip (a file given the wrong name): read as any file of unknown kind is; one cut short is told.
            left.Skipped(ZipMethods.CutShort(file) ? AttachmentText.Damaged : FileStrings.Unread(file.Length), null);
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

    /// <summary>A file's name with the signs that stand for spaces in it as spaces.</summary>
    internal static string Spaced(string name) => name.Replace('_', ' ').Replace('-', ' ').Replace('.', ' ').Replace('/', ' ');
}
