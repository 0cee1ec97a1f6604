using System.Buffers.Binary;
using System.Text;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Site;

/// <summary>
/// A zip's end record is found before the zip is opened (its entries counted, its packing methods
/// read): a comment stands after it, up to 64 KB, and a zip cut short has none whole.
/// </summary>
public sealed partial class WithheldNamesInAttachmentsTests
{
    // WinZip and 7-Zip write an archive's comment after its end record; its longest (65,535 bytes)
    // puts the record at the very start of the last 64 KB the build reads.
    [Theory]
    [InlineData(1)]
    [InlineData(30_000)]
    [InlineData(65_535)]
    public void A_withheld_name_in_a_zip_with_a_comment_is_an_error(int comment)
    {
        var zip = Commented(TestOfficeDocument.Files(("hakemus.txt", Encoding.ASCII.GetBytes($"Katso {Withheld} ja sen liitteet, jotka toimitettiin kirjaamoon."))), comment);
        using var site = Site(zip, "liite-1.zip");

        var error = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError);

        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
    }

    // The packing methods are read from the directory the end record points to, comment or not.
    [Fact]
    public void A_zips_file_packed_with_bzip2_in_a_zip_with_a_comment_is_told_as_packed()
    {
        var zip = TestOfficeDocument.Files(("hakemus.txt", Encoding.ASCII.GetBytes($"Katso {Withheld}.")));
        zip[8] = 12;
        zip[zip.AsSpan().LastIndexOf("PK\x01\x02"u8) + 10] = 12;
        using var site = Site(Commented(zip, 100), "liite-1.zip");

        var result = site.BuildOn(BuildDate);

        Assert.Contains("(its file 'hakemus.txt' is packed in a way the build cannot unpack", Assert.Single(result.Diagnostics, d => d.Code == "DP0255").Message, StringComparison.Ordinal);
    }

    // A download broken off before the end record (or inside it), of a zip, a Word document or a
    // zip in a zip: its packed files cannot be read here, but 7-Zip unpacks them from the start.
    // It was read as a file of unknown kind, by its runs of text, and published without a word.
    [Theory]
    [InlineData("liite-1.zip", 30, "'liite-1.zip' could not be read in full (it is damaged")]
    [InlineData("liite-1.zip", 10, "'liite-1.zip' could not be read in full (it is damaged")]
    [InlineData("liite-1.docx", 30, "'liite-1.docx' could not be read in full (it is damaged")]
    [InlineData("sisempi.zip", 30, "'liite-1.zip' could not be read in full (its file 'sisempi.zip' is damaged")]
    public void A_zip_cut_short_at_its_end_is_told_as_not_read_in_full(string file, int cut, string told)
    {
        var text = Encoding.ASCII.GetBytes($"Katso {Withheld} ja sen liitteet, jotka toimitettiin kirjaamoon.");
        var zip = TestOfficeDocument.Files((file.EndsWith(".docx", StringComparison.Ordinal) ? "word/document.xml" : "hakemus.txt", text))[..^cut];
        using var site = file == "sisempi.zip" ? Site(TestOfficeDocument.Files((file, zip)), "liite-1.zip") : Site(zip, file);

        var result = site.BuildOn(BuildDate);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Contains(told, Assert.Single(result.Diagnostics, d => d.Code == "DP0255" && d.Location.Line == 8).Message, StringComparison.Ordinal);
    }

    // The zip with a comment of that many bytes after its end record.
    private static byte[] Commented(byte[] zip, int length)
    {
        var end = zip.AsSpan().LastIndexOf("PK\x05\x06"u8);
        BinaryPrimitives.WriteUInt16LittleEndian(zip.AsSpan(end + 20), (ushort)length);
        return [.. zip, .. Enumerable.Range(0, length).Select(i => (byte)"Arkistoitu 2025. "[i % 17])];
    }
}
