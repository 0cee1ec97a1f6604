using System.Text;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Site;

/// <summary>
/// A tar header that would make .NET rent a gigabyte; a withheld name in a web page's or XML file's
/// comment, which the page's source publishes though a browser shows none.
/// </summary>
public sealed partial class WithheldNamesInAttachmentsTests
{
    // A 1.5 KB tar whose PAX or GNU long-name header says a gigabyte: .NET's TarReader rents the
    // size before it finds the bytes are not there. The count of allocated bytes is the process's,
    // so a test beside it adds to it: the bound is half the claim.
    [Theory]
    [InlineData('x')]
    [InlineData('L')]
    public void A_tar_header_of_a_gigabyte_does_not_allocate_a_gigabyte(char type)
    {
        var tar = TarHeader("hakemus.txt", type, "10000000000").Concat(new byte[1024]).ToArray();
        using var site = Site(TestOfficeDocument.Files(("vanhat.tar", tar)), "liite-1.zip");
        var before = GC.GetTotalAllocatedBytes(precise: true);

        site.BuildOn(BuildDate);

        Assert.True(GC.GetTotalAllocatedBytes(precise: true) - before < 512 << 20, $"{(GC.GetTotalAllocatedBytes(precise: true) - before) >> 20} MB allocated");
    }

    // A comment, a CDATA section or an XML processing instruction is published in the file's source.
    [Theory]
    [InlineData("sivu.html", "<html><body><!-- sopimus-meikäläinen.pdf --><p>Tontin kauppa.</p></body></html>")]
    [InlineData("rekisteri.xml", "<?xml version=\"1.0\" encoding=\"utf-8\"?><r><!-- sopimus-meikäläinen.pdf --><g>1</g></r>")]
    [InlineData("rekisteri.xml", "<?xml version=\"1.0\"?><?note sopimus-meikäläinen.pdf?><r/>")]
    [InlineData("sivu.html", "<html><body><![CDATA[ sopimus-meikäläinen.pdf ]]><p>Tontin kauppa.</p></body></html>")]
    public void A_withheld_name_in_a_comment_of_a_web_page_or_xml_file_in_a_zip_is_an_error(string name, string page)
    {
        using var site = Site(TestOfficeDocument.Files((name, Encoding.UTF8.GetBytes(page))), "liite-1.zip", more: UmlautName);

        var error = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError);

        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
    }
}
