using System.IO.Compression;
using System.Text;
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

    public static string Words(PdfDocument document)
    {
        var text = new StringBuilder();
        long left = MaxBytes;
        try
        {
            // Walked here, not through PdfPig's list of attached files, which unpacks each whole.
            var seen = new HashSet<IndirectReference>();
            var names = AttachmentMetadata.Resolved(document, document.Structure.Catalog.CatalogDictionary.Data.GetValueOrDefault("Names"), seen) as DictionaryToken;
            AttachmentMetadata.Walk(document, names?.Data.GetValueOrDefault("EmbeddedFiles"), seen, 0, node =>
            {
                var items = AttachmentMetadata.Resolved(document, node.Data.GetValueOrDefault("Names"), seen) as ArrayToken;
                for (var i = 1; items is not null && i < items.Data.Count && left > 0; i += 2)
                {
                    if (AttachmentMetadata.Resolved(document, items.Data[i], seen) is DictionaryToken specification
                        && AttachmentMetadata.Resolved(document, specification.Data.GetValueOrDefault("EF"), seen) is DictionaryToken files
                        && AttachmentMetadata.Resolved(document, files.Data.GetValueOrDefault("UF") ?? files.Data.GetValueOrDefault("F"), seen) is StreamToken stream)
                    {
                        var bytes = Unpacked(stream, Math.Min(MaxFile, left));
                        left -= bytes.Length;
                        var name = (specification.Data.GetValueOrDefault("UF") ?? specification.Data.GetValueOrDefault("F")) is StringToken s ? s.Data : "";
                        text.Append(ZipNames.WordsOf(name, bytes)).Append('\n');
                    }
                }
            });
        }

        // PdfPig's exceptions are of many types; a broken attachment list leaves the rest read.
        catch (Exception e) when (e is not OutOfMemoryException)
        {
        }

        return text.ToString();
    }

    // Its bytes as stored, or unpacked if packed with Flate (what every writer uses); another
    // filter (an image's) holds no text to read.
    private static byte[] Unpacked(StreamToken stream, long most)
    {
        var filter = stream.StreamDictionary.Data.GetValueOrDefault("Filter");
        var raw = stream.Data.ToArray();
        if (filter is null)
        {
            return raw.Length <= most ? raw : raw[..(int)most];
        }

        if (filter is not NameToken { Data: "FlateDecode" } && filter is not ArrayToken { Data: [NameToken { Data: "FlateDecode" }] })
        {
            return [];
        }

        // A stream cut short gives what was unpacked before the cut.
        using var inflated = new ZLibStream(new MemoryStream(raw, writable: false), CompressionMode.Decompress);
        return StreamHead.Of(inflated, most).Bytes;
    }
}
