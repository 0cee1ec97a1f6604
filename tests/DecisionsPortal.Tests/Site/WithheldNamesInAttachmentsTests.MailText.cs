using System.Text;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Site;

/// <summary>
/// A saved mail's text as clients write it (found black-box): a word split by an HTML tag, a file
/// that starts with a byte order mark, text after the last part, an encoded word cut inside a letter.
/// </summary>
public sealed partial class WithheldNamesInAttachmentsTests
{
    // Outlook and Word split a word into spans (a spell check, a change of colour); the spans join it.
    [Fact]
    public void A_withheld_name_split_by_a_tag_in_an_html_mail_in_a_zip_is_an_error()
    {
        var mail = HtmlMail("Kauppakirja on tiedostossa kauppakirja-<span style=3D\"color:#1F497D\">meikalainen</span>.pdf.");
        using var site = Site(TestOfficeDocument.Files(("viesti.eml", TestMail.Saved(mail))), "liite-1.zip");

        var error = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError);

        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
    }

    [Fact]
    public void A_marked_name_split_by_a_tag_in_an_html_mail_in_a_zip_is_the_marked_words_warning()
    {
        var mail = HtmlMail("Avustusta hakee Zacharias Quorvi<span lang=3DFI>nen</span>.</p><p class=3D\"MsoNormal\">Terveisin");
        using var site = Site(TestOfficeDocument.Files(("viesti.eml", TestMail.Saved(mail))), "liite-1.zip", text: "Hakija [[Zacharias Quorvinen]]{.personal} hakee avustusta.");

        Assert.Contains(site.BuildOn(BuildDate).Diagnostics, d => d.Code == "DP0104" && d.Location.Line == 8);
    }

    // A mail saved by a tool that writes a byte order mark first, or a blank line.
    [Theory]
    [InlineData("\uFEFF")]
    [InlineData("\n")]
    [InlineData("\uFEFF\n\n")]
    public void A_withheld_name_in_a_saved_mail_that_starts_with_a_byte_order_mark_or_a_blank_line_is_an_error(string start)
    {
        using var site = Site(TestOfficeDocument.Files(("viesti.eml", TestMail.Saved(start + Mail("outlook text and html, quoted-printable")))), "liite-1.zip", more: UmlautName);

        var error = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError);

        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
    }

    // What stands after the closing boundary is the mail's text too (a client shows it).
    [Fact]
    public void A_withheld_name_after_a_mails_last_part_is_an_error()
    {
        var mail = TestMail.Thunderbird("Kauppakirja", "Liitteen\u00e4 kauppakirja.") + "Katso kauppakirja-meikalainen.pdf.\n";
        using var site = Site(TestOfficeDocument.Files(("viesti.eml", TestMail.Saved(mail))), "liite-1.zip");

        var error = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError);

        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
    }

    // A client folds a long subject between encoded words, where it may cut a letter's UTF-8 bytes.
    [Fact]
    public void A_withheld_name_in_encoded_words_cut_inside_a_letter_is_an_error()
    {
        var mail = TestMail.Thunderbird("=?utf-8?Q?Kauppakirja_sopimus-meik=C3?=\n =?utf-8?Q?=A4l=C3=A4inen=2Epdf?=", "Liitteen\u00e4 kauppakirja.");
        using var site = Site(TestOfficeDocument.Files(("viesti.eml", TestMail.Saved(mail))), "liite-1.zip", more: UmlautName);

        var error = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError);

        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
    }

    // A mail of HTML only, as Outlook sends one, of the paragraph given quoted-printable.
    private static string HtmlMail(string paragraph) => $"""
        From: Pekka Hakija <pekka.hakija@example.fi>
        To: Kirjaamo <kirjaamo@esimerkkila.fi>
        Subject: Hakemus
        Date: Mon, 20 Jan 2025 08:15:00 +0000
        Content-Type: text/html; charset="iso-8859-1"
        Content-Transfer-Encoding: quoted-printable
        MIME-Version: 1.0

        <html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
        =3Diso-8859-1"></head><body><div class=3D"WordSection1"><p class=3D"MsoNormal">{paragraph}<o:p></o:p></p>
        </div></body></html>

        """;

    // Apple Mail sends its text as 'format=flowed; delsp=yes': a line too long is broken anywhere,
    // inside a word, and the space that ends it is no space; the client shows the word whole.
    [Theory]
    [InlineData("Katso file://palvelin/hallinto/sopimukset/2024/kauppakirja-meik \nalainen.pdf kiitos\n")]
    [InlineData("Pekka kirjoitti:\n> Katso file://palvelin/hallinto/sopimukset/2024/kauppakirja-meik \n> alainen.pdf kiitos\n")]
    public void A_withheld_name_broken_inside_a_word_in_a_flowed_mail_text_is_an_error(string text)
    {
        var mail = $"From: Pekka Hakija <pekka.hakija@example.fi>\nSubject: Hakemus\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8; format=flowed; delsp=yes\n\n{text}";
        using var site = Site(TestOfficeDocument.Files(("viesti.eml", TestMail.Saved(mail))), "liite-1.zip");

        var error = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError);

        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
    }

    // Thunderbird sends 'format=flowed' without 'delsp': a long line is broken after a space, which
    // stays; quoted in a reply, the next line starts with '> '. The client shows one line, the name
    // with its space whole.
    [Fact]
    public void A_withheld_name_with_a_space_broken_across_quoted_flowed_lines_is_an_error()
    {
        var spaced = $"""
            -- content/fi/2024/sopimus.md --
            {Decisions.Finnish(title: "Sopimus", date: "2024-11-22", extra: "confidential: true\nattachments: [{ title: Sopimus, file: \"sopimus maija.pdf\" }]")}
            -- content/fi/2024/sopimus maija.pdf --
            %PDF-1.4
            """;
        var mail = "From: Pekka Hakija <pekka.hakija@example.fi>\nSubject: Hakemus\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8; format=flowed\n\n"
            + "Pekka kirjoitti:\n> Katso liite sopimus \n> maija.pdf kiitos\n";
        using var site = Site(TestOfficeDocument.Files(("viesti.eml", TestMail.Saved(mail))), "liite-1.zip", more: spaced);

        var error = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError);

        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
    }

    // The same text attached as a file (a reply saved as 'muistio.txt', sent 'inline'): Thunderbird
    // shows a text file in the mail, flowed as the mail's own text is.
    [Theory]
    [InlineData("inline")]
    [InlineData("attachment")]
    public void A_withheld_name_with_a_space_broken_across_quoted_flowed_lines_of_an_attached_text_is_an_error(string disposition)
    {
        var spaced = $"""
            -- content/fi/2024/sopimus.md --
            {Decisions.Finnish(title: "Sopimus", date: "2024-11-22", extra: "confidential: true\nattachments: [{ title: Sopimus, file: \"sopimus maija.pdf\" }]")}
            -- content/fi/2024/sopimus maija.pdf --
            %PDF-1.4
            """;
        var mail = "From: Pekka Hakija <pekka.hakija@example.fi>\nSubject: Hakemus\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b\"\n\n--b\nContent-Type: text/plain; charset=utf-8\n\nMuistio liitteen\u00e4.\n"
            + $"--b\nContent-Type: text/plain; charset=utf-8; format=flowed; name=\"muistio.txt\"\nContent-Disposition: {disposition}; filename=\"muistio.txt\"\n\n"
            + "Pekka kirjoitti:\n> Katso liite sopimus \n> maija.pdf kiitos\n--b--\n";
        using var site = Site(TestOfficeDocument.Files(("viesti.eml", TestMail.Saved(mail))), "liite-1.zip", more: spaced);

        var error = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError);

        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
    }
}
