using System.Text;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Site;

/// <summary>
/// A text file that starts with '&lt;?xml' is read as XML whatever its name (a register's export
/// saved as .txt, a map's .kml), so its entities are decoded. An old register writes it in
/// Windows-1252 and declares no encoding, or declares UTF-8 all the same, or writes UTF-8 and
/// declares Latin-1: its text is published as an editor shows it, as any text file's is.
/// </summary>
public sealed partial class WithheldNamesInAttachmentsTests
{
    private const string XmlExport = "<?xml version=\"1.0\"{0}?>\n<hakemus><liite>sopimus-meik\u00e4l\u00e4inen.pdf</liite></hakemus>\n";

    [Theory]
    [InlineData("vienti.txt", "", "latin1")]
    [InlineData("vienti.txt", " encoding=\"UTF-8\"", "latin1")]
    [InlineData("kartta.kml", "", "latin1")]
    [InlineData("vienti.xml", "", "latin1")]
    [InlineData("vienti.txt", " encoding=\"ISO-8859-1\"", "utf-8")]
    public void A_withheld_name_in_an_xml_file_in_a_zip_not_in_the_encoding_it_declares_is_an_error(string name, string declaration, string encoding)
    {
        var bytes = Encoding.GetEncoding(encoding).GetBytes(string.Format(System.Globalization.CultureInfo.InvariantCulture, XmlExport, declaration));
        using var site = Site(TestOfficeDocument.Files((name, bytes)), "liite-1.zip", more: UmlautName);

        var error = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError);

        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
    }

    // A UTF-8 export into which another program wrote one field in Windows-1252 ('Lis\xE4tieto'):
    // the UTF-8 words are shown as written, whatever the stray byte makes of the rest.
    [Theory]
    [InlineData("vienti.xml")]
    [InlineData("vienti.txt")]
    public void A_withheld_name_in_utf8_xml_with_a_stray_windows_1252_byte_is_an_error(string name)
    {
        byte[] bytes = [.. "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<hakemus><huom>Lis"u8, 0xE4, .. "tieto</huom><liite>sopimus-meik\u00e4l\u00e4inen.pdf</liite></hakemus>\n"u8];
        using var site = Site(TestOfficeDocument.Files((name, bytes)), "liite-1.zip", more: UmlautName);

        var error = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError);

        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
    }

    // The same in a plain text: a register's export that another program added a Windows-1252 line to.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_withheld_name_in_a_utf8_text_with_a_stray_windows_1252_byte_is_an_error(bool inZip)
    {
        byte[] bytes = [.. "Lis"u8, 0xE4, .. "tieto: katso sopimus-meik\u00e4l\u00e4inen.pdf\n"u8];
        using var site = inZip ? Site(TestOfficeDocument.Files(("vienti.txt", bytes)), "liite-1.zip", more: UmlautName) : Site([], "liite-1.txt", more: UmlautName);
        if (!inZip)
        {
            site.WriteBytes("content/fi/2025/liite-1.txt", bytes);
        }

        var error = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError);

        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
    }

    [Fact]
    public void A_withheld_name_in_a_decisions_own_windows_1252_text_file_of_xml_is_an_error()
    {
        using var site = Site([], "liite-1.txt", more: UmlautName);
        site.WriteBytes("content/fi/2025/liite-1.txt", Encoding.Latin1.GetBytes(string.Format(System.Globalization.CultureInfo.InvariantCulture, XmlExport, "")));

        var error = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError);

        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
    }

    // A form service mails its export as the text itself, in the charset its header names.
    [Fact]
    public void A_withheld_name_in_a_mails_latin1_text_of_xml_is_an_error()
    {
        var text = Convert.ToBase64String(Encoding.Latin1.GetBytes(string.Format(System.Globalization.CultureInfo.InvariantCulture, XmlExport, "")));
        var mail = $"From: Lomakepalvelu <lomake@example.fi>\nSubject: Hakemus\nMIME-Version: 1.0\nContent-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: base64\n\n{text}\n";
        using var site = Site(TestOfficeDocument.Files(("viesti.eml", TestMail.Saved(mail))), "liite-1.zip", more: UmlautName);

        var error = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError);

        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
    }
}
