using System.IO.Compression;
using System.Text;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Site;

/// <summary>
/// A PDF's part that cannot be read (a reference to an object the file lacks: a deleted note's, an
/// editor's leftover) loses no other part: the page's words are read all the same.
/// </summary>
public sealed partial class WithheldNamesInAttachmentsTests
{
    [Theory]
    [InlineData("its Info's author", "", "<< /Author 99 0 R >>")]
    [InlineData("its page's links", "/Annots 99 0 R", "<< >>")]
    [InlineData("its page's notes", "/Annots [99 0 R]", "<< >>")]
    [InlineData("its form", "", "<< >>", "/AcroForm 99 0 R")]
    [InlineData("its bookmarks", "", "<< >>", "/Outlines 99 0 R")]
    [InlineData("its attached files", "", "<< >>", "/Names << /EmbeddedFiles 99 0 R >>")]
    [InlineData("its marked content", "", "<< >>", "", "/Span << /ActualText 99 0 R >> BDC")]
    [InlineData("a link's target", "/Annots [7 0 R]", "<< >>", "", "", "<< /Type /Annot /Subtype /Link /Rect [0 0 1 1] /A << /S /URI /URI 99 0 R >> >>")]
    [InlineData("a link's action", "/Annots [7 0 R]", "<< >>", "", "", "<< /Type /Annot /Subtype /Link /Rect [0 0 1 1] /A 99 0 R >>")]
    [InlineData("a link's rectangle", "/Annots [7 0 R]", "<< >>", "", "", "<< /Type /Annot /Subtype /Link /Rect 99 0 R /A << /S /URI /URI (https://example.fi) >> >>")]
    [InlineData("a note's appearance", "/Annots [7 0 R]", "<< >>", "", "", "<< /Type /Annot /Subtype /Text /Rect [0 0 1 1] /AP << /N 99 0 R >> >>")]
    public void A_withheld_name_in_the_text_of_a_pdf_with_a_part_that_cannot_be_read_is_an_error(string part, string page, string information, string catalog = "", string marked = "", string annotation = "")
    {
        var words = Zlib($"BT /F1 12 Tf 72 700 Td {marked} (Katso {Withheld}) Tj {(marked.Length > 0 ? "EMC " : "")}ET");
        string[] objects = [$"<< /Filter /FlateDecode /Length {words.Length} >>\nstream\n{Encoding.Latin1.GetString(words)}\nendstream", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>", .. annotation.Length > 0 ? [annotation] : Array.Empty<string>()];
        var pdf = RawPdf.Of(catalog, $"/Contents 5 0 R /Resources << /Font << /F1 6 0 R >> >> {page}", information, objects);
        using var site = Site(pdf, "liite-1.pdf");

        var error = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError);

        Assert.True(("DP0250", 8) == (error.Code, error.Location.Line), $"{part}: {error}");
    }

    // The Info's title is read first; each part after it on its own, so that a broken one loses it nothing.
    [Theory]
    [InlineData("/AcroForm 99 0 R", "")]
    [InlineData("/AcroForm << /Fields [99 0 R] >>", "")]
    [InlineData("/AcroForm << /XFA [(template) 99 0 R] >>", "")]
    [InlineData("/Outlines 99 0 R", "")]
    [InlineData("/Outlines << /First 99 0 R >>", "")]
    [InlineData("/Names << /EmbeddedFiles 99 0 R >>", "")]
    [InlineData("/Names << /JavaScript 99 0 R >>", "")]
    [InlineData("/PageLabels 99 0 R", "")]
    [InlineData("/StructTreeRoot 99 0 R", "")]
    [InlineData("/OpenAction 99 0 R", "")]
    [InlineData("", "/Annots 99 0 R")]
    [InlineData("", "/Annots [99 0 R]")]
    [InlineData("", "/Metadata 99 0 R")]
    [InlineData("", "/Resources << /XObject << /Im1 99 0 R >> >>")]
    public void A_withheld_name_in_the_title_of_a_pdf_with_a_part_that_cannot_be_read_is_an_error(string catalog, string page)
    {
        using var site = Site(RawPdf.Of(catalog, page, $"<< /Title (Katso {Withheld}) >>"), "liite-1.pdf");

        var error = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError);

        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
    }

    // A Word document one part of which is damaged (its packed data overwritten): Word repairs it
    // and shows the rest, the withheld name in its text among it. The whole text was lost, and
    // with nothing told the document was published; the damaged part itself is told.
    [Theory]
    [InlineData("liite-1.docx", 0, "DP0250")]
    [InlineData("liite-1.zip", 0, "DP0250")]
    [InlineData("liite-1.docx", 1, "DP0255")]
    [InlineData("liite-1.zip", 1, "DP0255")]
    public void A_withheld_name_in_a_document_with_a_damaged_part_is_an_error_or_the_part_is_told(string file, int damaged, string code)
    {
        const string Word = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
        var document = TestOfficeDocument.Files(
            ("word/comments.xml", Encoding.UTF8.GetBytes($"<w:comments {Word}><w:comment><w:p><w:r><w:t>Tarkista.</w:t></w:r></w:p></w:comment></w:comments>")),
            ("word/document.xml", Encoding.UTF8.GetBytes($"<w:document {Word}><w:body><w:p><w:r><w:t>Katso {Withheld}.</w:t></w:r></w:p></w:body></w:document>")));
        // The part's packed data made a deflate block of a type there is none of.
        var at = damaged == 0 ? 0 : document.AsSpan(4).IndexOf("PK\x03\x04"u8) + 4;
        document[at + 30 + BitConverter.ToUInt16(document, at + 26) + BitConverter.ToUInt16(document, at + 28)] = 0x07;
        using var site = file.EndsWith(".zip", StringComparison.Ordinal) ? Site(TestOfficeDocument.Files(("hakemus.docx", document)), file) : Site(document, file);

        var result = site.BuildOn(BuildDate);

        Assert.Contains(result.Diagnostics, d => d.Code == code && d.Location.Line == 8 && (code == "DP0250" || d.Message.Contains("damaged", StringComparison.Ordinal)));
    }

    private static byte[] Zlib(string text)
    {
        using var packed = new MemoryStream();
        using (var zlib = new ZLibStream(packed, CompressionLevel.Optimal))
        {
            zlib.Write(Encoding.Latin1.GetBytes(text));
        }

        return packed.ToArray();
    }
}
