using System.IO.Compression;

namespace DecisionsPortal.Content;

/// <summary>
/// An office document (Word, Excel, PowerPoint; OpenDocument) is a zip of XML parts: its text,
/// with the authors of tracked changes and comments, and its properties (<c>docProps/</c>,
/// <c>meta.xml</c>: the author, the last to save it; a pasted photo's EXIF), and the addresses its
/// links lead to (an OpenDocument's in its text's attributes, an Office Open XML one's in its
/// <c>.rels</c> parts). The check of marked words reads both, as it
/// reads a PDF's (<see cref="Site.AttachmentCopies"/>); search does not.
/// </summary>
public static class OfficeDocument
{
    public static bool IsOne(string file) => Path.GetExtension(file).ToLowerInvariant() is
        ".docx" or ".xlsx" or ".pptx" or ".odt" or ".ods" or ".odp" or ".odg";

    /// <summary>The words of its text parts, a paragraph a line; a file that cannot be opened throws.</summary>
    public static string Text(string path) => Opened(path, Text);

    /// <summary>As <see cref="Text(string)"/>, of a document held in a stream that can seek (one in a zip); a file that is no zip, its runs of text.</summary>
    public static string Text(Stream file)
    {
        if (Entries(file) < 0)
        {
            return FileStrings.Of(file);
        }

        var embeddedBytesLeft = MaxEmbedded;
        return Collect(
            file,
            name => (IsXml(name) && !IsProperties(name)) || IsEmbedded(name) || IsEmbeddedFile(name) || IsRelationships(name),
            (entry, left, text) =>
            {
                if (IsRelationships(entry.FullName))
                {
                    return AppendLinks(entry, left, text);
                }

                if (!IsEmbedded(entry.FullName) && !IsEmbeddedFile(entry.FullName))
                {
                    return AppendXml(entry, left, text);
                }

                // One past what is left of the bytes read of embedded files is not read (Unread tells it);
                // one cut short is read as far as it goes.
                StreamHead head;
                using (var stream = entry.Open())
                {
                    head = StreamHead.Of(stream, Math.Max(0, embeddedBytesLeft));
                }

                embeddedBytesLeft = head.Past ? -1 : embeddedBytesLeft - head.Bytes.Length;
                if (embeddedBytesLeft >= 0 && IsEmbeddedFile(entry.FullName))
                {
                    text.Append(ZipNames.WordsOf(entry.FullName, head.Bytes)).Append('\n');
                    return true;
                }

                try
                {
                    return embeddedBytesLeft < 0 || Collect(new MemoryStream(head.Bytes, writable: false), IsXml, AppendXml, left, text);
                }

                // A damaged embedded file is skipped alone.
                catch (InvalidDataException)
                {
                    return true;
                }
            });
    }

    // A chart pasted from Excel takes its whole workbook into the document (word/embeddings/,
    // ppt/embeddings/), every sheet of it, published unseen: its parts are read as the document's
    // are (not a document embedded in it), those that unpack to at most 32 MB in all.
    private static bool IsEmbedded(string name) => name.Contains("embeddings/", StringComparison.Ordinal) && IsOne(name);

    // Any other file inserted as an object (a PDF, an old-format sheet or a packaged file in
    // oleObject1.bin) is published inside the document too: read as the attachment of its kind.
    private static bool IsEmbeddedFile(string name) => name.Contains("embeddings/", StringComparison.Ordinal) && !name.EndsWith('/') && !IsOne(name);

    private const long MaxEmbedded = 32 << 20;

    /// <summary>The words of its properties, a value a line, and those of the photos in it.</summary>
    public static string Properties(string path) => Opened(path, Properties);

    /// <summary>As <see cref="Properties(string)"/>, of a document held in a stream that can seek.</summary>
    public static string Properties(Stream file)
    {
        var imageBytesLeft = MaxImages;
        return Collect(
            file,
            name => (IsXml(name) && IsProperties(name)) || IsImage(name),
            (entry, left, text) =>
            {
                if (!IsImage(entry.FullName))
                {
                    return AppendXml(entry, left, text);
                }

                using var image = new ForwardStream(entry.Open(), Math.Max(ImageHead, Math.Min(MaxImage, imageBytesLeft)));
                text.Append(ImageMetadata.Read(image).Text);
                imageBytesLeft -= image.Position;
                return true;
            });
    }

    // A photo pasted into a document keeps its EXIF and XMP (the photographer, a description): the
    // images of its media folders (word/media/, ppt/media/, xl/media/, OpenDocument's Pictures/).
    // An image is unpacked only as far as its metadata (a JPEG's ends before its pixels; a PNG's
    // text may follow them): its first 64 KB, and up to 16 MB of it from 64 MB for the document's
    // images in all, so that hundreds of images of many megabytes each are not unpacked to be read.
    private static bool IsImage(string name) => name.Contains("media/", StringComparison.Ordinal) || name.StartsWith("Pictures/", StringComparison.Ordinal);

    private const int ImageHead = 64 << 10;
    private const int MaxImage = 16 << 20;
    private const long MaxImages = 64 << 20;

    private static bool IsProperties(string name) => name.StartsWith("docProps/", StringComparison.Ordinal) || name == "meta.xml";

    // A document is a stranger's file: a zip of a few megabytes may unpack to gigabytes or hold
    // thousands of parts. Beyond these no office suite writes; past one the file is not read further.
    private const long MaxPartCharacters = 32 << 20;
    private const long MaxCharacters = 64 << 20;
    private const int MaxParts = 1000;
    internal const int MaxEntries = 20_000;

    /// <summary>
    /// Why the document could not be read in full (<see cref="AttachmentText.Unread"/>), if it could
    /// not, told by its zip's directory alone, without unpacking it again: one protected with a
    /// password (Office keeps it in a compound file, CompoundFiles; LibreOffice in a zip
    /// whose manifest describes its encryption), a damaged zip, a file read by its runs of text past
    /// what is read of one (no zip: <see cref="Text(Stream)"/>), or parts past what <see cref="Text(Stream)"/> reads (their sizes in bytes stand for their
    /// characters: on the safe side, as a character is at least a byte).
    /// </summary>
    public static string? Unread(string path) => Opened(path, Unread);

    /// <summary>As <see cref="Unread(string)"/>, of a document held in a stream that can seek.</summary>
    public static string? Unread(Stream file)
    {
        try
        {
            // No zip: an old Word file given the new name, a Word lock file ('~$lausunto.docx'), a
            // Mac's '._' metadata, read by its runs of text as any file of unknown kind is (Text).
            var entries = Entries(file);
            if (entries < 0)
            {
                return CompoundFiles.IsEncrypted(file) ? AttachmentText.Encrypted : ZipMethods.CutShort(file) ? AttachmentText.Damaged : FileStrings.Unread(file.Length);
            }

            if (entries > MaxEntries)
            {
                return AttachmentText.TooLarge;
            }

            using var zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
            var parts = zip.Entries.Where(e => IsXml(e.FullName) || IsRelationships(e.FullName)).ToList();
            var embedded = zip.Entries.Where(e => IsEmbedded(e.FullName) || IsEmbeddedFile(e.FullName)).Sum(e => e.Length);
            return zip.Entries.Any(e => e.IsEncrypted) || IsEncryptedOpenDocument(zip) ? AttachmentText.Encrypted
                : parts.Count + zip.Entries.Count(e => IsEmbedded(e.FullName) || IsEmbeddedFile(e.FullName)) > MaxParts || parts.Any(e => e.Length > MaxPartCharacters) || parts.Sum(e => e.Length) > MaxCharacters || embedded > MaxEmbedded ? AttachmentText.TooLarge
                : parts.Any(Damaged) ? AttachmentText.Damaged
                : zip.Entries.Where(e => IsEmbedded(e.FullName) || IsEmbeddedFile(e.FullName)).Select(EmbeddedUnread).FirstOrDefault(r => r is not null);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return AttachmentText.Damaged;
        }
    }

    // A part whose packed data cannot be unpacked to its end: its words past the damage were not read.
    private static bool Damaged(ZipArchiveEntry part) => Unreadable.Or(() =>
    {
        using var data = part.Open();
        data.CopyTo(Stream.Null);
        return false;
    }, true);

    // An embedded file (a zip of files, a PDF, a workbook) read again to be told, named by its path
    // in the document: its directory does not say whether its files are protected or damaged.
    // Only a document with embedded files pays this; their bytes are within MaxEmbedded.
    private static string? EmbeddedUnread(ZipArchiveEntry entry)
    {
        byte[] bytes;
        using (var stream = entry.Open())
        {
            bytes = StreamHead.Of(stream, MaxEmbedded).Bytes;
        }

        if (IsEmbeddedFile(entry.FullName))
        {
            ZipNames.WordsOf(entry.FullName, bytes, out var unread);
            return unread;
        }

        return Unread(new MemoryStream(bytes, writable: false)) is { } reason ? AttachmentText.Inside(reason, entry.FullName) : null;
    }

    // LibreOffice saves a document protected with a password as an ordinary zip, its parts'
    // ciphertext described in its manifest: what XmlText reads of them is no text.
    private static bool IsEncryptedOpenDocument(ZipArchive zip)
    {
        if (zip.GetEntry("META-INF/manifest.xml") is not { Length: <= MaxManifest } manifest)
        {
            return false;
        }

        using var stream = manifest.Open();
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return reader.ReadToEnd().Contains("encryption-data", StringComparison.Ordinal);
    }

    private const int MaxManifest = 1 << 20;

    // The number of entries the zip's end record says it has, read before the zip is opened: opening
    // it reads every entry's name, and a zip of millions (or a ZIP64 one, 0xFFFF here) would fill
    // memory before a part was read. -1 where no end record is found.
    internal static int Entries(Stream file) =>
        ZipMethods.EndRecord(file) is { Length: >= 12 } end ? System.Buffers.Binary.BinaryPrimitives.ReadUInt16LittleEndian(end.AsSpan(10)) : -1;

    private static bool IsXml(string name) => name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase);

    // Where Word and Excel keep a hyperlink's address ('word/_rels/document.xml.rels'): the text
    // shows the link's words, the file keeps where it leads, a file's name too.
    private static bool IsRelationships(string name) => name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    // The addresses of a relationships part's external links, a line each; not its parts' own
    // names ('media/image1.png'), which name no file of the site.
    private static bool AppendLinks(ZipArchiveEntry entry, long left, System.Text.StringBuilder text)
    {
        var settings = new System.Xml.XmlReaderSettings { DtdProcessing = System.Xml.DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = Math.Min(MaxPartCharacters, left) };
        try
        {
            using var stream = entry.Open();
            using var reader = System.Xml.XmlReader.Create(stream, settings);
            while (reader.Read())
            {
                if (reader.NodeType == System.Xml.XmlNodeType.Element && reader.LocalName == "Relationship" && reader.GetAttribute("TargetMode") == "External" && reader.GetAttribute("Target") is { } target)
                {
                    text.Append("\n\n").Append(target).Append("\n\n");
                }
            }

            return true;
        }

        // Not XML, or past the characters allowed: what was read is still checked.
        catch (System.Xml.XmlException)
        {
            return false;
        }
    }

    private static bool AppendXml(ZipArchiveEntry entry, long left, System.Text.StringBuilder text)
    {
        using var stream = entry.Open();
        return XmlText.Append(stream, Math.Min(MaxPartCharacters, left), text);
    }

    // The wanted entries of the document's zip, each appended to the text by 'append' (given the
    // characters left; false when it had to stop) until the characters run out; none of a zip with
    // more entries than any office suite writes.
    private static string Collect(Stream file, Func<string, bool> wanted, Func<ZipArchiveEntry, long, System.Text.StringBuilder, bool> append)
    {
        var text = new System.Text.StringBuilder();
        try
        {
            Collect(file, wanted, append, MaxCharacters, text);
        }

        // A damaged or encrypted document has no more words to find here; it is published as it is.
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
        }

        return text.ToString();
    }

    // A file that cannot be opened throws: its reader takes it as one that cannot be read (AttachmentFileText).
    private static T Opened<T>(string path, Func<Stream, T> read)
    {
        using var file = File.OpenRead(path);
        return read(file);
    }

    /// <returns>Whether it was read to its end, not stopped by a limit.</returns>
    private static bool Collect(Stream file, Func<string, bool> wanted, Func<ZipArchiveEntry, long, System.Text.StringBuilder, bool> append, long left, System.Text.StringBuilder text)
    {
        if (Entries(file) is not (>= 0 and <= MaxEntries))
        {
            return true;
        }

        using var zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
        // Its text parts before its pictures, which Word writes first: a document of a thousand
        // photos must not spend the cap on parts before its properties (the author) are read.
        foreach (var entry in zip.Entries.Where(e => wanted(e.FullName)).OrderBy(e => IsImage(e.FullName)).Take(MaxParts))
        {
            // A damaged part (its packed data overwritten) loses no other: Word repairs the document
            // and shows the rest. Unread tells it.
            var before = text.Length;
            var complete = Unreadable.Or(() => append(entry, left, text), true);
            left -= text.Length - before;
            if (!complete || left <= 0)
            {
                return false;
            }
        }

        return true;
    }
}
