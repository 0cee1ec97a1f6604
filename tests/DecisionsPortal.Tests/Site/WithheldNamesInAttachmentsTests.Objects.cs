using System.Text;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Site;

/// <summary>
/// A file embedded as an object in a published document (Word's Insert, Object: a PDF, a list, any
/// file packaged) is published inside it and opens with a double click: read as the file it is.
/// </summary>
public sealed partial class WithheldNamesInAttachmentsTests
{
    // Found black-box: an RTF file's object was stepped over whole, its hex never read.
    [Theory]
    [InlineData("liite-1.rtf", "a packaged text file")]
    [InlineData("liite-1.rtf", "a packaged pdf")]
    [InlineData("liite-1.rtf", "a packaged file's name")]
    [InlineData("liite-1.rtf", "acrobat's pdf")]
    [InlineData("liite-1.rtf", "a packaged text file after \\bin")]
    [InlineData("liite-1.docx", "acrobat's pdf")]
    [InlineData("liite-1.docx", "a packaged pdf")]
    public void A_withheld_name_in_a_file_embedded_as_an_object_is_an_error(string file, string embedded)
    {
        var pdf = TestPdf.Of("Kauppakirjan ehdot ja liitteet.", "Katso sopimus-meikäläinen.pdf.");
        var (className, native) = embedded switch
        {
            "a packaged text file" or "a packaged text file after \\bin" => ("Package", TestEmbeddedObject.Package("hakijat.txt", Encoding.UTF8.GetBytes("Hakijat:\r\nsopimus-meikäläinen.pdf\r\n"))),
            "a packaged pdf" => ("Package", TestEmbeddedObject.Package("hakemus.pdf", pdf)),
            "a packaged file's name" => ("Package", TestEmbeddedObject.Package("sopimus-meikäläinen.pdf", "%PDF-1.4\n%%EOF\n"u8.ToArray())),
            _ => ("AcroExch.Document.DC", TestEmbeddedObject.Compound("CONTENTS", pdf)),
        };
        var bytes = file.EndsWith(".rtf", StringComparison.Ordinal)
            ? TestEmbeddedObject.Rtf(className, TestEmbeddedObject.Ole1(className, native), bin: embedded.EndsWith("\\bin", StringComparison.Ordinal))
            : TestOfficeDocument.Files(
                ("word/document.xml", "<w:document xmlns:w=\"urn:w\"><w:body><w:p><w:r><w:t>Liite</w:t></w:r></w:p></w:body></w:document>"u8.ToArray()),
                ("word/embeddings/oleObject1.bin", className == "Package" ? TestEmbeddedObject.Compound("\u0001Ole10Native", [.. BitConverter.GetBytes(native.Length), .. native]) : native));
        using var site = Site(bytes, file, more: UmlautName);

        var error = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError);

        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
    }

    [Fact]
    public void A_name_the_decision_marks_in_a_file_embedded_in_an_rtf_is_the_marked_words_warning()
    {
        var rtf = TestEmbeddedObject.Rtf("Package", TestEmbeddedObject.Ole1("Package", TestEmbeddedObject.Package("hakija.txt", "Hakija Zacharias Quorvinen"u8.ToArray())));
        using var site = Site(rtf, "liite-1.rtf", text: "Hakija [[Zacharias Quorvinen]]{.personal} hakee avustusta.");

        Assert.Contains(site.BuildOn(BuildDate).Diagnostics, d => d.Code == "DP0104" && d.Location.Line == 8);
    }

    // Ordinary objects: a packaged map, a PDF of other names.
    [Fact]
    public void An_rtf_with_ordinary_objects_builds_clean()
    {
        var rtf = TestEmbeddedObject.Rtf("Package", TestEmbeddedObject.Ole1("Package", TestEmbeddedObject.Package("kartta.pdf", TestPdf.Of("Kartta", "Katso liite-2.pdf."))));
        using var site = Site(rtf, "liite-1.rtf", more: UmlautName);

        var result = site.BuildOn(BuildDate);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "DP0250" or "DP0251" or "DP0255");
    }

    // A hostile object: its stream's first sector leads to itself, its size says 4 GB.
    [Fact]
    public void An_object_whose_chain_of_sectors_loops_builds_and_ends()
    {
        var compound = TestEmbeddedObject.Compound("CONTENTS", TestPdf.Of("Liite"));
        var entry = compound.AsSpan().IndexOf(Encoding.Unicode.GetBytes("CONTENTS"));
        var start = (int)System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(compound.AsSpan(entry + 116));
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(compound.AsSpan(512 + (4 * start)), (uint)start);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(compound.AsSpan(entry + 120), uint.MaxValue);
        using var site = Site(TestEmbeddedObject.Rtf("AcroExch.Document.DC", TestEmbeddedObject.Ole1("AcroExch.Document.DC", compound)), "liite-1.rtf", more: UmlautName);

        var result = site.BuildOn(BuildDate);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
    }
}
