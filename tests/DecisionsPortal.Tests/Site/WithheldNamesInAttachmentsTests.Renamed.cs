using System.Text;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Site;

/// <summary>
/// A file whose name or mail type says another kind than it is (a zip renamed 'kuva.jpg', a zip
/// sent with no type or as a PDF) publishes its words all the same: it is read as its first bytes say.
/// </summary>
public sealed partial class WithheldNamesInAttachmentsTests
{
    private static byte[] ZipWithWithheldName() =>
        TestOfficeDocument.Files(("hakemus.txt", Encoding.UTF8.GetBytes($"Hakemus, katso {Withheld}. Terveisin Jääskeläinen")));

    [Theory]
    [InlineData("kuva.jpg")]
    [InlineData("muistio.txt")]
    [InlineData("asiakirja")]
    public void A_withheld_name_in_a_zip_renamed_as_another_kind_in_a_zip_is_an_error(string renamed)
    {
        using var site = Site(TestOfficeDocument.Files((renamed, ZipWithWithheldName())), "liite-1.zip");

        var error = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError);

        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
    }

    // The decision's own attachment, named as another kind than it is: it is published as it is, and opened as what it is.
    [Theory]
    [InlineData("liite-1.pdf", "zip")]
    [InlineData("liite-1.txt", "zip")]
    [InlineData("liite-1.pdf", "docx")]
    [InlineData("liite-1.txt", "docx")]
    [InlineData("liite-1.txt", "mail")]
    [InlineData("liite-1.pdf", "mail")]
    [InlineData("liite-1.mp3", "zip")]
    public void A_withheld_name_in_a_decisions_own_attachment_named_as_another_kind_is_an_error(string file, string kind)
    {
        var bytes = kind switch
        {
            "zip" => ZipWithWithheldName(),
            "docx" => TestOfficeDocument.Of(("word/document.xml", $"<p>Katso {Withheld}.</p>")),
            _ => TestMail.Saved(TestMail.Thunderbird("Hakemus", "Liitteenä hakemus.", ("hakemus.txt", "text/plain", Encoding.UTF8.GetBytes($"Katso {Withheld}.")))),
        };
        using var site = Site(bytes, file);

        var error = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError);

        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Content-Type: application/pdf\n")]
    [InlineData("Content-Type: image/jpeg\n")]
    public void A_withheld_name_in_a_zip_sent_in_a_mail_as_another_kind_is_an_error(string type)
    {
        var zip = string.Join('\n', Convert.ToBase64String(ZipWithWithheldName()).Chunk(76).Select(c => new string(c)));
        var mail = $"From: Pekka Hakija <pekka.hakija@example.fi>\nSubject: Hakemus\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"osa\"\n\n"
            + $"--osa\nContent-Type: text/plain; charset=utf-8\n\nLiitteenä hakemus.\n--osa\n{type}Content-Transfer-Encoding: base64\n\n{zip}\n--osa--\n";
        using var site = Site(TestOfficeDocument.Files(("viesti.eml", TestMail.Saved(mail))), "liite-1.zip");

        var error = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError);

        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
    }

    // A mail forwarded as a part of no name, typed as any file: its own attachment is base64, so
    // its runs of text hold no name to find.
    [Fact]
    public void A_withheld_name_in_a_mail_sent_as_a_nameless_file_is_an_error()
    {
        var inner = TestMail.Saved(TestMail.Thunderbird("Hakemus", "Liitteenä hakemus.", ("hakemus.txt", "text/plain", Encoding.UTF8.GetBytes($"Katso {Withheld}."))));
        var encoded = string.Join('\n', Convert.ToBase64String(inner).Chunk(76).Select(c => new string(c)));
        var mail = $"From: Kirjaamo <kirjaamo@example.fi>\nSubject: VS: Hakemus\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"osa\"\n\n"
            + $"--osa\nContent-Type: text/plain; charset=utf-8\n\nEdelleen.\n--osa\nContent-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n\n{encoded}\n--osa--\n";
        using var site = Site(TestOfficeDocument.Files(("viesti.eml", TestMail.Saved(mail))), "liite-1.zip");

        var error = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError);

        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
    }
}
