using System.Text;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Site;

/// <summary>
/// The files inside a published file are published with it: a zip's files (and a zip's in it), a
/// photo pasted into a Word document; and a text written in an encoding the file does not announce.
/// </summary>
public sealed partial class WithheldNamesInAttachmentsTests
{
    private const string Withheld = "kauppakirja-meikalainen.pdf";

    // A zip of an application's files: each file's text is published with the zip.
    [Theory]
    [InlineData("hakemus.txt")]
    [InlineData("hakemus.docx")]
    [InlineData("hakemus.pdf")]
    [InlineData("sisempi.zip")]
    [InlineData("sisempi.zip/hakemus.docx")]
    [InlineData("viesti.eml")]
    [InlineData("index.html")]
    [InlineData("vienti.xml")]
    [InlineData("LUEMINUT")]
    public void A_confidential_attachments_name_in_a_file_inside_a_published_zip_is_an_error(string member)
    {
        using var site = Site(TestOfficeDocument.Files(("lue.txt", "Hakemuksen liitteet"u8.ToArray()), (member.Split('/')[0], Member(member, $"Katso {Withheld}."))), "liite-1.zip");

        var error = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError);

        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
        Assert.StartsWith("the file names or the files in the zip attachment 'liite-1.zip' include", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("kauppakirja", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    // The check of marked words reads the zip's files as the check of withheld names does.
    [Fact]
    public void A_name_the_decision_marks_as_personal_in_a_file_inside_its_zip_is_the_marked_words_warning()
    {
        using var site = Site(TestOfficeDocument.Files(("hakemus.docx", TestOfficeDocument.Of(("word/document.xml", "<p>Hakija Zacharias Quorvinen hakee avustusta.</p>")))), "liite-1.zip", text: "Hakija [[Zacharias Quorvinen]]{.personal} hakee avustusta.");

        var result = site.BuildOn(BuildDate);
        Assert.Contains(result.Diagnostics, d => d.Code == "DP0104" && !d.IsError && d.Location.Line == 8);
    }

    // A scanned appendix is several megabytes: a zip's large file is read as a plain attachment is.
    [Fact]
    public void A_confidential_attachments_name_at_the_end_of_a_large_file_inside_a_published_zip_is_an_error()
    {
        var csv = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("2024;Tontin vuokra;1200\n", 400_000)) + $"2024;{Withheld};0\n");
        using var site = Site(TestOfficeDocument.Files(("vuokrat.csv", csv)), "liite-1.zip");

        Assert.Equal("DP0250", Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError).Code);
    }

    // A zip's words are kept in the cache folder as a PDF's are, and the next run finds the name there.
    [Fact]
    public void A_zips_files_words_are_read_again_from_the_store()
    {
        using var site = Site(TestOfficeDocument.Files(("hakemus.pdf", TestPdf.Of($"Katso {Withheld}."))), "liite-1.zip");
        var options = new DecisionsPortal.Configuration.BuildOptions(site.ConfigPath, site.Output, BuildDate: BuildDate, CacheDirectory: Path.Combine(site.Root, "cache"));

        var first = DecisionsPortal.Pipeline.BuildPipeline.Run(options);
        var entries = Directory.GetFiles(Path.Combine(site.Root, "cache", "attachment-texts")).Where(f => File.ReadAllText(f).Contains(Withheld, StringComparison.Ordinal)).ToList();
        var second = DecisionsPortal.Pipeline.BuildPipeline.Run(options);

        Assert.Single(entries);
        Assert.All(new[] { first, second }, r => Assert.Equal("DP0250", Assert.Single(r.Diagnostics, d => d.IsError).Code));
    }

    // A hostile PDF: a link's action whose next action, the file it opens and its own action are itself.
    [Fact]
    public void A_pdf_whose_actions_lead_back_into_themselves_is_read_and_the_build_ends()
    {
        using var site = Site(RawPdf.Of("", "/Annots [5 0 R]", "<< >>", "<< /Type /Annot /Subtype /Link /Rect [50 700 250 720] /A 6 0 R >>", $"<< /S /Launch /F 6 0 R /FS 6 0 R /A 6 0 R /Next [6 0 R 6 0 R] /Next 6 0 R /UF ({Withheld}) >>"));

        Assert.Equal("DP0250", Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError).Code);
    }

    // A hostile PDF: a link's next actions a list that holds itself.
    [Fact]
    public void A_pdf_whose_next_actions_list_holds_itself_is_read_and_the_build_ends()
    {
        using var site = Site(RawPdf.Of("", "/Annots [5 0 R]", "<< >>", "<< /Type /Annot /Subtype /Link /Rect [50 700 250 720] /A 6 0 R >>", $"<< /S /Launch /F ({Withheld}) /Next 7 0 R >>", "[7 0 R 6 0 R 7 0 R]"));

        Assert.Equal("DP0250", Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError).Code);
    }

    // A hostile BigTIFF: a directory of more entries than the file holds, whose next directory is itself.
    [Fact]
    public void A_bigtiff_whose_directory_is_past_its_end_and_leads_to_itself_builds_and_ends()
    {
        byte[] tiff = [.. "II"u8, 43, 0, 8, 0, 0, 0, 16, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F, 16, 0, 0, 0, 0, 0, 0, 0];
        using var site = Site(tiff, "liite-1.tif");

        var result = site.BuildOn(BuildDate);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
    }

    // A zip in a zip publishes its files' names too.
    [Fact]
    public void A_confidential_attachments_name_as_a_file_in_a_zip_inside_a_published_zip_is_an_error()
    {
        using var site = Site(TestOfficeDocument.Files(("hakemukset.zip", TestOfficeDocument.Files(($"liitteet/{Withheld}", "%PDF-1.4"u8.ToArray())))), "liite-1.zip");

        Assert.Equal("DP0250", Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError).Code);
    }

    // The zip's files naming themselves, each other and the decision's other attachment.
    [Fact]
    public void A_zip_whose_files_name_themselves_and_a_sibling_builds_clean()
    {
        using var site = Site(TestOfficeDocument.Files(
            ("lue.txt", "Tiedostot: hakemus.pdf, lue.txt, liite-1.zip ja liite-2.pdf."u8.ToArray()),
            ("hakemus.pdf", TestPdf.Of("Tämä on hakemus.pdf, liite-2.pdf on toinen.")),
            ("sisempi.zip", TestOfficeDocument.Files(("kauppakirja.txt", "Kauppakirja allekirjoitetaan meikalainen-liitteineen."u8.ToArray())))), "liite-1.zip");

        var result = site.BuildOn(BuildDate);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "DP0250" or "DP0251" or "DP0253" or "DP0254");
    }

    // Found black-box: a gzipped file in a zip (an old register, a saved mailbox) was read for
    // its runs of text only, which a packed file has none of.
    [Theory]
    [InlineData("vanhat.txt.gz", 1)]
    [InlineData("vanhat.txt.gz.gz", 2)]
    public void A_confidential_attachments_name_in_a_gzipped_file_in_a_zip_is_an_error(string name, int times)
    {
        var bytes = Encoding.UTF8.GetBytes($"Katso {Withheld}.");
        for (var i = 0; i < times; i++)
        {
            using var packed = new MemoryStream();
            using (var gzip = new System.IO.Compression.GZipStream(packed, System.IO.Compression.CompressionLevel.Optimal))
            {
                gzip.Write(bytes);
            }

            bytes = packed.ToArray();
        }

        using var site = Site(PackedFile.Zip((name, PackedFile.Of(bytes))), "liite-1.zip");

        Assert.Equal("DP0250", Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError).Code);
    }

    // A zip bomb (a file of gigabytes of nothing, zips nested past any archive's depth) is read
    // only so far; a file after the bomb is still read, and the build ends.
    [Fact]
    public void A_zip_bomb_is_read_only_so_far_and_the_files_after_it_still_are()
    {
        var nested = Encoding.ASCII.GetBytes("Ei mitään");
        for (var i = 0; i < 40; i++)
        {
            nested = TestOfficeDocument.Files(("sisempi.zip", nested));
        }

        using var site = Site(
            PackedFile.Zip(("tyhja.txt", PackedFile.Zeros(300 << 20)), ("sisakkaiset.zip", PackedFile.Of(nested)), ("hakemus.txt", PackedFile.Of(Encoding.ASCII.GetBytes($"Katso {Withheld}.")))),
            "liite-1.zip");

        Assert.Equal("DP0250", Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError).Code);
    }

    // Found black-box: a photo pasted into a Word document keeps its EXIF, a scan pasted as a TIFF
    // did not count.
    [Theory]
    [InlineData("word/media/image1.tiff")]
    [InlineData("word/media/image1.jpeg")]
    [InlineData("ppt/media/image2.tif")]
    public void A_confidential_attachments_name_in_the_exif_of_an_image_in_a_published_office_document_is_an_error(string image)
    {
        var tiff = TestTiff.Of(Withheld);
        var bytes = image.EndsWith(".jpeg", StringComparison.Ordinal) ? Jpeg(tiff) : tiff;
        using var site = Site(TestOfficeDocument.Files(("word/document.xml", "<p>Liite</p>"u8.ToArray()), (image, bytes)), "liite-1.docx");

        var error = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError);

        Assert.Equal("DP0250", error.Code);
        Assert.StartsWith("the properties of the attachment 'liite-1.docx'", error.Message, StringComparison.Ordinal);
    }

    // PDF 2.0 writes a title in UTF-8, after its byte order mark.
    [Fact]
    public void A_confidential_attachments_name_in_a_utf8_pdf_title_is_an_error()
    {
        var title = Encoding.Latin1.GetString([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Päätös sopimus-meikäläinen.pdf")]);
        using var site = Site(RawPdf.Of("", "", $"<< /Title ({title}) >>"), more: UmlautName);

        Assert.Equal("DP0250", Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError).Code);
    }

    // Notepad's and Excel's 'Unicode' without its byte order mark (a script's export).
    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16BE")]
    public void A_confidential_attachments_name_in_a_utf16_text_file_without_a_byte_order_mark_is_an_error(string encoding)
    {
        using var site = Site(Encoding.GetEncoding(encoding).GetBytes("Sopimus: sopimus-meikäläinen.pdf\r\n"), "liite-1.txt", more: UmlautName);

        Assert.Equal("DP0250", Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError).Code);
    }

    private static readonly string UmlautName = $"""
        -- content/fi/2024/sopimus.md --
        {Decisions.Finnish(title: "Sopimus", date: "2024-11-22", extra: "confidential: true\nattachments: [{ title: Sopimus, file: sopimus-meikäläinen.pdf }]")}
        -- content/fi/2024/sopimus-meikäläinen.pdf --
        %PDF-1.4
        """;

    // A JPEG of one EXIF segment (the TIFF given) and no pixels.
    private static byte[] Jpeg(byte[] tiff)
    {
        var length = tiff.Length + 8;
        return [0xFF, 0xD8, 0xFF, 0xE1, (byte)(length >> 8), (byte)length, .. "Exif\0\0"u8, .. tiff, 0xFF, 0xD9];
    }

    // A file of the kind its name says, whose text is the one given; a path ('a.zip/b.docx') is a file in a zip.
    private static byte[] Member(string path, string text) => path.Split('/', 2) switch
    {
        [_, var inner] => TestOfficeDocument.Files((inner, Member(inner, text))),
        [var name] when name.EndsWith(".docx", StringComparison.Ordinal) => TestOfficeDocument.Of(("word/document.xml", $"<p>{text}</p>")),
        [var name] when name.EndsWith(".pdf", StringComparison.Ordinal) => TestPdf.Of(text),
        [var name] when name.EndsWith(".zip", StringComparison.Ordinal) => TestOfficeDocument.Files(("hakemus.txt", Encoding.UTF8.GetBytes(text))),
        _ => Encoding.UTF8.GetBytes(text),
    };
}
