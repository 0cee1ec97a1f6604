using System.IO.Compression;
using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace DecisionsPortal.Content;

/// <summary>
/// The words of the files attached to a PDF (its EmbeddedFiles: a portfolio's documents, a
/// spreadsheet saved into a report), published inside it and opened with a click in any viewer:
/// each read as the attachment of its kind is, as a zip's files are (<see cref="ZipNames.WordsOf"/>).
/// </summary>
internal static class PdfAttachedFiles
{
    // A stranger's stream may unpack to gigabytes; the files are read up to what an office
    // document's embedded files are, unpacked here with that bound rather than by PdfPig, which
    // unpacks a stream whole.
    private const int MaxBytes = 32 << 20;

    public static string Words(PdfDocument document)
    {
        var text = new StringBuilder();
        try
        {
            if (!document.Advanced.TryGetEmbeddedFiles(out var files))
            {
                return "";
            }

            long left = MaxBytes;
            foreach (var file in files)
            {
                if (left <= 0)
                {
                    break;
                }

                var bytes = Unpacked(file.Stream, left);
                left -= bytes.Length;
                text.Append(ZipNames.WordsOf(file.FileSpecification ?? file.Name ?? "", bytes)).Append('\n');
            }
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

        using var inflated = new ZLibStream(new MemoryStream(raw, writable: false), CompressionMode.Decompress);
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        try
        {
            for (int read; copy.Length < most && (read = inflated.Read(buffer, 0, (int)Math.Min(buffer.Length, most - copy.Length))) > 0;)
            {
                copy.Write(buffer, 0, read);
            }
        }

        // A stream cut short gives what was unpacked before the cut.
        catch (InvalidDataException)
        {
        }

        return copy.ToArray();
    }
}
