using System.Text;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Site;

/// <summary>
/// A web page or an XML file in a zip (a page saved, a register's export), or a mail's HTML text:
/// a browser shows its entities as the letters they stand for, and a link's target is published
/// with the page, whatever word the link is on.
/// </summary>
public sealed partial class WithheldNamesInAttachmentsTests
{
    [Theory]
    [InlineData("sivu.html", "<html><body><p>Katso sopimus-meik&auml;l&auml;inen.pdf.</p></body></html>")]
    [InlineData("sivu.htm", "<html><body><p>Katso sopimus-meik&#228;l&#xE4;inen.pdf.</p></body></html>")]
    [InlineData("rekisteri.xml", "<?xml version=\"1.0\" encoding=\"us-ascii\"?><r><f>sopimus-meik&#228;l&#228;inen.pdf</f><g>1</g></r>")]
    [InlineData("sivu.html", "<html><body><p>Katso <a href=\"https://muu.example/sopimus-meik%C3%A4l%C3%A4inen.pdf\">liite</a>.</p></body></html>")]
    public void A_withheld_name_in_a_web_page_or_xml_file_in_a_zip_written_with_entities_or_as_a_links_target_is_an_error(string name, string page)
    {
        using var site = Site(TestOfficeDocument.Files((name, Encoding.ASCII.GetBytes(page))), "liite-1.zip", more: UmlautName);

        var error = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError);

        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
    }

    // Outlook writes a mail as HTML; a link to a file on the network drive, on the word 'liite'.
    [Fact]
    public void A_withheld_name_as_a_links_target_in_a_mails_html_text_is_an_error()
    {
        var mail = $"From: Pekka Hakija <pekka.hakija@example.fi>\nSubject: Hakemus\nMIME-Version: 1.0\nContent-Type: text/html; charset=us-ascii\n\n<p>Katso <a href=\"file://palvelin/sopimukset/{Withheld}\">liite</a>.</p>\n";
        using var site = Site(TestOfficeDocument.Files(("viesti.eml", TestMail.Saved(mail))), "liite-1.zip");

        var error = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError);

        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
    }
}
