using System.Text;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Site;

/// <summary>
/// A published attachment that could not be read in full (a zip past its limits, an encrypted or
/// damaged file) was published without a word: what was not read was never checked for withheld
/// names or marked words. The editor is told (DP0255), a warning at the attachment's line, at every
/// build until it is fixed, whenever there is something to look for.
/// </summary>
public sealed partial class WithheldNamesInAttachmentsTests
{
    // The name past the first 32 MB of a file in the zip, which is all that is unpacked of one.
    [Fact]
    public void A_withheld_name_past_a_zips_limit_is_not_found_and_the_zip_is_the_not_read_in_full_warning()
    {
        var csv = new byte[(32 << 20) + 100];
        Array.Fill(csv, (byte)'x');
        Encoding.ASCII.GetBytes($"\n{Withheld}\n").CopyTo(csv, 32 << 20);
        using var site = Site(TestOfficeDocument.Files(("vuokrat.csv", csv)), "liite-1.zip");

        var result = site.BuildOn(BuildDate);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "DP0255" && d.Location.Line == 8);
        Assert.StartsWith("the attachment 'liite-1.zip' could not be read in full (its file 'vuokrat.csv' is larger than the build reads of one attachment (32 MB))", warning.Message, StringComparison.Ordinal);
        Assert.Contains("a person must check", warning.Message, StringComparison.Ordinal);
    }

    // A zip whose file is encrypted: its name is read, not its words. A damaged document.
    [Theory]
    [InlineData("liite-1.zip", "its file 'hakemus.txt' is protected with a password")]
    [InlineData("liite-1.docx", "it is damaged or not a file of its kind")]
    public void An_encrypted_or_damaged_attachment_is_the_not_read_in_full_warning(string file, string reason)
    {
        byte[] bytes = Path.GetExtension(file) switch
        {
            ".zip" => EncryptedZip(),
            _ => DamagedZip(),
        };
        using var site = Site(bytes, file);

        var result = site.BuildOn(BuildDate);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "DP0255" && d.Location.Line == 8);
        Assert.Contains($"'{file}' could not be read in full ({reason})", warning.Message, StringComparison.Ordinal);
    }

    // Read from the store by the next build, the reason comes with the text: told again.
    [Fact]
    public void A_zip_not_read_in_full_is_told_again_when_its_text_comes_from_the_store()
    {
        using var site = Site(EncryptedZip(), "liite-1.zip");
        var options = new DecisionsPortal.Configuration.BuildOptions(site.ConfigPath, site.Output, BuildDate: BuildDate, CacheDirectory: Path.Combine(site.Root, "cache"));

        var first = DecisionsPortal.Pipeline.BuildPipeline.Run(options);
        var second = DecisionsPortal.Pipeline.BuildPipeline.Run(options);

        Assert.NotEmpty(Directory.GetFiles(Path.Combine(site.Root, "cache", "attachment-texts")));
        Assert.All(new[] { first, second }, r => Assert.Single(r.Diagnostics, d => d.Code == "DP0255" && d.Location.Line == 8));
    }

    // A marked name is something to look for too.
    [Fact]
    public void A_damaged_attachment_of_a_decision_that_marks_a_name_is_the_not_read_in_full_warning_with_nothing_withheld()
    {
        using var site = new TestSite($$"""
            -- content/fi/2025/avustus.md --
            {{Decisions.Finnish(title: "Avustus", date: "2025-01-29", extra: "attachments: [{ title: Hakemus, file: hakemus.zip }]", text: "Hakija [[Zacharias Quorvinen]]{.personal} hakee avustusta.")}}
            """);
        site.WriteBytes("content/fi/2025/hakemus.zip", EncryptedZip());

        var result = site.BuildOn(BuildDate);

        Assert.Single(result.Diagnostics, d => d.Code == "DP0255");
    }

    // Nothing withheld, nothing marked: nothing to look for, nothing to tell. A zip read in full neither.
    [Fact]
    public void A_damaged_attachment_with_nothing_to_look_for_or_a_readable_one_is_no_warning()
    {
        using var nothing = new TestSite($$"""
            -- content/fi/2025/avustus.md --
            {{Decisions.Finnish(title: "Avustus", date: "2025-01-29", extra: "attachments: [{ title: Hakemus, file: hakemus.zip }]")}}
            """);
        nothing.WriteBytes("content/fi/2025/hakemus.zip", EncryptedZip());
        using var readable = Site(TestOfficeDocument.Files(("hakemus.pdf", TestPdf.Of("Hakemus")), ("lue.txt", "Liitteet"u8.ToArray())), "liite-1.zip");

        Assert.DoesNotContain(nothing.BuildOn(BuildDate).Diagnostics, d => d.Code == "DP0255");
        Assert.DoesNotContain(readable.BuildOn(BuildDate).Diagnostics, d => d.Code == "DP0255" && d.Location.Line == 8);
    }

    // A file in a zip cut short (a download broken off): what it holds before the cut is read, and the files after it.
    [Fact]
    public void A_withheld_name_before_the_cut_of_a_file_cut_short_in_a_zip_is_an_error_and_the_file_the_warning()
    {
        var text = Encoding.ASCII.GetBytes($"Katso {Withheld}.\n" + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"{i};{i * 7919 % 10007};rivi\n")));
        var whole = PackedFile.Of(text);
        var cut = whole with { Deflated = whole.Deflated[..(whole.Deflated.Length / 2)] };
        using var site = Site(PackedFile.Zip(("rivit.csv", cut), ("lue.txt", PackedFile.Of("Liitteet"u8.ToArray()))), "liite-1.zip");

        var result = site.BuildOn(BuildDate);

        Assert.Equal("DP0250", Assert.Single(result.Diagnostics, d => d.IsError).Code);
        Assert.Contains(result.Diagnostics, d => d.Code == "DP0255" && d.Message.Contains("its file 'rivit.csv' is damaged", StringComparison.Ordinal));
    }

    // Found black-box: a PDF's attached file that could not be read in full (a zip protected with a
    // password, a file packed by a filter other than Flate) was published as read.
    [Theory]
    [InlineData("hakemus.zip", "its file 'hakemus.zip/hakemus.txt' is protected with a password")]
    [InlineData("hakijat.txt", "its file 'hakijat.txt' is packed in a way the build cannot unpack")]
    public void A_file_attached_to_a_pdf_that_could_not_be_read_in_full_is_the_not_read_in_full_warning(string name, string reason)
    {
        var zip = EncryptedZip();
        var stream = name.EndsWith(".zip", StringComparison.Ordinal)
            ? $"<< /Type /EmbeddedFile /Length {zip.Length} >>\nstream\n{Encoding.Latin1.GetString(zip)}\nendstream"
            : "<< /Type /EmbeddedFile /Filter /ASCIIHexDecode /Length 25 >>\nstream\n48616b696a61743a204d61696a61>\nendstream";
        using var site = Site(RawPdf.Of($"/Names << /EmbeddedFiles << /Names [({name}) 5 0 R] >> >>", "", "<< >>", $"<< /Type /Filespec /F ({name}) /UF ({name}) /EF << /F 6 0 R >> >>", stream));

        var result = site.BuildOn(BuildDate);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "DP0255" && d.Location.Line == 8);
        Assert.Contains($"could not be read in full ({reason}", warning.Message, StringComparison.Ordinal);
    }

    // An RTF file's object that could not be read in full: a packaged zip protected with a password.
    [Fact]
    public void A_packaged_zip_protected_with_a_password_in_an_rtf_is_the_not_read_in_full_warning()
    {
        var rtf = TestEmbeddedObject.Rtf("Package", TestEmbeddedObject.Ole1("Package", TestEmbeddedObject.Package("hakemus.zip", EncryptedZip())));
        using var site = Site(rtf, "liite-1.rtf");

        var result = site.BuildOn(BuildDate);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "DP0255" && d.Location.Line == 8);
        Assert.Contains("could not be read in full (its file 'liite-1.rtf/hakemus.zip/hakemus.txt' is protected with a password)", warning.Message, StringComparison.Ordinal);
    }

    // A zip whose directory's one entry has lost its signature.
    private static byte[] DamagedZip()
    {
        var zip = TestOfficeDocument.Files(("word/document.xml", "<w:document/>"u8.ToArray()));
        zip[zip.AsSpan().LastIndexOf("PK\x01\x02"u8) + 2] = 0;
        return zip;
    }

    // A zip of one file with the encryption flag (bit 0) set in its local and central headers.
    private static byte[] EncryptedZip()
    {
        var zip = TestOfficeDocument.Files(("hakemus.txt", Encoding.ASCII.GetBytes($"Katso {Withheld}.")));
        zip[6] |= 1;
        var central = zip.AsSpan().LastIndexOf("PK\x01\x02"u8);
        zip[central + 8] |= 1;
        return zip;
    }
}
