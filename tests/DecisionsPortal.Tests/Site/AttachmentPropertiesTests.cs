using DecisionsPortal.Diagnostics;
using DecisionsPortal.Tests.Support;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace DecisionsPortal.Tests.Site;

/// <summary>
/// An attachment is published byte for byte, its properties too: a PDF whose author or title, or
/// a photo whose EXIF artist, is the person the decision marks kept the name on the site after the
/// last day, with no warning, while the same name in the PDF's text was one (seen black-box first).
/// </summary>
public sealed class AttachmentPropertiesTests
{
    private const string Name = "Zacharias Quorvinen";

    private static readonly string Config = TestSite.DefaultConfig.Replace(
        "kaupunginhallitus: { fi: Kaupunginhallitus, sv: Stadsstyrelsen }",
        "kaupunginhallitus: { fi: Kaupunginhallitus, sv: Stadsstyrelsen, appeal: rectification }",
        StringComparison.Ordinal) + "\neditor_language: en\n";

    [Theory]
    [InlineData("author")]
    [InlineData("title")]
    [InlineData("none")]
    public void A_pdf_whose_properties_hold_a_marked_name_is_a_warning_at_the_attachment(string property)
    {
        var builder = new PdfDocumentBuilder();
        builder.DocumentInformation.Author = property == "author" ? Name : "Kemin kaupunki";
        builder.DocumentInformation.Title = property == "title" ? $"Hakemus, {Name}" : "Hakemus";
        builder.AddPage(PageSize.A4).AddText("Hakemus", 11, new PdfPoint(50, 780), builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica));

        Assert.Equal(property != "none", Warned("hakemus.pdf", builder.Build()));
    }

    // An office suite writes a property with letters beyond Latin-1 as a hex string in UTF-16: it was not read.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_pdf_author_written_as_a_hex_string_is_read(bool named)
    {
        var author = string.Concat(System.Text.Encoding.BigEndianUnicode.GetBytes("\uFEFF" + (named ? "Zacharias Quorvinen" : "Kemin kaupunki")).Select(b => b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(named, Warned("hakemus.pdf", Pdf($"<< /Author <{author}> >>")));
    }

    // Seen black-box: an Author given as a reference to another object ('5 0 R') was not read.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_pdf_author_given_as_a_reference_is_read(bool named)
    {
        Assert.Equal(named, Warned("hakemus.pdf", Pdf("<< /Author 5 0 R >>", named ? $"({Name})" : "(Kemin kaupunki)")));
    }

    // A reference to an object the file lacks (a deleted note's, a form field's) makes PdfPig
    // throw while those parts are read: the Info's author must not be lost with them.
    [Theory]
    [InlineData("", "/Annots [99 0 R]")]
    [InlineData("/AcroForm << /Fields [99 0 R] >>", "")]
    [InlineData("/Names << /EmbeddedFiles 99 0 R >>", "")]
    [InlineData("/Outlines 99 0 R", "")]
    public void A_pdf_with_a_reference_to_a_missing_object_has_its_author_read(string catalog, string page)
    {
        Assert.True(Warned("hakemus.pdf", RawPdf.Of(catalog, page, $"<< /Author ({Name}) >>")));
    }

    // Seen black-box: an application filled in a PDF form keeps the applicant's name as the field's
    // value (and its appearance), a reviewer's note its author, a bookmark its title; none is the
    // page's text, none was read.
    [Theory]
    [InlineData("field", true)]
    [InlineData("field of kids", true)]
    [InlineData("field in a group", true)]
    [InlineData("note", true)]
    [InlineData("bookmark", true)]
    [InlineData("other field", false)]
    [InlineData("attached file", true)]
    [InlineData("attached file's note", true)]
    public void A_pdfs_form_field_note_or_bookmark_that_names_a_marked_name_is_a_warning(string where, bool named)
    {
        const string Appearance = "/Tx BMC BT /Helv 10 Tf 2 4 Td (Zacharias Quorvinen) Tj ET EMC";
        var value = named ? Name : "Zacharias Virtanen";
        var pdf = where switch
        {
            "field" or "other field" => PdfWith(
                "/AcroForm << /Fields [5 0 R] /DA (/Helv 0 Tf 0 g) >>", "/Annots [5 0 R]",
                $"<< /Type /Annot /Subtype /Widget /FT /Tx /T (hakija) /V ({value}) /Rect [72 600 300 620] /P 3 0 R /F 4 /AP << /N 6 0 R >> >>",
                $"<< /Type /XObject /Subtype /Form /BBox [0 0 228 20] /Length {Appearance.Replace("Zacharias Quorvinen", value, StringComparison.Ordinal).Length} >>\nstream\n{Appearance.Replace("Zacharias Quorvinen", value, StringComparison.Ordinal)}\nendstream"),
            "field of kids" => PdfWith(
                "/AcroForm << /Fields [5 0 R] >>", "/Annots [6 0 R]",
                $"<< /FT /Tx /T (hakija) /V ({value}) /Kids [6 0 R] >>",
                "<< /Type /Annot /Subtype /Widget /Parent 5 0 R /Rect [72 600 300 620] /P 3 0 R /F 4 >>"),
            // Acrobat's 'hakija.nimi': a value in a field under its group, shown in two places.
            "field in a group" => PdfWith(
                "/AcroForm << /Fields [5 0 R] >>", "/Annots [7 0 R 8 0 R]",
                "<< /T (hakija) /Kids [6 0 R] >>",
                $"<< /FT /Tx /T (nimi) /Parent 5 0 R /V ({value}) /Kids [7 0 R 8 0 R] >>",
                "<< /Type /Annot /Subtype /Widget /Parent 6 0 R /Rect [72 600 300 620] /P 3 0 R /F 4 >>",
                "<< /Type /Annot /Subtype /Widget /Parent 6 0 R /Rect [72 560 300 580] /P 3 0 R /F 4 >>"),
            // A file attached to the document (an e-mail saved with its attachments), as a zip's files are named.
            "attached file" => PdfWith("/Names << /EmbeddedFiles << /Names [(hakemus.pdf) 5 0 R] >> >>", "", $"<< /Type /Filespec /F (hakemus_{value.Replace(' ', '_')}.pdf) /UF (hakemus_{value.Replace(' ', '_')}.pdf) >>"),
            "attached file's note" => PdfWith("", "/Annots [5 0 R]", "<< /Type /Annot /Subtype /FileAttachment /Rect [72 600 92 620] /FS 6 0 R /P 3 0 R >>", $"<< /Type /Filespec /F (liite.pdf) /Desc (Hakemus, {value}) >>"),
            "note" => PdfWith("", "/Annots [5 0 R]", $"<< /Type /Annot /Subtype /Text /Rect [72 600 92 620] /T ({value}) /Contents (Tarkista liite) /P 3 0 R >>"),
            _ => PdfWith("/Outlines 5 0 R", "", "<< /Type /Outlines /First 6 0 R /Last 6 0 R /Count 1 >>", $"<< /Title (Hakemus {value}) /Parent 5 0 R /Dest [3 0 R /Fit] >>"),
        };
        Assert.Equal(named, Warned("hakemus.pdf", pdf));
    }

    // An application made with Adobe's XML form designer (XFA, as many public forms are) keeps what
    // the applicant filled in as XML in the form's 'datasets' part, not in its fields' values: a
    // stream, or an array of named parts, often compressed.
    [Theory]
    [InlineData("parts", true)]
    [InlineData("parts", false)]
    [InlineData("one stream", true)]
    [InlineData("compressed", true)]
    public void A_pdf_xml_forms_filled_in_value_that_names_a_marked_name_is_a_warning(string form, bool named)
    {
        var data = $"<xdp:xdp xmlns:xdp=\"http://ns.adobe.com/xdp/\"><xfa:datasets xmlns:xfa=\"http://www.xfa.org/schema/xfa-data/1.0/\"><xfa:data><hakemus><hakija>{(named ? Name : "Zacharias Virtanen")}</hakija></hakemus></xfa:data></xfa:datasets></xdp:xdp>";
        var stream = form == "compressed"
            ? $"<< /Filter /ASCIIHexDecode /Length {data.Length * 2 + 1} >>\nstream\n{Convert.ToHexString(System.Text.Encoding.UTF8.GetBytes(data))}>\nendstream"
            : $"<< /Length {data.Length} >>\nstream\n{data}\nendstream";
        var xfa = form == "parts" ? "[(template) 6 0 R (datasets) 5 0 R]" : "5 0 R";
        Assert.Equal(named, Warned("hakemus.pdf", PdfWith($"/AcroForm << /Fields [] /XFA {xfa} >>", "", stream, "<< /Length 11 >>\nstream\n<template/>\nendstream")));
    }

    // A PDF of one empty page whose Info dictionary (object 4) is the one given, and objects after it.
    private static byte[] Pdf(string information, params string[] more) => RawPdf.Of("", "", information, more);

    private static byte[] PdfWith(string catalog, string page, params string[] more) => RawPdf.Of(catalog, page, "<< /Producer (Kemin kaupunki) >>", more);

    // Windows writes the authors it shows in a file's properties as XPAuthor (0x9C9D), in UTF-16.
    [Theory]
    [InlineData(true, 0x013B)]
    [InlineData(false, 0x013B)]
    [InlineData(true, 0x9C9D)]
    [InlineData(false, 0x9C9D)]
    public void A_photo_whose_exif_artist_is_a_marked_name_is_a_warning_at_the_attachment(bool named, int tag)
    {
        Assert.Equal(named, Warned("kuva.jpg", Jpeg(named ? Name : "Kemin kaupunki", tag)));
    }

    // The pixels' compressed bytes hold runs of letters by chance: words there are no property.
    // A PNG's text chunk compressed (zTXt) is one.
    // A segment whose length is too short to be one (0) is stepped over, not the end of the reading.
    [Fact]
    public void A_photo_with_a_malformed_segment_before_its_exif_is_still_read()
    {
        Assert.True(Warned("kuva.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0, .. Jpeg(Name, 0x013B)[2..]]));
    }

    // Seen black-box: XMP too large for one segment goes on in 'extended XMP' segments (APP1,
    // as Photoshop and Lightroom write them), which were stepped over.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_photos_extended_xmp_is_read(bool named)
    {
        var xmp = System.Text.Encoding.UTF8.GetBytes($"<rdf:li xml:lang=\"x-default\">Kuvassa {(named ? Name : "Kemin kaupunki")} kotonaan</rdf:li>");
        byte[] segment = [.. "http://ns.adobe.com/xmp/extension/\0"u8, .. "0123456789ABCDEF0123456789ABCDEF"u8, 0, 0, 0, (byte)xmp.Length, 0, 0, 0, 0, .. xmp];
        var length = segment.Length + 2;
        Assert.Equal(named, Warned("kuva.jpg", [0xFF, 0xD8, 0xFF, 0xE1, (byte)(length >> 8), (byte)length, .. segment, 0xFF, 0xD9]));
    }

    // Seen black-box: the photo of an applicant's house, attached to a decision that marks the
    // applicant and the address, kept the place it was taken (EXIF GPS) on the site after the marks
    // had gone. A warning at the attachment, only in a decision that marks personal data: the
    // position of a playground's photo is no one's (DP0182).
    [Theory]
    [InlineData(true, true, true)]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    public void A_photo_that_holds_where_it_was_taken_is_a_warning_in_a_decision_that_marks_personal_data(bool position, bool marks, bool warned)
    {
        using var site = new TestSite($"""
            -- site.yml --
            {Config}
            -- content/fi/meetings/kaupunginhallitus/2025-03-05.md --
            ---
            number: 3/2025
            minutes_public: 2025-03-07
            ---
            -- content/fi/2025/avustus.md --
            {Decisions.Finnish(title: "Avustus", date: "2025-03-05", extra: "attachments: [{ title: Kuva, file: kuva.jpg }]", text: marks ? $"Hakija [[{Name}]]{{.personal}} hakee avustusta." : "Yhdistys hakee avustusta.")}
            """);
        site.WriteBytes("content/fi/2025/kuva.jpg", JpegWithPosition(position));

        var result = site.BuildOn(new DateOnly(2025, 4, 1));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var warnings = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.PhotoPositionWithPersonalData).ToList();
        Assert.Equal(warned, warnings.Count == 1);
        Assert.All(warnings, w => Assert.False(w.IsError));
        Assert.All(warnings, w => Assert.Equal(8, w.Location.Line));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.PersonalDataInAttachment);
    }

    // A JPEG whose EXIF has a GPS directory (tag 0x8825) with a latitude (tag 2: 65° 44' 0"), or only an Artist.
    private static byte[] JpegWithPosition(bool position)
    {
        var tiff = new List<byte> { (byte)'I', (byte)'I', 42, 0, 8, 0, 0, 0, 1, 0 };
        if (position)
        {
            // IFD0 at 8: one entry, the GPS directory's offset (26); then the GPS directory: one entry, GPSLatitude, 3 rationals at 44.
            tiff.AddRange([0x25, 0x88, 4, 0, 1, 0, 0, 0, 26, 0, 0, 0, 0, 0, 0, 0]);
            tiff.AddRange([1, 0, 2, 0, 5, 0, 3, 0, 0, 0, 44, 0, 0, 0, 0, 0, 0, 0]);
            foreach (var value in new[] { 65, 44, 0 })
            {
                tiff.AddRange(BitConverter.GetBytes(value));
                tiff.AddRange(BitConverter.GetBytes(1));
            }
        }
        else
        {
            tiff.AddRange([0x3B, 0x01, 2, 0, 15, 0, 0, 0, 26, 0, 0, 0, 0, 0, 0, 0]);
            tiff.AddRange("Kemin kaupunki\0"u8.ToArray());
        }

        var exif = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        var length = exif.Length + 2;
        return [0xFF, 0xD8, 0xFF, 0xE1, (byte)(length >> 8), (byte)length, .. exif, 0xFF, 0xD9];
    }

    [Theory]
    [InlineData("kuva.jpg", false)]
    [InlineData("kuva.png", true)]
    public void Only_an_images_own_metadata_is_read_and_a_compressed_png_text_too(string file, bool warned)
    {
        var name = System.Text.Encoding.UTF8.GetBytes(Name);
        byte[] image = file.EndsWith(".jpg", StringComparison.Ordinal)
            ? [.. Jpeg("Kemin kaupunki", 0x013B)[..^2], 0xFF, 0xDA, 0, 2, 0, .. name, 0, 0xFF, 0xD9]
            : TestPng.Of(TestPng.Chunk("zTXt", [.. "Author"u8, 0, 0, .. Deflated(name)]));

        Assert.Equal(warned, Warned(file, image));
    }

    // Seen black-box: a Word document's text and its author were never read, so neither warned.
    [Theory]
    [InlineData("lausunto.docx", "word/document.xml", "Hakija Zacharias Quor", "vinen.")]
    [InlineData("lausunto.docx", "docProps/core.xml", Name, "")]
    [InlineData("lausunto.odt", "meta.xml", Name, "")]
    [InlineData("lausunto.docx", "word/document.xml", "Hakija Zacharias", " Virtanen.")]
    public void An_office_document_whose_text_or_properties_hold_a_marked_name_is_a_warning_at_the_attachment(string file, string part, string run, string nextRun)
    {
        var named = (run + nextRun).Contains("Quorvinen", StringComparison.Ordinal);
        Assert.Equal(named, Warned(file, Zip(part, $"<x:p xmlns:x=\"urn:x\"><x:r><x:t>{run}</x:t></x:r><x:r><x:t>{nextRun}</x:t></x:r></x:p>"), part == "word/document.xml" ? "text" : "properties"));
    }

    // Seen black-box: a chart in a Word file keeps its categories' names as values outside any
    // paragraph (c:v), and its title is a paragraph (a:p); a part with a paragraph was read for its
    // paragraphs only, so the applicants a chart of points named stayed unread.
    [Theory]
    [InlineData(Name, true)]
    [InlineData("Zacharias Virtanen", false)]
    public void A_chart_in_an_office_document_whose_categories_name_a_marked_name_is_a_warning(string category, bool named)
    {
        var chart = $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>Hakijoiden pisteet</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:plotArea><c:barChart><c:ser><c:idx val="0"/><c:tx><c:strRef><c:f>Taul1!$B$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>Pisteet</c:v></c:pt></c:strCache></c:strRef></c:tx><c:cat><c:strRef><c:f>Taul1!$A$2:$A$3</c:f><c:strCache><c:ptCount val="2"/><c:pt idx="0"><c:v>Anna Aho</c:v></c:pt><c:pt idx="1"><c:v>{category}</c:v></c:pt></c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>Taul1!$B$2:$B$3</c:f><c:numCache><c:ptCount val="2"/><c:pt idx="0"><c:v>12</c:v></c:pt><c:pt idx="1"><c:v>9</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser></c:barChart></c:plotArea></c:chart></c:chartSpace>
            """;
        Assert.Equal(named, Warned("lausunto.docx", Zip("word/charts/chart1.xml", chart), "text"));
    }

    // Seen black-box: a chart pasted from Excel into a Word or PowerPoint file takes the whole
    // workbook with it (word/embeddings/, ppt/embeddings/), every sheet of its data, published
    // unseen inside the document; the workbook was not read.
    [Theory]
    [InlineData("lausunto.docx", "word/embeddings/Microsoft_Excel_Worksheet.xlsx", true)]
    [InlineData("esitys.pptx", "ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx", true)]
    [InlineData("lausunto.docx", "word/embeddings/Microsoft_Excel_Worksheet.xlsx", false)]
    public void A_workbook_embedded_in_an_office_document_is_read(string file, string entry, bool named)
    {
        var workbook = Zip("xl/sharedStrings.xml", $"<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"2\" uniqueCount=\"2\"><si><t>Hakija</t></si><si><t>{(named ? Name : "Zacharias Virtanen")}</t></si></sst>");
        using var zip = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(zip, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var writer = new StreamWriter(archive.CreateEntry(file.EndsWith(".pptx", StringComparison.Ordinal) ? "ppt/slides/slide1.xml" : "word/document.xml").Open()))
            {
                writer.Write("<x:p xmlns:x=\"urn:x\"><x:t>Lausunto</x:t></x:p>");
            }

            using var embedded = archive.CreateEntry(entry).Open();
            embedded.Write(workbook);
        }

        Assert.Equal(named, Warned(file, zip.ToArray(), "text"));
    }

    // Seen black-box: Word's 'Insert > Object' puts a PDF, or any file packaged in an OLE object
    // (its name and text in UTF-16), into word/embeddings/, published inside the document; only
    // embedded office documents were read.
    [Theory]
    [InlineData("lausunto.docx", "word/embeddings/liite.pdf", "pdf", true)]
    [InlineData("esitys.pptx", "ppt/embeddings/oleObject1.bin", "ole", true)]
    [InlineData("lausunto.docx", "word/embeddings/liite.pdf", "pdf", false)]
    [InlineData("lausunto.docx", "word/embeddings/oleObject1.bin", "ole", false)]
    public void A_pdf_or_a_packaged_file_embedded_in_an_office_document_is_read(string file, string entry, string kind, bool named)
    {
        var name = named ? Name : "Zacharias Virtanen";
        byte[] embedded = kind == "pdf"
            ? RawPdf.Of("", "", $"<< /Title (Hakemus {name}) >>")
            : [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0, .. System.Text.Encoding.Unicode.GetBytes($"Hakemus {name}"), 0, 0, 1, 2];
        var document = TestOfficeDocument.Files(
            (file.EndsWith(".pptx", StringComparison.Ordinal) ? "ppt/slides/slide1.xml" : "word/document.xml", "<x:p xmlns:x=\"urn:x\"><x:t>Lausunto</x:t></x:p>"u8.ToArray()),
            (entry, embedded));

        Assert.Equal(named, Warned(file, document, "text"));
    }

    // Seen black-box: a PDF's attached file (a portfolio's document, a list saved into a report),
    // opened with a click in any viewer, was read for its name only, not for what it holds.
    [Theory]
    [InlineData("stored", true)]
    [InlineData("packed", true)]
    [InlineData("packed", false)]
    public void A_file_attached_to_a_pdf_is_read(string how, bool named)
    {
        var content = System.Text.Encoding.UTF8.GetBytes($"Hakijat: {(named ? Name : "Zacharias Virtanen")}\n");
        var stored = how == "packed" ? Deflated(content) : content;
        var stream = $"<< /Type /EmbeddedFile {(how == "packed" ? "/Filter /FlateDecode " : "")}/Length {stored.Length} >>\nstream\n{System.Text.Encoding.Latin1.GetString(stored)}\nendstream";
        var pdf = RawPdf.Of("/Names << /EmbeddedFiles << /Names [(hakijat.txt) 5 0 R] >> >>", "", "<< >>", "<< /Type /Filespec /F (hakijat.txt) /UF (hakijat.txt) /EF << /F 6 0 R >> >>", stream);

        Assert.Equal(named, Warned("hakemus.pdf", pdf));
    }

    // An attached file that unpacks to gigabytes is read only so far (PdfPig's own list of the
    // files unpacks each whole: gigabytes of memory); the file after it is still read.
    [Fact]
    public void A_file_attached_to_a_pdf_after_a_bomb_is_still_read()
    {
        var bomb = PackedFile.ZLibZeros(3_000_000_000);
        var content = System.Text.Encoding.UTF8.GetBytes($"Hakijat: {Name}\n");
        string Stream(byte[] stored, string filter) => $"<< /Type /EmbeddedFile {filter}/Length {stored.Length} >>\nstream\n{System.Text.Encoding.Latin1.GetString(stored)}\nendstream";
        var pdf = RawPdf.Of(
            "/Names << /EmbeddedFiles << /Names [(tyhja.txt) 5 0 R (hakijat.txt) 6 0 R] >> >>", "", "<< >>",
            "<< /Type /Filespec /F (tyhja.txt) /EF << /F 7 0 R >> >>",
            "<< /Type /Filespec /F (hakijat.txt) /EF << /F 8 0 R >> >>",
            Stream(bomb, "/Filter /FlateDecode "),
            Stream(content, ""));

        Assert.True(Warned("hakemus.pdf", pdf));
    }

    // Seen black-box: a photo pasted into a Word or PowerPoint file keeps its EXIF in the file's
    // media folder; its artist was published with the document, unread.
    [Theory]
    [InlineData("lausunto.docx", "word/media/image1.jpeg", true)]
    [InlineData("esitys.pptx", "ppt/media/image3.jpg", true)]
    [InlineData("lausunto.odt", "Pictures/10000000.jpg", true)]
    [InlineData("lausunto.docx", "word/media/image1.jpeg", false)]
    public void A_photo_in_an_office_document_whose_exif_names_a_marked_name_is_a_warning(string file, string entry, bool named)
    {
        using var zip = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(zip, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var writer = new StreamWriter(archive.CreateEntry(file.EndsWith(".odt", StringComparison.Ordinal) ? "content.xml" : "word/document.xml").Open()))
            {
                writer.Write("<x:p xmlns:x=\"urn:x\"><x:t>Lausunto</x:t></x:p>");
            }

            using var image = archive.CreateEntry(entry).Open();
            image.Write(Jpeg(named ? Name : "Kemin kaupunki", 0x013B));
        }

        Assert.Equal(named, Warned(file, zip.ToArray()));
    }

    // A photo's EXIF stands before its pixels, so only that is read of each image of an office
    // document, not the whole image (up to 32 MB): the last photo's artist of a .docx of 1,000
    // photos (the most parts read) is still found.
    [Fact]
    public void An_office_document_of_a_thousand_photos_has_each_photos_exif_read()
    {
        const int Pixels = 32 << 20;
        byte[] scan = [0xFF, 0xDA, 0, 12, 3, 1, 0, 2, 0x11, 3, 0x11, 0, 0x3F, 0];
        PackedFile Photo(string artist) => PackedFile.Filled([.. Jpeg(artist, 0x013B)[..^2], .. scan], 0, Pixels, []);

        // Every photo but the last is the same file: packed once.
        var town = Photo("Kemin kaupunki");
        var files = new List<(string Name, PackedFile File)> { ("word/document.xml", PackedFile.Of("<x:p xmlns:x=\"urn:x\"><x:t>Lausunto</x:t></x:p>"u8.ToArray())) };
        for (var i = 1; i <= 1000; i++)
        {
            files.Add(($"word/media/image{i}.jpeg", i == 1000 ? Photo(Name) : town));
        }

        Assert.True(Warned("lausunto.docx", PackedFile.Zip([.. files])));
    }

    // Word writes a document's properties after its pictures: the cap on parts must not be spent
    // on a thousand photos before the author is read.
    [Fact]
    public void An_office_document_of_a_thousand_photos_written_before_its_properties_has_its_author_read()
    {
        byte[] scan = [0xFF, 0xDA, 0, 12, 3, 1, 0, 2, 0x11, 3, 0x11, 0, 0x3F, 0];
        var photo = PackedFile.Of([.. Jpeg("Kemin kaupunki", 0x013B)[..^2], .. scan]);
        var files = new List<(string Name, PackedFile File)> { ("word/document.xml", PackedFile.Of("<x:p xmlns:x=\"urn:x\"><x:t>Lausunto</x:t></x:p>"u8.ToArray())) };
        for (var i = 1; i <= 1000; i++)
        {
            files.Add(($"word/media/image{i}.jpeg", photo));
        }

        files.Add(("docProps/core.xml", PackedFile.Of(System.Text.Encoding.UTF8.GetBytes($"<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator>{Name}</dc:creator></cp:coreProperties>"))));

        Assert.True(Warned("lausunto.docx", PackedFile.Zip([.. files])));
    }

    // Seen black-box: a compressed PNG text of 300 KB unpacked to 300 MB and the build ran out of
    // memory; a malformed iTXt hid the chunks after it. Each is read up to a limit or skipped alone.
    [Theory]
    [InlineData("bomb")]
    [InlineData("short iTXt")]
    public void A_png_text_chunk_compressed_hostile_or_malformed_skips_only_itself(string chunk)
    {
        byte[] first = chunk == "bomb" ? [.. "Comment"u8, 0, 0, .. PackedFile.ZLibZeros(300_000_000)] : [(byte)'k', 0, 1];
        var png = TestPng.Of(TestPng.Chunk(chunk == "bomb" ? "zTXt" : "iTXt", first), TestPng.Chunk("tEXt", [.. "Author"u8, 0, .. System.Text.Encoding.Latin1.GetBytes(Name)]));
        Assert.True(Warned("kuva.png", png));
    }

    // A scan's pixels (a TIFF's, a GIF's, an EXIF thumbnail's or a colour profile's bytes) hold runs of
    // letters by chance, and a 60 MB random TIFF warned for a short surname: only an image's text
    // fields are read, and a TIFF's or GIF's not at all.
    [Theory]
    [InlineData("kuva.tif")]
    [InlineData("kuva.gif")]
    [InlineData("kuva.jpg")]
    [InlineData("thumbnail.jpg")]
    public void Bytes_of_an_image_that_are_no_text_field_are_not_read(string file)
    {
        var name = System.Text.Encoding.UTF8.GetBytes(Name);
        byte[] image = file switch
        {
            "kuva.tif" => [(byte)'I', (byte)'I', 42, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, .. name],
            "kuva.gif" => [.. "GIF89a"u8, 1, 0, 1, 0, 0, 0, 0, .. name, 0x3B],
            "thumbnail.jpg" => Jpeg("Kemin kaupunki", 0x013B, name),
            _ => [.. Jpeg("Kemin kaupunki", 0x013B)[..^2], 0xFF, 0xE2, 0, (byte)(name.Length + 16), .. "ICC_PROFILE\0"u8, 1, 1, .. name, 0xFF, 0xD9],
        };
        Assert.False(Warned(file, image));
    }

    // Seen black-box: paragraphs nested thousands deep made every paragraph's text a copy of all
    // inside it (out of memory from 14 KB), and a part of hundreds of megabytes of one word was read
    // whole. What is read before a limit is still checked; the rest of the file is not read.
    [Fact]
    public void An_office_document_nested_deep_is_read_up_to_a_limit()
    {
        var filler = new string('a', 100);
        var xml = $"<x:p xmlns:x=\"urn:x\">Hakija {Name}." + string.Concat(Enumerable.Repeat($"<x:p>{filler}", 6000)) + string.Concat(Enumerable.Repeat("</x:p>", 6000)) + "</x:p>";
        Assert.True(Warned("lausunto.docx", Zip("word/document.xml", xml), "text"));
    }

    [Fact]
    public void An_office_document_whose_part_unpacks_to_hundreds_of_megabytes_is_not_read_whole()
    {
        var part = PackedFile.Filled("<p>"u8.ToArray(), (byte)'a', 300 << 20, System.Text.Encoding.UTF8.GetBytes($" {Name}</p>"));

        Assert.False(Warned("lausunto.docx", PackedFile.Zip(("word/document.xml", part)), "text"));
    }

    // A Word document's hyperlink keeps its target in the file, unseen: a link to the applicant's
    // folder names them, as Word writes it (a space as '%20', an 'ä' as '%C3%A4') or as typed.
    [Theory]
    [InlineData("file:///C:/Hakemukset/Zacharias%20Quorvinen/hakemus.pdf", true)]
    [InlineData("https://www.kemi.fi/hakemukset/Zacharias Quorvinen/", true)]
    [InlineData("file:///C:/Hakemukset/Kemin%20kaupunki/hakemus.pdf", false)]
    public void A_marked_name_only_in_a_word_documents_hyperlink_target_is_a_warning(string target, bool named)
    {
        Assert.Equal(named, Warned("lausunto.docx", TestOfficeDocument.WordWithLink(target), "text"));
    }

    // The warning at the attachment's line, without the name, and the build goes on.
    // Which of the two messages is given: of the file's text or of its properties.
    private static bool Warned(string file, byte[] bytes, string where = "properties")
    {
        using var site = new TestSite($"""
            -- site.yml --
            {Config}
            -- content/fi/meetings/kaupunginhallitus/2025-03-05.md --
            ---
            number: 3/2025
            minutes_public: 2025-03-07
            ---
            -- content/fi/2025/avustus.md --
            {Decisions.Finnish(title: "Avustus", date: "2025-03-05", extra: $"attachments: [{{ title: Hakemus, file: {file} }}]", text: $"Hakija [[{Name}]]{{.personal}} hakee avustusta.")}
            """);
        site.WriteBytes($"content/fi/2025/{file}", bytes);

        var result = site.BuildOn(new DateOnly(2025, 4, 1));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var warnings = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.PersonalDataInAttachment).ToList();
        Assert.All(warnings, w => Assert.False(w.IsError));
        Assert.All(warnings, w => Assert.EndsWith("content/fi/2025/avustus.md", w.Location.Path, StringComparison.Ordinal));
        Assert.All(warnings, w => Assert.Equal(8, w.Location.Line));
        Assert.All(warnings, w => Assert.DoesNotContain("Quorvinen", w.Message, StringComparison.Ordinal));
        Assert.All(warnings, w => Assert.StartsWith($"the {where} of this attachment", w.Message, StringComparison.Ordinal));
        return Assert.Single(warnings.DefaultIfEmpty()) is not null;
    }

    // An office document of one XML part beside its text, which names nobody.
    private static byte[] Zip(string part, string xml) => TestOfficeDocument.Of(("content.xml", "<p>Lausunto</p>"), (part, xml));

    private static byte[] Deflated(byte[] bytes)
    {
        using var packed = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(packed, System.IO.Compression.CompressionLevel.Optimal))
        {
            zlib.Write(bytes);
        }

        return packed.ToArray();
    }

    // A JPEG of no pixels with an EXIF block whose one field is the Artist (0x013B, ASCII), as a
    // camera or an editor writes it, or Windows' XPAuthor (0x9C9D, bytes of UTF-16).
    private static byte[] Jpeg(string artist, int tag, byte[]? thumbnail = null)
    {
        var value = (tag == 0x9C9D ? System.Text.Encoding.Unicode : System.Text.Encoding.UTF8).GetBytes(artist + "\0");
        var tiff = new List<byte> { (byte)'I', (byte)'I', 42, 0, 8, 0, 0, 0, 1, 0, (byte)tag, (byte)(tag >> 8), (byte)(tag == 0x9C9D ? 1 : 2), 0 };
        tiff.AddRange(BitConverter.GetBytes(value.Length));
        tiff.AddRange(BitConverter.GetBytes(26));
        tiff.AddRange(BitConverter.GetBytes(0));
        tiff.AddRange(value);
        tiff.AddRange(thumbnail ?? []);
        var exif = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        var length = exif.Length + 2;
        return [0xFF, 0xD8, 0xFF, 0xE1, (byte)(length >> 8), (byte)length, .. exif, 0xFF, 0xD9];
    }
}
