using System.Text;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Site;

/// <summary>
/// What mail clients and office suites pack that a file's runs of text do not show: Outlook's
/// winmail.dat, a file uuencoded in a mail's text, a mailbox of many mails, a part named by neither
/// its name nor its type, a gzipped file cut short, a document's embedded file that cannot be read.
/// </summary>
public sealed partial class WithheldNamesInAttachmentsTests
{
    private static readonly byte[] WithheldInWord = TestOfficeDocument.Of(("word/document.xml", $"<p>Katso {Withheld}.</p>"));

    // Outlook sends its attachments in winmail.dat to a client it thinks reads Rich Text; saved from one, it is a file of the zip.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_withheld_name_in_a_document_inside_a_winmail_dat_is_an_error(bool inMail)
    {
        var winmail = TestTnef.Of("Liitteenä hakemus.", ("hakemus.docx", WithheldInWord));
        var member = inMail ? ("viesti.eml", TestMail.Saved(TestMail.Thunderbird("Hakemus", "Liitteenä hakemus.", ("winmail.dat", "application/ms-tnef", winmail)))) : ("winmail.dat", winmail);
        using var site = Site(TestOfficeDocument.Files(member), "liite-1.zip");

        var error = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError);

        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
    }

    // Outlook keeps what it has no named field for in attributes of its own; a converter to a mail drops them, the file keeps them.
    [Fact]
    public void A_withheld_name_in_an_attribute_of_a_winmail_dat_no_mail_has_is_an_error()
    {
        var winmail = TestTnef.WithUnknownAttribute(TestTnef.Of("Hei."), $"Hakija Zacharias Quorvinen {Withheld}");
        using var site = Site(TestOfficeDocument.Files(("winmail.dat", winmail)), "liite-1.zip");

        var error = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError);

        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
    }

    // A process that has read no PDF before (PdfPig registers the code pages a winmail.dat's text
    // needs): its winmail.dat is read, and the zip's other files after it too.
    [Fact]
    public void A_winmail_dat_in_a_zip_is_read_in_a_process_that_read_no_pdf_and_so_are_the_zips_other_files()
    {
        var zip = TestOfficeDocument.Files(("winmail.dat", TestTnef.Of("Hei.")), ("muistio.txt", Encoding.UTF8.GetBytes("Katso kauppakirja-meikalainen.docx")));
        using var site = new TestSite($"""
            -- content/fi/2025/tiedoksianto.md --
            {Decisions.Finnish(title: "Tiedoksianto", date: "2025-01-29", extra: "attachments: [{ title: Liite, file: liite-1.zip }]")}
            -- content/fi/2024/tontti.md --
            {Decisions.Finnish(title: "Tontin myynti", date: "2024-11-20", extra: "confidential: true\nattachments:\n  - { title: Kauppakirja, file: kauppakirja-meikalainen.docx }")}
            -- content/fi/2024/kauppakirja-meikalainen.docx --
            x
            """);
        site.WriteBytes("content/fi/2025/liite-1.zip", zip);

        var (exit, _, stderr) = GeneratorProcess.Run(new Dictionary<string, string>(), "check", "--config", site.ConfigPath, "--lang", "en");

        Assert.Equal(1, exit);
        Assert.Contains("error DP0250", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("DP0255", stderr, StringComparison.Ordinal);
    }

    // A winmail.dat cut short (a download broken off) is read as far as it goes, and told: by the
    // document cut with it, the first file of it not read.
    [Fact]
    public void A_winmail_dat_cut_short_in_a_zip_is_told_by_its_path()
    {
        var winmail = TestTnef.Of("Liitteenä hakemus.", ("hakemus.docx", WithheldInWord), ("liite.docx", WithheldInWord));
        using var site = Site(TestOfficeDocument.Files(("viesti/winmail.dat", winmail[..^40])), "liite-1.zip");

        var warning = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.Code == "DP0255");

        Assert.Contains("(its file 'viesti/winmail.dat/liite.docx' is damaged)", warning.Message, StringComparison.Ordinal);
    }

    // A mailing list's digest or an old client puts a file in the text itself, uuencoded.
    [Fact]
    public void A_withheld_name_in_a_document_uuencoded_in_a_mails_text_is_an_error()
    {
        var mail = TestMail.Thunderbird("Hakemus", "Hakemus alla.\n\n" + TestMail.Uuencoded("hakemus.docx", WithheldInWord));
        using var site = Site(TestOfficeDocument.Files(("viesti.eml", TestMail.Saved(mail))), "liite-1.zip");

        var error = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError);

        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
    }

    // Thunderbird's folder exported, or a register's mailbox: mails one after another, each after its 'From ' line.
    [Fact]
    public void A_withheld_name_in_the_second_mail_of_a_mailbox_in_a_zip_is_an_error()
    {
        var mailbox = $"From pekka.hakija@example.fi Mon Jan 20 08:15:00 2025\n{TestMail.Outlook("Hakemus", "Ei liitteit=E4.")}\nFrom pekka.hakija@example.fi Mon Jan 20 10:15:00 2025\n{Mail("gmail text, base64")}\n";
        using var site = Site(TestOfficeDocument.Files(("kirjaamo.mbox", TestMail.Saved(mailbox))), "liite-1.zip", more: UmlautName);

        var error = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError);

        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
    }

    // A client that knows no type sends application/octet-stream, a scanner's mail names its file by a number.
    [Theory]
    [InlineData("hakemus")]
    [InlineData("liitteet")]
    public void A_withheld_name_in_a_mail_part_named_by_neither_its_name_nor_its_type_is_an_error(string name)
    {
        var bytes = name == "hakemus" ? WithheldInWord : TestOfficeDocument.Files(("hakemus.txt", Encoding.ASCII.GetBytes($"Katso {Withheld}.")));
        var mail = TestMail.Thunderbird("Hakemus", "Liitteenä hakemus.", (name, "application/octet-stream", bytes));
        using var site = Site(TestOfficeDocument.Files(("viesti.eml", TestMail.Saved(mail))), "liite-1.zip");

        var error = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError);

        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
    }

    // A download broken off: what the gzip unpacks to stops short of its end, with no error of its own.
    [Fact]
    public void A_gzipped_file_cut_short_in_a_zip_is_told_by_its_path()
    {
        var register = Gzipped(Encoding.ASCII.GetBytes(string.Concat(Enumerable.Range(0, 20_000).Select(i => $"{i};Tontin vuokra;{i * 7 % 1000}\n"))));
        using var site = Site(TestOfficeDocument.Files(("vanhat/vuokrat.csv.gz", register[..(register.Length / 2)])), "liite-1.zip");

        var warning = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.Code == "DP0255");

        Assert.Contains("(its file 'vanhat/vuokrat.csv.gz' is damaged)", warning.Message, StringComparison.Ordinal);
    }

    // A zip of files inserted as an object in a Word document or an Excel sheet, one of its files protected with a password.
    [Theory]
    [InlineData("liite-1.docx", "word/embeddings/liitteet.zip")]
    [InlineData("liite-1.xlsx", "xl/embeddings/liitteet.zip")]
    public void A_documents_embedded_file_that_cannot_be_read_is_told_by_its_path(string file, string embedded)
    {
        var document = TestOfficeDocument.Files(("[Content_Types].xml", "<Types/>"u8.ToArray()), (embedded, EncryptedZip()));
        using var site = Site(document, file);

        var warning = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.Code == "DP0255");

        Assert.Contains($"'{file}' could not be read in full (its file '{embedded}/hakemus.txt' is protected with a password)", warning.Message, StringComparison.Ordinal);
    }
}
