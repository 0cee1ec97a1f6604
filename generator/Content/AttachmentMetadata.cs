using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace DecisionsPortal.Content;

/// <summary>
/// What a file says about itself besides its text, published with it byte for byte: a PDF's
/// document properties (author, title, subject, keywords; its Info dictionary and XMP packet), a
/// photo's EXIF and XMP (artist, owner, description), a PNG's text chunks or an office document's
/// properties (<see cref="OfficeDocument"/>). An office suite writes
/// the author's or the applicant's name there unseen, and no mark in the decision can expire it,
/// so the check of marked words (<see cref="Site.AttachmentCopies"/>) reads it too.
/// </summary>
public static class AttachmentMetadata
{
    /// <summary>
    /// The file types whose properties are read: PDFs, office documents and JPEG, PNG and WebP
    /// images (a TIFF's or GIF's are not, <see cref="ImageMetadata"/>).
    /// </summary>
    public static bool IsRead(string file) => OfficeDocument.IsOne(file) || Path.GetExtension(file).ToLowerInvariant() is
        ".pdf" or ".png" or ".jpg" or ".jpeg" or ".webp";

    /// <summary>Whether the file is a photo whose EXIF or XMP gives the place where it was taken (GPS); a file that cannot be read throws.</summary>
    public static bool HasPosition(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".png" or ".jpg" or ".jpeg" or ".webp" && ImageMetadata.Read(path).Position;

    /// <summary>The properties' words, one value a line; a file that cannot be read throws (the caller takes it as none).</summary>
    public static string Of(string path) =>
        path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? OfPdf(path)
            : OfficeDocument.IsOne(path) ? OfficeDocument.Properties(path) : ImageMetadata.Text(path);

    private static string OfPdf(string path)
    {
        using var document = PdfDocument.Open(path);
        var text = new StringBuilder();
        // A value with letters beyond Latin-1 is written as a hex string in UTF-16.
        // A value may be a reference to another object ('5 0 R'), as a writer may give the Author.
        foreach (var value in document.Information.DocumentInformationDictionary?.Data.Values ?? [])
        {
            var resolved = value is IndirectReferenceToken reference ? document.Structure.GetObject(reference.Data)?.Data : value;
            text.Append(resolved switch { StringToken s => s.Data, HexToken h => h.Data, _ => "" }).Append('\n');
        }

        if (document.TryGetXmpMetadata(out var xmp))
        {
            using var packet = new MemoryStream(xmp.GetXmlBytes().ToArray());
            XmlText.Append(packet, 1 << 20, text);
        }

        return text.ToString();
    }
}
