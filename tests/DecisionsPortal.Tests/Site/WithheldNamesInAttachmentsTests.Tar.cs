using System.Formats.Tar;
using System.Text;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Site;

/// <summary>
/// A tar of files in a zip (a Linux or macOS archiver's, a register's export), gzipped or not: its
/// files are stored one after another, a Word document's words packed in it, so its runs of text hold no name.
/// </summary>
public sealed partial class WithheldNamesInAttachmentsTests
{
    [Theory]
    [InlineData("hakemukset.tar", false)]
    [InlineData("hakemukset.tar.gz", true)]
    [InlineData("hakemukset.tgz", true)]
    [InlineData("hakemukset", false)]
    public void A_withheld_name_in_a_document_in_a_tar_in_a_zip_is_an_error(string name, bool gzipped)
    {
        var tar = Tar(("hakemukset/hakemus.docx", WithheldInWord));
        using var site = Site(TestOfficeDocument.Files((name, gzipped ? Gzipped(tar) : tar)), "liite-1.zip");

        var error = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError);

        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
    }

    // A download broken off in the middle of the tar's second file: the first is read, and the tar told.
    [Fact]
    public void A_tar_cut_short_in_a_zip_is_read_as_far_as_it_goes_and_told_by_its_path()
    {
        var tar = Tar(("hakemus.docx", WithheldInWord), ("liite.txt", new byte[20_000]));
        using var site = Site(TestOfficeDocument.Files(("vanhat/hakemukset.tar", tar[..(tar.Length - 12_000)])), "liite-1.zip");

        var diagnostics = site.BuildOn(BuildDate).Diagnostics;

        Assert.Equal(("DP0250", 8), Assert.Single(diagnostics, d => d.IsError) is var error ? (error.Code, error.Location.Line) : default);
        Assert.Contains("(its file 'vanhat/hakemukset.tar' is damaged)", Assert.Single(diagnostics, d => d.Code == "DP0255").Message, StringComparison.Ordinal);
    }

    // An archive or a packed file the build has no unpacker for (7-Zip's, WinRAR's, xz, bzip2, a Windows
    // cabinet, zstd, LZ4, lzip, Unix compress, ARJ, LHA), in a zip or a mail: its files' words are
    // packed, and it is told, not read silently by its runs of text.
    [Theory]
    [InlineData("hakemukset.7z", new byte[] { 0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C, 0, 4 })]
    [InlineData("hakemukset.rar", new byte[] { 0x52, 0x61, 0x72, 0x21, 0x1A, 0x07, 0x01, 0 })]
    [InlineData("hakemukset.tar.xz", new byte[] { 0xFD, 0x37, 0x7A, 0x58, 0x5A, 0, 0, 4 })]
    [InlineData("hakemus.pdf", new byte[] { 0x42, 0x5A, 0x68, 0x39, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59 })]
    [InlineData("hakemukset.cab", new byte[] { 0x4D, 0x53, 0x43, 0x46, 0, 0, 0, 0 })]
    [InlineData("hakemus.txt.zst", new byte[] { 0x28, 0xB5, 0x2F, 0xFD, 0x04, 0x58 })]
    [InlineData("hakemus.lz4", new byte[] { 0x04, 0x22, 0x4D, 0x18, 0x64, 0x40 })]
    [InlineData("hakemus.txt.lz", new byte[] { 0x4C, 0x5A, 0x49, 0x50, 0x01 })]
    [InlineData("hakemus.txt.Z", new byte[] { 0x1F, 0x9D, 0x90 })]
    [InlineData("hakemukset.arj", new byte[] { 0x60, 0xEA, 0x2A, 0x00 })]
    [InlineData("hakemukset.lzh", new byte[] { 0x2A, 0x00, 0x2D, 0x6C, 0x68, 0x35, 0x2D })]
    [InlineData("mail/hakemukset.cab", new byte[] { 0x4D, 0x53, 0x43, 0x46, 0, 0, 0, 0 })]
    [InlineData("mail/hakemus.zst", new byte[] { 0x28, 0xB5, 0x2F, 0xFD, 0x04, 0x58 })]
    public void An_archive_the_build_cannot_unpack_in_a_zip_is_told_by_its_path(string name, byte[] head)
    {
        var fileName = name.Replace("mail/", "", StringComparison.Ordinal);
        byte[] bytes = [.. head, .. new byte[200]];
        using var site = name.StartsWith("mail/", StringComparison.Ordinal)
            ? Site(TestOfficeDocument.Files(("viesti.eml", TestMail.Saved(TestMail.Thunderbird("Hakemukset", "Liitteenä.", (fileName, "application/octet-stream", bytes))))), "liite-1.zip")
            : Site(TestOfficeDocument.Files((name, bytes)), "liite-1.zip");

        var warning = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.Code == "DP0255");

        Assert.Contains(name == fileName ? $"(its file '{name}" : $"(its file 'viesti.eml/{fileName}", warning.Message, StringComparison.Ordinal);
        Assert.Contains("is packed in a way the build cannot unpack", warning.Message, StringComparison.Ordinal);
    }

    // A tar's header of a size no file has (in base-256 past a long, a PAX or GNU long name past an
    // array, not octal): the tar is told as damaged, and the zip's other files still read.
    [Theory]
    [InlineData('0', "b256")]
    [InlineData('0', "neg256")]
    [InlineData('0', "77777777777")]
    [InlineData('0', "zzzzzzzzzzz")]
    [InlineData('x', "77777777777")]
    [InlineData('L', "77777777777")]
    public void A_withheld_name_beside_a_tar_of_a_hostile_header_in_a_zip_is_an_error_and_the_tar_told_damaged(char type, string size)
    {
        var tar = TarHeader("hakemus.txt", type, size).Concat(Encoding.ASCII.GetBytes("x=y\n")).Concat(new byte[1020]).ToArray();
        using var site = Site(TestOfficeDocument.Files(("hakemus.docx", WithheldInWord), ("vanhat.tar", tar)), "liite-1.zip");

        var diagnostics = site.BuildOn(BuildDate).Diagnostics;

        Assert.Equal(("DP0250", 8), Assert.Single(diagnostics, d => d.IsError) is var error ? (error.Code, error.Location.Line) : default);
        Assert.Contains("(its file 'vanhat.tar' is damaged)", Assert.Single(diagnostics, d => d.Code == "DP0255").Message, StringComparison.Ordinal);
    }

    // A text saved under a tar's name is no tar: told as damaged, and read by its runs of text.
    [Theory]
    [InlineData(40)]
    [InlineData(2000)]
    public void A_withheld_name_in_a_text_named_as_a_tar_in_a_zip_is_an_error(int padding)
    {
        var text = Encoding.ASCII.GetBytes($"Muistio\n{new string('x', padding)}\nKatso {Withheld}.\n");
        using var site = Site(TestOfficeDocument.Files(("muistio.tar", text)), "liite-1.zip");

        var diagnostics = site.BuildOn(BuildDate).Diagnostics;

        Assert.Equal(("DP0250", 8), Assert.Single(diagnostics, d => d.IsError) is var error ? (error.Code, error.Location.Line) : default);
        Assert.Contains("(its file 'muistio.tar' is damaged)", Assert.Single(diagnostics, d => d.Code == "DP0255").Message, StringComparison.Ordinal);
    }

    private static byte[] Tar(params (string Name, byte[] Bytes)[] files)
    {
        using var bytes = new MemoryStream();
        using (var tar = new TarWriter(bytes, TarEntryFormat.Pax, leaveOpen: true))
        {
            foreach (var (name, content) in files)
            {
                tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(content) });
            }
        }

        return bytes.ToArray();
    }

    // A ustar header; 'size' is written as octal, or "b256"/"neg256" for GNU's base-256 form.
    private static byte[] TarHeader(string name, char type, string size)
    {
        var h = new byte[512];
        Encoding.ASCII.GetBytes(name).CopyTo(h, 0);
        Encoding.ASCII.GetBytes("0000644\0").CopyTo(h, 100);
        Encoding.ASCII.GetBytes("0000000\0").CopyTo(h, 108);
        Encoding.ASCII.GetBytes("0000000\0").CopyTo(h, 116);
        switch (size)
        {
            case "b256":
                h[124] = 0x80;
                for (var i = 125; i < 136; i++) h[i] = 0x7F;
                break;
            case "neg256":
                for (var i = 124; i < 136; i++) h[i] = 0xFF;
                break;
            default:
                Encoding.ASCII.GetBytes(size + "\0").CopyTo(h, 124);
                break;
        }

        Encoding.ASCII.GetBytes("00000000000\0").CopyTo(h, 136);
        h[156] = (byte)type;
        Encoding.ASCII.GetBytes("ustar\0" + "00").CopyTo(h, 257);
        for (var i = 148; i < 156; i++) h[i] = (byte)' ';
        var sum = h.Sum(b => (int)b);
        Encoding.ASCII.GetBytes(Convert.ToString(sum, 8).PadLeft(6, '0') + "\0 ").CopyTo(h, 148);
        return h;
    }
}
