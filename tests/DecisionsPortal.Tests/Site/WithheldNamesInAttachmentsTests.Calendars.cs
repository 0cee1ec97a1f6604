using System.Text;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Site;

/// <summary>
/// A meeting invitation (Outlook's text/calendar part in a mail, an .ics in a zip) or a contact
/// card (.vcf): its lines are folded at 75 bytes, anywhere in a word, its text escaped, an old card's
/// values quoted-printable, a file it holds base64. A calendar shows the text unfolded and decoded.
/// </summary>
public sealed partial class WithheldNamesInAttachmentsTests
{
    [Theory]
    [InlineData("mail", "DESCRIPTION:Kokous. Aineisto: liitteet ovat tiedostoissa kauppakirja-meik\n alainen.pdf ja muut.")]
    [InlineData("kutsu.ics", "DESCRIPTION:Kokous. Aineisto:\\nkauppakirja-meikalainen.pdf\\, lausunnot.")]
    [InlineData("kutsu.ics", "ATTACH;FMTTYPE=application/vnd.openxmlformats-officedocument.wordprocessingml.document;ENCODING=BASE64;VALUE=BINARY;X-FILENAME=hakemus.docx:{0}")]
    [InlineData("kortti.vcf", "NOTE;ENCODING=QUOTED-PRINTABLE:Sopimus: kauppakirja-meik=\nalainen=2Epdf")]
    public void A_withheld_name_in_a_meeting_invitation_or_a_contact_card_as_a_calendar_shows_it_is_an_error(string where, string property)
    {
        var folded = string.Join("\n ", string.Format(System.Globalization.CultureInfo.InvariantCulture, property, Convert.ToBase64String(WithheldInWord)).Chunk(74).Select(c => new string(c)));
        var calendar = where == "kortti.vcf"
            ? $"BEGIN:VCARD\nVERSION:2.1\nN:Hakija;Pekka\n{property}\nEND:VCARD\n"
            : $"BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\nBEGIN:VEVENT\nSUMMARY;LANGUAGE=fi-FI:Kokous\n{(where == "mail" ? property : folded)}\nEND:VEVENT\nEND:VCALENDAR\n";
        var file = where == "mail"
            ? ("viesti.eml", TestMail.Saved($"From: Pekka Hakija <pekka.hakija@example.fi>\nSubject: Kokous\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"b\"\n\n--b\nContent-Type: text/plain; charset=utf-8\n\nKokous.\n--b\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\nContent-Transfer-Encoding: 8bit\n\n{calendar}--b--\n"))
            : (where, Encoding.UTF8.GetBytes(calendar.ReplaceLineEndings("\r\n")));
        using var site = Site(TestOfficeDocument.Files(file), "liite-1.zip");

        var diagnostics = site.BuildOn(BuildDate).Diagnostics;

        var error = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
        Assert.DoesNotContain(diagnostics, d => d.Code == "DP0255");
    }

    // A file cut short in its base64 (a forwarded invitation truncated) is read as far as it goes, as a mail's attachment is.
    [Fact]
    public void A_withheld_name_in_a_meeting_invitations_attached_file_cut_short_is_an_error()
    {
        var attached = Convert.ToBase64String(Encoding.UTF8.GetBytes("Aineisto: kauppakirja-meikalainen.pdf ja muut liitteet.\n"))[..^3];
        var calendar = $"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nATTACH;ENCODING=BASE64;VALUE=BINARY;X-FILENAME=aineisto.txt:{attached}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        using var site = Site(TestOfficeDocument.Files(("kutsu.ics", Encoding.UTF8.GetBytes(calendar))), "liite-1.zip");

        var error = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError);

        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
    }
}
