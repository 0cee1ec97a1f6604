using System.Buffers.Binary;
using System.IO.Compression;

namespace DecisionsPortal.Content;

/// <summary>
/// What a file packed in an attachment gives, by its kind (<see cref="FileKind"/>): a zip's file, a
/// mail's part, a file a gzip, a tar, an RTF or an Outlook message holds, each read as the
/// attachment of its kind is, within one attachment's limits.
/// </summary>
public static partial class ZipNames
{
    // A file's words as its attachment's are read (AttachmentFileText), its properties' with them.
    private static string Words(string name, byte[] bytes, int depth, Left left)
    {
        name = FileKind.Named(name, bytes);
        var extension = Path.GetExtension(name).ToLowerInvariant();

        // A file this one holds, by its path in it ('viesti.eml/hakemus.pdf'), read as a zip's file is.
        string Inner(string inner, byte[] held) => Nested(left, () => Contained($"{name}/{inner}", held, depth, left));

        // A page's (or an XML file's) words, and those of the files it holds as data: addresses.
        string WithDataAddresses(string words) => words + "\n" + DataAddresses.Words(words, Inner);

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

        // An archive of a packer the build has not (FileKind.IsPacked): its files' words are packed,
        // so it is told as not read; its runs of text (a 7-Zip's names of files) are.
        if (FileKind.IsPacked(bytes))
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
        // One damaged, or no tar but so named (a text saved as 'muistio.tar'), is read by its runs of text too.
        if (extension == ".tar")
        {
            var damaged = false;
            var files = Nested(left, () => TarFiles.Of(bytes, (inner, data) => Held($"{name}/{inner}", data, depth, left), () =>
            {
                damaged = true;
                left.Skipped(AttachmentText.Damaged, name);
            }));
            return damaged ? files + "\n" + FileStrings.Of(bytes) : files;
        }

        // An Outlook message: its headers and text by their runs of text (UTF-16 in its streams),
        // its attachments, stored as they are (a PDF's text packed), each read as the file of its kind.
        if (extension == ".msg")
        {
            var message = new StringBuilder(FileStrings.Of(bytes));
            foreach (var attached in EmbeddedObjects.MessageAttachments(bytes))
            {
                message.Append(Inner(attached.Name, attached.Bytes)).Append('\n');
            }

            return message.ToString();
        }

        // An object an Office document embeds (oleObject1.bin): the file its compound file holds.
        if (extension == ".bin" && EmbeddedObjects.Compound(bytes) is var held)
        {
            return held.Words + Inner(held.Name, held.Bytes);
        }

        if (extension == ".zip" && ZipMethods.CutShort(new MemoryStream(bytes, writable: false)))
        {
            left.Skipped(AttachmentText.Damaged, name);
            return FileStrings.Of(bytes);
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
            ".txt" or ".csv" or ".uue" => TextAndFiles(bytes, Inner),
            ".rtf" => RtfText.Of(bytes, Inner),
            _ when OfficeDocument.IsOne(name) && Skipped(left, OfficeDocument.Unread(new MemoryStream(bytes, writable: false)), name) => OfficeDocument.Text(new MemoryStream(bytes, writable: false)) + "\n" + OfficeDocument.Properties(new MemoryStream(bytes, writable: false)),
            _ when AttachmentMetadata.IsRead(name) => ImageMetadata.Read(new MemoryStream(bytes, writable: false)).Text,
            _ when JsonText.IsOne(name) => JsonText.Of(bytes),
            _ when ContentLines.IsOne(name) => ContentLines.Of(AttachmentFileText.Decoded(bytes), Inner),
            _ when WebPageText.IsOne(name) => WithDataAddresses(WebPageText.Of(AttachmentFileText.Decoded(bytes))),
            ".xml" or ".svg" => WithDataAddresses(XmlWords(bytes)),

            // A kind no attachment is read as (an old format, one of no extension): its runs of text.
            _ => FileStrings.Of(bytes),
        };
    }

    // An XML file's text nodes, attributes' values and comments (a register's export), entities decoded.
    private static string XmlWords(byte[] bytes)
    {
        var text = new StringBuilder();
        XmlText.AppendPacket(bytes, MaxFile, text, comments: true);
        return text.ToString();
    }

    // A text, and the files uuencoded in it (a newsreader saves one as 'hakemus.uue'), each read by 'inner'.
    private static string TextAndFiles(byte[] bytes, Func<string, byte[], string> inner)
    {
        var decoded = AttachmentFileText.Decoded(bytes);
        var text = new StringBuilder(decoded);
        if (AttachmentFileText.AlsoAsUtf8(bytes) is { } utf8)
        {
            text.Append('\n').Append(utf8);
        }

        foreach (var (fileName, file) in UuencodedFiles.In(decoded))
        {
            text.Append('\n').Append(Spaced(fileName)).Append('\n').Append(inner(fileName, file));
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
}
