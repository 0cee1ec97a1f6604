using System.Text;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Site;

/// <summary>
/// Mails no client writes but a damaged download, an old tool or a hostile sender may: a file
/// uuencoded the way older tools write it, a winmail.dat whose attribute claims more bytes than it
/// has, parts nested deeper than the build reads, a header folded over very many lines.
/// </summary>
public sealed partial class WithheldNamesInAttachmentsTests
{
    // Old uuencoders write a space for a zero (and end with a line of one space), some tools write
    // no 'end', GNU's writes base64 between 'begin-base64' and '====', and a mailing list's digest
    // is often attached as a text file of its own.
    [Theory]
    [InlineData("spaces")]
    [InlineData("no end")]
    [InlineData("begin-base64")]
    [InlineData("in a text attachment")]
    public void A_withheld_name_in_a_document_uuencoded_as_older_tools_write_it_is_an_error(string variant)
    {
        var encoded = variant switch
        {
            "spaces" => TestMail.Uuencoded("hakemus.docx", WithheldInWord).Replace('`', ' '),
            "no end" => TestMail.Uuencoded("hakemus.docx", WithheldInWord).Replace("`\nend\n", "") + "\nTerveisin\nPekka Hakija\n",
            "begin-base64" => $"begin-base64 644 hakemus.docx\n{string.Join('\n', Convert.ToBase64String(WithheldInWord).Chunk(76).Select(c => new string(c)))}\n====\n",
            _ => "Kooste alla.\n\n" + TestMail.Uuencoded("hakemus.docx", WithheldInWord),
        };
        var mail = variant == "in a text attachment"
            ? TestMail.Thunderbird("Kooste", "Liitteenä päivän kooste.", ("kooste-tammikuu.txt", "text/plain", Encoding.UTF8.GetBytes(encoded)))
            : TestMail.Thunderbird("Hakemus", "Hakemus alla, terveisin Jääskeläinen.\n\n" + encoded);
        using var site = Site(TestOfficeDocument.Files(("viesti.eml", TestMail.Saved(mail))), "liite-1.zip");

        var error = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError);

        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
    }

    // An attribute whose length claims more bytes than the file has: reading stops there, the rest is not read.
    [Fact]
    public void A_winmail_dat_whose_attribute_claims_more_than_it_holds_is_told_by_its_path()
    {
        var winmail = TestTnef.WithDeclaredLength(TestTnef.Of("Liitteenä hakemus."), 0xFFFF_FFF0, "hakemus.docx");
        using var site = Site(TestOfficeDocument.Files(("viesti/winmail.dat", winmail)), "liite-1.zip");

        var warning = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.Code == "DP0255");

        Assert.Contains("(its file 'viesti/winmail.dat' is damaged)", warning.Message, StringComparison.Ordinal);
    }

    // Parts nested deeper than the build reads are told, and their text is still read by its runs.
    [Fact]
    public void A_withheld_name_in_a_part_nested_past_what_is_read_is_an_error()
    {
        var mail = new StringBuilder("From: Pekka Hakija <pekka.hakija@example.fi>\nSubject: Hakemus\nMIME-Version: 1.0\n");
        for (var i = 0; i < 2_000; i++)
        {
            mail.Append($"Content-Type: multipart/mixed; boundary=\"osa{i}\"\n\n--osa{i}\n");
        }

        mail.Append($"Content-Type: text/plain; charset=utf-8\n\nHakemus, katso {Withheld}. Terveisin Jääskeläinen\n");
        for (var i = 1_999; i >= 0; i--)
        {
            mail.Append($"--osa{i}--\n");
        }

        using var site = Site(TestOfficeDocument.Files(("viesti.eml", TestMail.Saved(mail.ToString()))), "liite-1.zip");

        var diagnostics = site.BuildOn(BuildDate).Diagnostics;

        var error = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
        Assert.Contains(diagnostics, d => d.Code == "DP0255");
    }

    // A mail forwarded in replies nests its parts a few dozen deep; a text there encoded as
    // quoted-printable has no run of its name to find by, so it must be taken apart, not skimmed.
    [Fact]
    public void A_withheld_name_encoded_in_a_part_nested_forty_deep_is_an_error()
    {
        var mail = new StringBuilder("From: Pekka Hakija <pekka.hakija@example.fi>\nSubject: Hakemus\nMIME-Version: 1.0\n");
        for (var i = 0; i < 40; i++)
        {
            mail.Append($"Content-Type: multipart/mixed; boundary=\"osa{i}\"\n\n--osa{i}\n");
        }

        var encoded = string.Concat(Encoding.UTF8.GetBytes($"Hakemus, katso {Withheld}.").Select(b => b is >= 33 and <= 126 and not (byte)'=' ? ((char)b).ToString() : $"={b:X2}"));
        mail.Append($"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n{encoded}\n");
        for (var i = 39; i >= 0; i--)
        {
            mail.Append($"--osa{i}--\n");
        }

        using var site = Site(TestOfficeDocument.Files(("viesti.eml", TestMail.Saved(mail.ToString()))), "liite-1.zip");

        var error = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError);

        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
    }

    // A header folded over many lines (a hostile sender's, or a list of thousands of recipients) is read, and the mail after it.
    [Fact]
    public void A_withheld_name_after_a_header_folded_over_many_lines_is_an_error()
    {
        var recipients = string.Concat(Enumerable.Range(0, 100_000).Select(i => $" vastaanottaja{i}@example.fi,\n"));
        var mail = $"From: Pekka Hakija <pekka.hakija@example.fi>\nTo: kirjaamo@example.fi,\n{recipients} viimeinen@example.fi\nSubject: Hakemus\n\nKatso {Withheld}.\n";
        using var site = Site(TestOfficeDocument.Files(("viesti.eml", TestMail.Saved(mail))), "liite-1.zip");

        var error = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError);

        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
    }

    // Twenty multiparts nested, each delimiter written other than its boundary is declared (in
    // another case, or another word altogether): a client that finds the parts by their headers
    // shows the innermost text decoded, so it is read however deep such multiparts nest, within what is read of one.
    [Theory]
    [InlineData("OSA")]
    [InlineData("raja")]
    public void A_withheld_name_in_twenty_multiparts_whose_boundaries_are_written_otherwise_is_an_error(string written)
    {
        var mail = new StringBuilder("From: Pekka Hakija <pekka.hakija@example.fi>\nSubject: Hakemus\nMIME-Version: 1.0\n");
        for (var i = 0; i < 20; i++)
        {
            mail.Append($"Content-Type: multipart/mixed; boundary=\"osa{i}\"\n\n--{written}{i}\n");
        }

        mail.Append($"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n{Convert.ToBase64String(Encoding.UTF8.GetBytes($"Hakemus, katso {Withheld}."))}\n");
        for (var i = 19; i >= 0; i--)
        {
            mail.Append($"--{written}{i}--\n");
        }

        using var site = Site(TestOfficeDocument.Files(("viesti.eml", TestMail.Saved(mail.ToString()))), "liite-1.zip");

        var diagnostics = site.BuildOn(BuildDate).Diagnostics;

        var error = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
        Assert.DoesNotContain(diagnostics, d => d.Code == "DP0255");
    }
}
