using System.Buffers.Binary;
using System.Text;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Site;

/// <summary>
/// A zip's end record is found before the zip is opened (its entries counted, its packing methods
/// read): a comment stands after it, up to 64 KB.
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

    // The zip with a comment of that many bytes after its end record.
    private static byte[] Commented(byte[] zip, int length)
    {
        var end = zip.AsSpan().LastIndexOf("PK\x05\x06"u8);
        BinaryPrimitives.WriteUInt16LittleEndian(zip.AsSpan(end + 20), (ushort)length);
        return [.. zip, .. Enumerable.Range(0, length).Select(i => (byte)"Arkistoitu 2025. "[i % 17])];
    }
}
