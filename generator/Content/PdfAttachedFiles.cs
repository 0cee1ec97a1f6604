using System.IO.Compression;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace DecisionsPortal.Content;

/// <summary>
/// The words of the files attached to a PDF (its EmbeddedFiles: a portfolio's documents, a
/// spreadsheet saved into a report), published inside it and opened with a click in any viewer:
/// each read as the attachment of its kind is, as a zip's files are (<see cref="ZipNames.WordsOf"/>).
/// </summary>
internal static class PdfAttachedFiles
{
    // A stranger's stream may unpack to gigabytes: each file is unpacked here up to what a zip's
    // file is (32 MB), the files together to twice that, rather than by PdfPig, which unpacks a
    // stream whole.
    private const int MaxFile = 32 << 20;
    private const int MaxBytes = 64 << 20;

    /// <summary>The attached files' words, and why one could not be read in full, if one could not (<see cref="AttachmentText.Unread"/>).</summary>
    public static (string Words, string? Unread) Words(PdfDocument document)
    {
        var text = new StringBuilder();
        string? unread = null;
        long left = MaxBytes;
        // PdfPig's exceptions are of many types; a broken attachment list leaves the rest read.
        Unreadable.Skipped(() =>
        {
            // Walked here, not through PdfPig's list of attached files, which unpacks each whole.
            var seen = new HashSet<IndirectReference>();
            var names = AttachmentMetadata.Resolved(document, document.Structure.Catalog.CatalogDictionary.Data.GetValueOrDefault("Names"), seen) as DictionaryToken;
            AttachmentMetadata.Walk(document, names?.Data.GetValueOrDefault("EmbeddedFiles"), seen, 0, node =>
            {
                var items = AttachmentMetadata.Resolved(document, node.Data.GetValueOrDefault("Names"), seen) as ArrayToken;
                for (var i = 1; items is not null && i < items.Data.Count; i += 2)
                {
                    if (AttachmentMetadata.Resolved(document, items.Data[i], seen) is DictionaryToken specification
                        && AttachmentMetadata.Resolved(document, specification.Data.GetValueOrDefault("EF"), seen) is DictionaryToken files
                        && AttachmentMetadata.Resolved(document, files.Data.GetValueOrDefault("UF") ?? files.Data.GetValueOrDefault("F"), seen) is StreamToken stream)
                    {
                        var name = (specification.Data.GetValueOrDefault("UF") ?? specification.Data.GetValueOrDefault("F")) is StringToken s ? s.Data : "";
                        if (left <= 0)
                        {
                            unread ??= AttachmentText.PastLimits;
                            break;
                        }

                        var most = Math.Min(MaxFile, left);
                        var (bytes, reason) = Unpacked(stream, most);
                        left -= bytes.Length;
                        unread ??= reason switch
                        {
                            null => null,
                            AttachmentText.TooLarge when most < MaxFile => AttachmentText.PastLimits,
                            AttachmentText.TooLarge => AttachmentText.Inside(AttachmentText.Larger(MaxFile >> 20), name),
                            _ => AttachmentText.Inside(reason, name),
                        };
                        text.Append(ZipNames.WordsOf(name, bytes, out var inner)).Append('\n');
                        unread ??= inner;
                    }
                }
            });
        });

        return (text.ToString(), unread);
    }

    // Its bytes as stored, or unpacked if packed with Flate (what every writer uses), and why not all
    // of them: past the bytes allowed, cut short, packed by another filter (ASCII85, LZW).
    private static (byte[] Bytes, string? Unread) Unpacked(StreamToken stream, long most)
    {
        var filter = stream.StreamDictionary.Data.GetValueOrDefault("Filter");
        var raw = stream.Data.ToArray();
        if (filter is null)
        {
            return raw.Length <= most ? (raw, null) : (raw[..(int)most], AttachmentText.TooLarge);
        }

        if (filter is not NameToken { Data: "FlateDecode" } && filter is not ArrayToken { Data: [NameToken { Data: "FlateDecode" }] })
        {
            return ([], AttachmentText.Packed);
        }

        using var inflated = new ZLibStream(new MemoryStream(raw, writable: false), CompressionMode.Decompress);
        var head = StreamHead.Of(inflated, most);
        return (head.Bytes, head.Past ? AttachmentText.TooLarge : head.Cut ? AttachmentText.Damaged : null);
    }
}
