using System.Formats.Tar;
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
}
