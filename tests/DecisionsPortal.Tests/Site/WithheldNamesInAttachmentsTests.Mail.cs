using System.Text;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Site;

/// <summary>
/// A saved e-mail in a published zip (a hearing's replies, an application sent by mail) is
/// published with its text and its attachments, which a mail client encodes (base64, quoted-printable,
/// a header's encoded words): read as its parts decoded, each as the file of its kind.
/// </summary>
public sealed partial class WithheldNamesInAttachmentsTests
{
    // Found black-box: the name only in an encoded part of a mail was published without a word.
    [Theory]
    [InlineData("outlook text and html, quoted-printable")]
    [InlineData("gmail text, base64")]
    [InlineData("thunderbird pdf attached, base64")]
    [InlineData("gzipped text attached")]
    [InlineData("subject, encoded word")]
    [InlineData("attachment's file name, RFC 2231")]
    [InlineData("forwarded mail")]
    public void A_withheld_name_only_in_an_encoded_part_of_a_saved_mail_in_a_zip_is_an_error(string mail)
    {
        using var site = Site(TestOfficeDocument.Files(("viesti.eml", TestMail.Saved(Mail(mail)))), "liite-1.zip", more: UmlautName);

        var error = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError);

        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
    }

    [Fact]
    public void A_name_the_decision_marks_in_a_quoted_printable_mail_in_its_zip_is_the_marked_words_warning()
    {
        var mail = TestMail.Outlook("Hakemus", "Avustusta k=E4ytt=F6kuluihin hakee yhdistyksen puolesta Zacharias Quorvin=\nen.");
        using var site = Site(TestOfficeDocument.Files(("viesti.eml", TestMail.Saved(mail))), "liite-1.zip", text: "Hakija [[Zacharias Quorvinen]]{.personal} hakee avustusta.");

        Assert.Contains(site.BuildOn(BuildDate).Diagnostics, d => d.Code == "DP0104" && d.Location.Line == 8);
    }

    // Ordinary mails: other names, an attachment of no withheld name, a signature's image.
    [Fact]
    public void A_saved_mail_with_no_withheld_name_builds_clean()
    {
        var mail = TestMail.Thunderbird("Hakemuksen liitteet", "Liitteenä hakemus ja kartta.", ("hakemus.pdf", "application/pdf", TestPdf.Of("Hakemus, liite-2.pdf on kartta.")), ("allekirjoitus.png", "image/png", TestPng.Of()));
        using var site = Site(TestOfficeDocument.Files(("viesti.eml", TestMail.Saved(mail)), ("vastaus.eml", TestMail.Saved(TestMail.Outlook("Vastaus", "Kiitos, hakemus on vastaanotettu.")))), "liite-1.zip", more: UmlautName);

        var result = site.BuildOn(BuildDate);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "DP0250" or "DP0251" or "DP0255");
    }

    // Outlook's own saved mail (.msg, a compound file) stores its attachments as they are: a PDF's text packed.
    [Fact]
    public void A_withheld_name_in_a_pdf_attached_to_an_outlook_message_in_a_zip_is_an_error()
    {
        var message = TestEmbeddedObject.Compound(
            ("__substg1.0_1000001F", Encoding.Unicode.GetBytes(string.Concat(Enumerable.Repeat("Liitteen\u00e4 kauppakirja. ", 100)))),
            ("__attach_version1.0_#00000000/__substg1.0_37010102", TestPdf.Of("Kauppakirja", "Katso sopimus-meikäläinen.pdf.")));
        using var site = Site(TestOfficeDocument.Files(("viesti.msg", message)), "liite-1.zip", more: UmlautName);

        var error = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError);

        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
    }

    // A hostile mail: messages forwarded in messages past any client's depth; it is read so far, told, and the build ends.
    [Fact]
    public void A_mail_forwarded_in_itself_past_any_depth_is_read_so_far_and_told()
    {
        var mail = TestMail.Outlook("Alin", "Ei mit=E4=E4n.");
        for (var i = 0; i < 2000; i++)
        {
            mail = $"Content-Type: multipart/mixed; boundary=\"b{i}\"\n\n--b{i}\nContent-Type: message/rfc822\n\n{mail}\n--b{i}--\n";
        }

        using var site = Site(TestOfficeDocument.Files(("viesti.eml", TestMail.Saved(mail))), "liite-1.zip");

        var result = site.BuildOn(BuildDate);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Contains(result.Diagnostics, d => d.Code == "DP0255" && d.Location.Line == 8 && d.Message.Contains("files in files (zips, mails) nested deeper", StringComparison.Ordinal));
    }

    private static string Mail(string kind) => kind switch
    {
        "outlook text and html, quoted-printable" => TestMail.Outlook("Kauppakirja", """
            Oheisena kauppakirjan luonnos, jonka allekirjoittaa Pekka Hakija. Kauppakir=
            ja on tiedostossa sopimus-meik=E4l=E4inen.pdf.
            """),
        "gmail text, base64" => """
            MIME-Version: 1.0
            Date: Mon, 20 Jan 2025 10:15:00 +0200
            Message-ID: <CAH8yC8kPq3vXz0mQ1bYw2nT5rUe7sJfLdGh9aKx4pVc6oNiEg@mail.gmail.com>
            Subject: Kauppakirja
            From: Pekka Hakija <pekka.hakija@example.fi>
            To: kirjaamo@esimerkkila.fi
            Content-Type: text/plain; charset="UTF-8"
            Content-Transfer-Encoding: base64

            SGVpLA0KDQprYXVwcGFraXJqYSBvbiB0aWVkb3N0b3NzYSBzb3BpbXVzLW1laWvDpGzDpGluZW4u
            cGRmLCBhbGxla2lyam9pdGV0dHVuYS4NCg0KVGVydmVpc2luDQpQZWtrYQ0K
            """,
        "thunderbird pdf attached, base64" => TestMail.Thunderbird("Kauppakirja", "Liitteenä kauppakirja.", ("kauppakirja.pdf", "application/pdf", TestPdf.Of("Kauppakirja", "Katso sopimus-meikäläinen.pdf."))),
        "gzipped text attached" => TestMail.Thunderbird("Vanhat", "Liitteenä vanhat.", ("vanhat.txt.gz", "application/gzip", Gzipped(Encoding.UTF8.GetBytes("2019;sopimus-meikäläinen.pdf;myyty\n")))),
        "subject, encoded word" => TestMail.Thunderbird("Kauppakirja =?utf-8?q?sopimus-meik=C3=A4l=C3=A4inen=2Epdf?=", "Liitteenä kauppakirja."),
        "attachment's file name, RFC 2231" => TestMail.Thunderbird("Kauppakirja", "Liitteenä kauppakirja.", ("*=utf-8''sopimus-meik%C3%A4l%C3%A4inen.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n"u8.ToArray())),
        _ => TestMail.Thunderbird("Fwd: Kauppakirja", "V\u00e4litet\u00e4\u00e4n.", ("Kauppakirja.eml", "message/rfc822", Encoding.ASCII.GetBytes(Mail("gmail text, base64")))),
    };

    private static byte[] Gzipped(byte[] bytes)
    {
        using var packed = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(packed, System.IO.Compression.CompressionLevel.Optimal))
        {
            gzip.Write(bytes);
        }

        return packed.ToArray();
    }
}
