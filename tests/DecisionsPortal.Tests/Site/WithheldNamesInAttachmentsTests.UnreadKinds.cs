using System.Text;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Site;

/// <summary>
/// What is and is not 'not read in full' (DP0255), as a black-box review found it: a file that is
/// not of its name's kind is read as any file of unknown kind is (its runs of text), not told; a
/// file in a zip is named by its path in it; a document protected with a password is told however
/// its suite saves it; a file read only at its ends is told.
/// </summary>
public sealed partial class WithheldNamesInAttachmentsTests
{
    // Finder's 'Compress' adds each file's '._' metadata; Word leaves its lock file beside an open document.
    [Fact]
    public void A_macs_metadata_and_a_word_lock_file_in_a_zip_are_read_by_their_runs_of_text_not_told_as_damaged()
    {
        byte[] appleDouble = [0x00, 0x05, 0x16, 0x07, 0x00, 0x02, 0x00, 0x00, .. "Mac OS X        "u8, 0x00, 0x02, 0, 0, 0, 9, 0, 0, 0, 0x32, 0, 0, 0x0E, 0xB0];
        byte[] lockFile = [14, .. "Maija Meikäläinen"u8, .. new byte[40], .. Encoding.Unicode.GetBytes($"Katso {Withheld}")];
        using var site = Site(TestOfficeDocument.Files(
            ("hakemus.pdf", TestPdf.Of("Hakemus")), ("__MACOSX/._hakemus.pdf", appleDouble), ("~$lausunto.docx", lockFile), ("__MACOSX/._lausunto.zip", appleDouble)), "liite-1.zip");

        var result = site.BuildOn(BuildDate);

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "DP0255");
        Assert.Equal("DP0250", Assert.Single(result.Diagnostics, d => d.IsError).Code);
    }

    // The same at the attachment's own line: a file named .docx that is no zip, an old Word file renamed.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_attachment_not_of_its_names_kind_or_an_old_word_file_renamed_docx_is_read_by_its_runs_of_text(bool compound)
    {
        byte[] text = [.. Encoding.Latin1.GetBytes($"Katso {Withheld} ")];
        using var site = Site(compound ? [.. Compound(), .. text] : text, "liite-1.docx");

        var result = site.BuildOn(BuildDate);

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "DP0255");
        Assert.Equal("DP0250", Assert.Single(result.Diagnostics, d => d.IsError).Code);
    }

    // An old Word file saved under a text file's name keeps its text as UTF-16 among binary
    // records: read as text it showed no name, so it is read as what its first bytes say.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_old_word_file_saved_as_a_text_file_is_read_as_an_office_file(bool inZip)
    {
        byte[] doc = [.. Compound(), .. Encoding.Unicode.GetBytes($"Katso {Withheld} ")];
        using var site = inZip ? Site(TestOfficeDocument.Files(("hakemus.txt", doc)), "liite-1.zip") : Site(doc, "liite-1.txt");

        var result = site.BuildOn(BuildDate);

        Assert.Equal("DP0250", Assert.Single(result.Diagnostics, d => d.IsError).Code);
    }

    // The editor opens the zip without a password: which of its files is meant is told, nested or not.
    [Theory]
    [InlineData(false, "its file 'hakemus.txt' is protected with a password")]
    [InlineData(true, "its file 'hakemukset/kaikki.zip/hakemus.txt' is protected with a password")]
    public void A_file_in_a_zip_that_could_not_be_read_is_named_by_its_path_in_the_zip(bool nested, string reason)
    {
        using var site = Site(nested ? TestOfficeDocument.Files(("hakemukset/kaikki.zip", EncryptedZip())) : EncryptedZip(), "liite-1.zip");

        var result = site.BuildOn(BuildDate);

        var warning = Assert.Single(result.Diagnostics, d => d.Code == "DP0255");
        Assert.Contains($"'liite-1.zip' could not be read in full ({reason})", warning.Message, StringComparison.Ordinal);
    }

    // LibreOffice keeps a document protected with a password in an ordinary zip, its parts ciphertext.
    [Theory]
    [InlineData("liite-1.odt", "it is protected with a password")]
    [InlineData("liite-1.zip", "its file 'lausunto.ods' is protected with a password")]
    public void An_opendocument_file_protected_with_a_password_is_told(string file, string reason)
    {
        var odf = EncryptedOpenDocument();
        using var site = Site(file.EndsWith(".zip", StringComparison.Ordinal) ? TestOfficeDocument.Files(("lausunto.ods", odf)) : odf, file);

        var result = site.BuildOn(BuildDate);

        var warning = Assert.Single(result.Diagnostics, d => d.Code == "DP0255");
        Assert.Contains($"'{file}' could not be read in full ({reason})", warning.Message, StringComparison.Ordinal);
    }

    // Office's own: a compound file with an 'EncryptedPackage' stream.
    [Fact]
    public void A_docx_saved_by_office_with_a_password_is_told()
    {
        using var site = Site(Compound("EncryptedPackage"), "liite-1.docx");

        var result = site.BuildOn(BuildDate);

        Assert.Contains("(it is protected with a password)", Assert.Single(result.Diagnostics, d => d.Code == "DP0255").Message, StringComparison.Ordinal);
    }

    // An old office file is read at its first and last 16 MB: its middle is published unread.
    [Fact]
    public void An_old_word_file_over_32_mb_is_told_as_larger_than_the_build_reads()
    {
        var doc = new byte[(33 << 20) + 5];
        Compound().CopyTo(doc, 0);
        using var site = Site(doc, "liite-1.doc");

        var result = site.BuildOn(BuildDate);

        Assert.Contains("(it is larger than the build reads of one attachment (32 MB))", Assert.Single(result.Diagnostics, d => d.Code == "DP0255").Message, StringComparison.Ordinal);
    }

    // 7-Zip's bzip2 or LZMA: a valid zip, not a damaged one.
    [Fact]
    public void A_zips_file_packed_with_bzip2_is_told_as_packed_in_a_way_the_build_cannot_unpack_not_as_damaged()
    {
        var zip = TestOfficeDocument.Files(("hakemus.txt", Encoding.ASCII.GetBytes($"Katso {Withheld}.")));
        zip[8] = 12;
        zip[zip.AsSpan().LastIndexOf("PK\x01\x02"u8) + 10] = 12;
        using var site = Site(zip, "liite-1.zip");

        var result = site.BuildOn(BuildDate);

        Assert.Contains("(its file 'hakemus.txt' is packed in a way the build cannot unpack", Assert.Single(result.Diagnostics, d => d.Code == "DP0255").Message, StringComparison.Ordinal);
    }

    // One warning a file: search's of a PDF it cannot read, the check of marked words' of a text
    // file too large to read, each saying the checks could not read it, not DP0255 beside it.
    [Theory]
    [InlineData("liite-1.pdf", "DP0190")]
    [InlineData("liite-1.txt", "DP0196")]
    public void A_file_another_warning_tells_as_not_read_is_not_told_again(string file, string code)
    {
        var bytes = file.EndsWith(".pdf", StringComparison.Ordinal) ? RawPdf.Encrypted() : new byte[(64 << 20) + 1];
        using var site = Site(bytes, file, text: "Hakija [[Zacharias Quorvinen]]{.personal} hakee.");

        var result = site.BuildOn(BuildDate);

        var warning = Assert.Single(result.Diagnostics, d => d.Location.Line == 8 && d.Code is "DP0255" or "DP0190" or "DP0196");
        Assert.Equal(code, warning.Code);
        Assert.Contains("the names of withheld attachments", warning.Message, StringComparison.Ordinal);
    }

    // An OLE compound file's header and one directory entry of that name (none: an old Word file's own).
    private static byte[] Compound(string? stream = null)
    {
        var bytes = new byte[1024];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        if (stream is not null)
        {
            var name = Encoding.Unicode.GetBytes(stream + "\0");
            name.CopyTo(bytes, 512 + 128);
            bytes[512 + 128 + 64] = (byte)name.Length;
        }

        return bytes;
    }

    // What LibreOffice writes: a mimetype, a manifest describing each part's encryption, ciphertext.
    private static byte[] EncryptedOpenDocument() => TestOfficeDocument.Files(
        ("mimetype", "application/vnd.oasis.opendocument.spreadsheet"u8.ToArray()),
        ("META-INF/manifest.xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
             <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
             <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml" manifest:size="4211">
              <manifest:encryption-data manifest:checksum-type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k" manifest:checksum="k3sYLQ==">
               <manifest:algorithm manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc" manifest:initialisation-vector="2XbWWZ3xtHnFZCHdvhb6hQ=="/>
               <manifest:start-key-generation manifest:start-key-generation-name="http://www.w3.org/2000/09/xmldsig#sha256" manifest:key-size="32"/>
               <manifest:key-derivation manifest:key-derivation-name="PBKDF2" manifest:key-size="32" manifest:iteration-count="100000" manifest:salt="b2Fk1QdyVvPKCzNTrMgV1Q=="/>
              </manifest:encryption-data>
             </manifest:file-entry>
            </manifest:manifest>
            """u8.ToArray()),
        ("content.xml", [0x8F, 0x1A, 0xC3, 0x77, 0x02, 0xE9, 0x5D, 0x10, 0xB4, 0x6E, 0x21, 0xF0]));
}
