using System.Text;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Site;

/// <summary>
/// A mail that says one thing of its bytes and holds another (found black-box, rev40): a charset
/// its bytes are not in, a base64 encoding over plain text, a boundary written in another case;
/// a uuencoded file saved as a file. A client (or a text editor) shows the name all the same, so it is read as the bytes are.
/// </summary>
public sealed partial class WithheldNamesInAttachmentsTests
{
    // A client labels its UTF-8 text as Latin-1: read by the label only, 'ä' is 'Ã¤'.
    [Theory]
    [InlineData("iso-8859-1")]
    [InlineData("windows-1252")]
    [InlineData("us-ascii")]
    public void A_withheld_name_in_utf8_text_labelled_as_another_charset_in_a_mail_is_an_error(string charset)
    {
        var mail = $"From: Pekka Hakija <pekka.hakija@example.fi>\nSubject: Hakemus\nMIME-Version: 1.0\nContent-Type: text/plain; charset={charset}\nContent-Transfer-Encoding: 8bit\n\n"
            + "Sopimus: sopimus-meikäläinen.pdf\n";
        using var site = Site(TestOfficeDocument.Files(("viesti.eml", TestMail.Saved(mail))), "liite-1.zip", more: UmlautName);

        var error = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError);

        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
    }

    // A mail's UTF-8 text that one Windows-1252 byte made invalid (a line another program added), its
    // charset named as Latin-1 or not at all: read whole as Windows-1252, 'ä' was 'Ã¤'; a client
    // that reads by the bytes shows the name.
    [Theory]
    [InlineData("; charset=iso-8859-1")]
    [InlineData("")]
    public void A_withheld_name_in_a_mails_utf8_text_with_a_stray_windows_1252_byte_is_an_error(string charset)
    {
        byte[] mail = [.. TestMail.Saved($"From: Pekka Hakija <pekka.hakija@example.fi>\nSubject: Hakemus\nMIME-Version: 1.0\nContent-Type: text/plain{charset}\nContent-Transfer-Encoding: 8bit\n\nLis"), 0xE4, .. TestMail.Saved("tieto: sopimus-meik\u00e4l\u00e4inen.pdf\n")];
        using var site = Site(TestOfficeDocument.Files(("viesti.eml", mail)), "liite-1.zip", more: UmlautName);

        var error = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError);

        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
    }

    // The same in an HTML part (Outlook's): the page is read as its bytes' UTF-8 too.
    [Fact]
    public void A_withheld_name_in_a_mails_utf8_html_with_a_stray_windows_1252_byte_is_an_error()
    {
        byte[] mail = [.. TestMail.Saved("From: Pekka Hakija <pekka.hakija@example.fi>\nSubject: Hakemus\nMIME-Version: 1.0\nContent-Type: text/html; charset=iso-8859-1\nContent-Transfer-Encoding: 8bit\n\n<html><body><p>Lis"), 0xE4, .. TestMail.Saved("tieto: <b>sopimus-meik\u00e4l\u00e4inen.pdf</b></p></body></html>\n")];
        using var site = Site(TestOfficeDocument.Files(("viesti.eml", mail)), "liite-1.zip", more: UmlautName);

        var error = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError);

        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
    }

    // Declared base64, written as it is: decoded, it is noise; the client shows the text.
    [Fact]
    public void A_withheld_name_in_plain_text_declared_base64_in_a_mail_is_an_error()
    {
        var mail = $"From: Pekka Hakija <pekka.hakija@example.fi>\nSubject: Hakemus\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
            + $"Katso {Withheld}\n";
        using var site = Site(TestOfficeDocument.Files(("viesti.eml", TestMail.Saved(mail))), "liite-1.zip");

        var error = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError);

        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
    }

    // The boundary declared 'AbC' and written '--abc': the parts were read as the preamble's text, the base64 not decoded.
    [Fact]
    public void A_withheld_name_in_a_part_whose_boundary_is_written_in_another_case_is_an_error()
    {
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes($"Katso {Withheld}."));
        var mail = $"From: Pekka Hakija <pekka.hakija@example.fi>\nSubject: Hakemus\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"AbC\"\n\n"
            + $"--abc\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n{encoded}\n--abc--\n";
        using var site = Site(TestOfficeDocument.Files(("viesti.eml", TestMail.Saved(mail))), "liite-1.zip");

        var error = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError);

        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
    }

    // The boundary declared one thing and written another altogether ('osa', '--XYZ'), or not declared:
    // a client that finds the delimiter lines by the part headers after them shows the parts decoded.
    [Theory]
    [InlineData("multipart/mixed; boundary=\"osa\"", false)]
    [InlineData("multipart/mixed; boundary=\"osa\"", true)]
    [InlineData("multipart/mixed", false)]
    public void A_withheld_name_in_a_part_whose_boundary_is_written_other_than_declared_is_an_error(string type, bool nested)
    {
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes($"Katso {Withheld}."));
        var body = $"--XYZ\nContent-Type: text/plain; charset=utf-8\n\nLiitteenä hakemus.\n--XYZ\nContent-Type: application/octet-stream; name=\"hakemus.txt\"\nContent-Transfer-Encoding: base64\n\n{encoded}\n--XYZ--\n";
        var content = nested ? $"multipart/mixed; boundary=\"ulompi\"\n\n--ulompi\nContent-Type: {type}\n\n{body}--ulompi--\n" : $"{type}\n\n{body}";
        var mail = $"From: Pekka Hakija <pekka.hakija@example.fi>\nSubject: Hakemus\nMIME-Version: 1.0\nContent-Type: {content}";
        using var site = Site(TestOfficeDocument.Files(("viesti.eml", TestMail.Saved(mail))), "liite-1.zip");

        var error = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError);

        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
    }

    // A uuencoded file saved as a file of its own ('hakemus.uue'), as a newsreader or a digest's reader saves one.
    [Theory]
    [InlineData("hakemus.uue")]
    [InlineData("hakemus.txt")]
    public void A_withheld_name_in_a_zip_uuencoded_in_a_file_in_a_zip_is_an_error(string name)
    {
        var uuencoded = Encoding.ASCII.GetBytes(TestMail.Uuencoded("h.zip", ZipWithWithheldName()));
        using var site = Site(TestOfficeDocument.Files((name, uuencoded)), "liite-1.zip");

        var error = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError);

        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
    }
}
