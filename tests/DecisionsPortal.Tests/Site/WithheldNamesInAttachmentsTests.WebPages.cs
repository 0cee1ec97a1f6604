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
    // A browser reads a number's reference, and an older entity's name, without its semicolon too.
    [InlineData("sivu.html", "<html><body><p>Katso sopimus-meik&#228l&#xE4inen.pdf.</p></body></html>")]
    [InlineData("sivu.html", "<html><body><p>Katso sopimus-meik&aumll&aumlinen.pdf.</p></body></html>")]
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

    // A file a page holds as a data: address (a link to a text, an image drawn as SVG, a frame of
    // HTML written in percent escapes): the browser shows or saves it decoded, so it is read decoded, as the file of its type.
    [Theory]
    [InlineData("mail", "<p>Katso <a href=\"data:text/plain;base64,{0}\">liite</a>.</p>", "Katso kauppakirja-meikalainen.pdf.")]
    [InlineData("sivu.html", "<html><body><p>Kartta:</p><img src=\"data:image/svg+xml;base64,{0}\" alt=\"kartta\"></body></html>", "<svg xmlns=\"http://www.w3.org/2000/svg\"><text x=\"1\" y=\"9\">kauppakirja-meikalainen.pdf</text></svg>")]
    [InlineData("sivu.html", "<html><body><iframe src=\"data:text/html;charset=utf-8,{1}\"></iframe></body></html>", "<p>Katso kauppakirja-meik&#97;lainen.pdf</p>")]
    [InlineData("mail", "<p>Liite: <a href='DATA:text/plain;charset=utf-8,{1}'>tästä</a></p>", "Katso kauppakirja-meikalainen.pdf")]
    public void A_withheld_name_in_a_data_address_in_a_web_page_or_a_mails_html_text_is_an_error(string where, string page, string content)
    {
        var bytes = Encoding.UTF8.GetBytes(content);
        var html = string.Format(System.Globalization.CultureInfo.InvariantCulture, page, Convert.ToBase64String(bytes), string.Concat(bytes.Select(b => $"%{b:X2}")));
        var file = where == "mail"
            ? ("viesti.eml", TestMail.Saved($"From: Pekka Hakija <pekka.hakija@example.fi>\nSubject: Hakemus\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n{html}\n"))
            : (where, Encoding.UTF8.GetBytes(html));
        using var site = Site(TestOfficeDocument.Files(file), "liite-1.zip");

        var diagnostics = site.BuildOn(BuildDate).Diagnostics;

        var error = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
        Assert.DoesNotContain(diagnostics, d => d.Code == "DP0255");
    }

    // XML of a name no reader knows (LibreOffice's flat .fodt, a map's .kml) and a JSON export write
    // a letter as an entity or an escape, a line end as '\n' before the word it starts: read as runs
    // of text, the name was not in them; an XML file is known by its declaration, a JSON file by its name.
    [Theory]
    [InlineData("hakemus.fodt", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:mimetype=\"application/vnd.oasis.opendocument.text\"><office:body><office:text><text:p>Katso sopimus-meik&#228;l&#228;inen.pdf</text:p></office:text></office:body></office:document>")]
    [InlineData("kartta.kml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><kml xmlns=\"http://www.opengis.net/kml/2.2\"><Placemark><name>Tontti</name><description>Kauppakirja: sopimus-meik&#xE4;l&#xE4;inen.pdf</description></Placemark></kml>")]
    [InlineData("rekisteri.json", "{\"asiat\": [{\"liite\": \"sopimus-meik\\u00e4l\\u00e4inen.pdf\"}]}")]
    [InlineData("lomake.json", "{\"kuvaus\": \"Liitteet:\\nsopimus-meikäläinen.pdf\"}")]
    public void A_withheld_name_in_an_xml_file_of_another_name_or_a_json_file_written_with_entities_or_escapes_is_an_error(string name, string content)
    {
        using var site = Site(TestOfficeDocument.Files((name, Encoding.UTF8.GetBytes(content))), "liite-1.zip", more: UmlautName);

        var error = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError);

        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
    }

    // A path written with one backslash ('H:\neuvottelu-….pdf'), as a hand-made export or invitation
    // does: a reader decodes its '\n' as a line end, but the file's text, opened as it is, shows the
    // name; read only decoded, the name lost its first letter (runs of text had found it).
    [Theory]
    [InlineData("lomake.json", "{\"polku\": \"H:\\neuvottelu-meikalainen.pdf\"}")]
    [InlineData("kutsu.ics", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDESCRIPTION:Aineisto: H:\\neuvottelu-meikalainen.pdf\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")]
    public void A_withheld_name_after_a_backslash_read_as_an_escape_in_a_json_file_or_an_invitation_is_an_error(string name, string content)
    {
        using var site = Site(TestOfficeDocument.Files((name, Encoding.UTF8.GetBytes(content))), "liite-1.zip", more: NegotiationName);

        var error = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError);

        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
    }

    private static readonly string NegotiationName = $"""
        -- content/fi/2024/neuvottelu.md --
        {Decisions.Finnish(title: "Neuvottelu", date: "2024-11-22", extra: "confidential: true\nattachments: [{ title: Muistio, file: neuvottelu-meikalainen.pdf }]")}
        -- content/fi/2024/neuvottelu-meikalainen.pdf --
        %PDF-1.4
        """;
}
