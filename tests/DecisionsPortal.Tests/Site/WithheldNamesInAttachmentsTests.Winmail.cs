using System.Text;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Site;

/// <summary>
/// Outlook's winmail.dat under another name or type: a client that cannot read one saves it as it
/// comes ('liite.pdf', 'ATT00001.txt', a part sent as text), and its attachments publish their words all the same.
/// </summary>
public sealed partial class WithheldNamesInAttachmentsTests
{
    private static byte[] WinmailWithWithheldName() => TestTnef.Of("Liitteenä hakemus.", ("hakemus.docx", WithheldInWord));

    [Theory]
    [InlineData("liite-1.pdf")]
    [InlineData("liite-1.txt")]
    public void A_withheld_name_in_a_winmail_dat_that_is_a_decisions_own_attachment_of_another_name_is_an_error(string file)
    {
        using var site = Site(WinmailWithWithheldName(), file);

        var error = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError);

        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
    }

    [Theory]
    [InlineData("liite.pdf")]
    [InlineData("ATT00001.txt")]
    [InlineData("kuva.jpg")]
    [InlineData("liite")]
    public void A_withheld_name_in_a_winmail_dat_of_another_name_in_a_zip_is_an_error(string name)
    {
        using var site = Site(TestOfficeDocument.Files((name, WinmailWithWithheldName())), "liite-1.zip");

        var error = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError);

        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
    }

    // A part of no file name, its type another kind's: a text part is read as text, a winmail.dat's attachments as its runs of text.
    [Theory]
    [InlineData("text/plain; charset=utf-8")]
    [InlineData("text/html")]
    [InlineData("application/pdf")]
    [InlineData("application/octet-stream")]
    public void A_withheld_name_in_a_winmail_dat_sent_in_a_mail_as_another_type_is_an_error(string type)
    {
        var winmail = string.Join('\n', Convert.ToBase64String(WinmailWithWithheldName()).Chunk(76).Select(c => new string(c)));
        var mail = $"From: Pekka Hakija <pekka.hakija@example.fi>\nSubject: Hakemus\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"osa\"\n\n"
            + $"--osa\nContent-Type: text/plain; charset=utf-8\n\nLiitteenä hakemus.\n--osa\nContent-Type: {type}\nContent-Transfer-Encoding: base64\n\n{winmail}\n--osa--\n";
        using var site = Site(TestOfficeDocument.Files(("viesti.eml", TestMail.Saved(mail))), "liite-1.zip");

        var error = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError);

        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
    }
}
