using DecisionsPortal.Diagnostics;
using DecisionsPortal.Rendering;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Content;

public sealed class AttachmentTests
{
    private static readonly byte[] Invitation = [.. Enumerable.Range(0, 1300).Select(i => (byte)i)];
    private static readonly byte[] Map = new byte[1_258_291];

    private static TestSite WithAttachments(string entries)
    {
        var site = new TestSite(
            $"-- content/fi/2025/katto.md --\n{Decisions.Finnish(extra: "attachments:\n" + entries)}\n" +
            $"-- content/sv/2025/katto.md --\n{Decisions.Swedish(extra: "attachments:\n  - { title: Inbjudan, file: kutsu.pdf }")}");
        site.WriteBytes("content/fi/2025/kutsu.pdf", Invitation);
        site.WriteBytes("content/sv/2025/kutsu.pdf", Invitation);
        site.WriteBytes("content/fi/2025/liitteet/kartta.png", Map);
        return site;
    }

    private static Diagnostic SingleError(TestSite site)
    {
        var result = site.Build();
        Assert.False(Directory.Exists(site.Output));
        return Assert.Single(result.Diagnostics, d => d.IsError);
    }

    [Fact]
    public void Attachments_are_copied_next_to_the_decision_page_and_listed_with_title_type_and_size()
    {
        using var site = WithAttachments("  - { title: Kutsu, file: kutsu.pdf }\n  - { title: Kartta, file: liitteet/kartta.png }");
        Assert.True(site.Build().Succeeded);

        Assert.Equal(Invitation, File.ReadAllBytes(Path.Combine(site.Output, "fi/paatokset/2025/katto/kutsu.pdf")));
        Assert.Equal(Map, File.ReadAllBytes(Path.Combine(site.Output, "fi/paatokset/2025/katto/liitteet/kartta.png")));
        var items = Html.Parse(site.Read("fi/paatokset/2025/katto/index.html")).QuerySelectorAll("main .attachments li")
            .Select(li => (li.QuerySelector("a")!.TextContent, li.QuerySelector("a")!.GetAttribute("href"), li.QuerySelector(".file-info")!.TextContent))
            .ToList();
        Assert.Equal(
            [("Kutsu", "/fi/paatokset/2025/katto/kutsu.pdf", "(PDF, 1,3 kt)"), ("Kartta", "/fi/paatokset/2025/katto/liitteet/kartta.png", "(PNG, 1,2 Mt)")],
            items);
        Assert.Equal("(PDF, 1,3 kB)", Html.Parse(site.Read("sv/beslut/2025/katto/index.html")).QuerySelector("main .attachments .file-info")!.TextContent);
    }

    [Fact]
    public void Attachments_are_in_the_open_data_with_their_address_type_and_size_in_bytes()
    {
        using var site = WithAttachments("  - { title: Kutsu, file: kutsu.pdf }");
        site.Build();

        var attachment = System.Text.Json.JsonDocument.Parse(site.Read("fi/paatokset/2025/katto/index.json")).RootElement.GetProperty("attachments")[0];

        Assert.Equal("https://paatokset.esimerkkila.example/fi/paatokset/2025/katto/kutsu.pdf", attachment.GetProperty("url").GetString());
        Assert.Equal("PDF", attachment.GetProperty("type").GetString());
        Assert.Equal(1300, attachment.GetProperty("size").GetInt64());
    }

    [Fact]
    public void A_missing_attachment_is_an_error_at_the_line_of_its_entry()
    {
        using var site = WithAttachments("  - { title: Kutsu, file: kutsu.pdf }\n  - { title: Puuttuu, file: kutsu.pfd }");

        var error = SingleError(site);

        Assert.Equal(DiagnosticCodes.AttachmentMissing, error.Code);
        Assert.EndsWith("content/fi/2025/katto.md", error.Location.Path, StringComparison.Ordinal);
        Assert.Equal(10, error.Location.Line);
        Assert.Contains("did you mean 'kutsu.pdf'", error.Message, StringComparison.Ordinal);
    }

    // Run as the tool runs, without ICU, where string.Normalize composes nothing: the test process
    // has ICU, so a hint seen there says nothing of what the tool tells an editor.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void An_attachment_whose_file_spells_its_accents_as_separate_marks_is_named_as_such(bool marksOnDisk)
    {
        // 'päätös.pdf' as a Mac or a zip file may write it: 'a' and a combining diaeresis (U+0308).
        var marks = "pa\u0308a\u0308to\u0308s.pdf";
        using var site = WithAttachments($"  - {{ title: Kutsu, file: kutsu.pdf }}\n  - {{ title: Päätös, file: {(marksOnDisk ? "päätös.pdf" : marks)} }}");
        site.WriteBytes("content/fi/2025/" + (marksOnDisk ? marks : "päätös.pdf"), Invitation);

        var (exit, _, stderr) = GeneratorProcess.Run(new Dictionary<string, string>(), "check", "--config", site.ConfigPath, "--lang", "en");

        Assert.Equal(1, exit);
        var error = Assert.Single(stderr.Split('\n'), l => l.Contains("error DP", StringComparison.Ordinal));
        Assert.Contains("katto.md(10,", error, StringComparison.Ordinal);
        Assert.Contains("error DP0030: ", error, StringComparison.Ordinal);
        Assert.Contains("written with its accents as marks of their own", error, StringComparison.Ordinal);
    }

    // Seen black-box: PdfPig walks a PDF's page tree by recursion, and a tree 300,000 pages deep (a
    // file of 30 MB; smaller in object streams) overflowed the stack: the process died with
    // 'Stack overflow.' and a stack trace, whatever the catch around the reading.
    [Fact]
    public void A_pdf_whose_page_tree_is_hundreds_of_thousands_deep_does_not_stop_the_run()
    {
        using var site = WithAttachments("  - { title: Kutsu, file: kutsu.pdf }");
        const int Depth = 300_000;
        var pdf = new System.Text.StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        void Add(string body)
        {
            offsets.Add(pdf.Length);
            pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"{offsets.Count} 0 obj\n{body}\nendobj\n");
        }

        Add("<< /Type /Catalog /Pages 2 0 R >>");
        for (var level = 2; level < Depth + 2; level++)
        {
            Add(level == Depth + 1
                ? $"<< /Type /Page /Parent {level - 1} 0 R /MediaBox [0 0 595 842] >>"
                : $"<< /Type /Pages /Kids [{level + 1} 0 R] /Count 1{(level > 2 ? $" /Parent {level - 1} 0 R" : "")} >>");
        }

        var xref = pdf.Length;
        pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        offsets.ForEach(o => pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"{o:D10} 00000 n \n"));
        pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        site.WriteBytes("content/fi/2025/kutsu.pdf", System.Text.Encoding.ASCII.GetBytes(pdf.ToString()));

        var (exit, _, stderr) = GeneratorProcess.Run(new Dictionary<string, string> { ["DECISIONSPORTAL_CACHE"] = Path.Combine(site.Root, "cache") }, "check", "--config", site.ConfigPath, "--lang", "en");

        Assert.DoesNotContain("overflow", stderr, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.True(exit is 0 or 1, stderr);
    }

    [Theory]
    [InlineData("../salainen.txt")]
    [InlineData("liitteet/../../salainen.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("C:/Windows/win.ini")]
    public void A_path_that_leaves_the_folder_of_the_decision_is_an_error_and_nothing_is_published(string file)
    {
        using var site = WithAttachments($"  - {{ title: Salainen, file: \"{file}\" }}");
        site.Write("content/fi/salainen.txt", "salainen");

        var error = SingleError(site);

        Assert.Equal(DiagnosticCodes.AttachmentOutsideContent, error.Code);
        Assert.Equal(9, error.Location.Line);
    }

    [Fact]
    public void A_symbolic_link_to_a_file_outside_the_content_folder_is_refused()
    {
        using var site = WithAttachments("  - { title: Linkki, file: linkki.txt }");
        site.Write("salaisuus.txt", "ei julkinen");
        File.CreateSymbolicLink(Path.Combine(site.Root, "content/fi/2025/linkki.txt"), Path.Combine(site.Root, "salaisuus.txt"));

        var error = SingleError(site);

        Assert.Equal(DiagnosticCodes.AttachmentOutsideContent, error.Code);
        Assert.Equal(9, error.Location.Line);
    }

    [Fact]
    public void A_symbolic_link_to_a_folder_outside_the_content_folder_is_refused()
    {
        using var site = WithAttachments("  - { title: Linkki, file: ulkona/tiedosto.txt }");
        site.Write("ulkopuolella/tiedosto.txt", "ei julkinen");
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "content/fi/2025/ulkona"), Path.Combine(site.Root, "ulkopuolella"));

        // The linked folder itself is refused too, and not walked (DecisionFileLinkTests).
        var result = site.Build();
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.AttachmentOutsideContent && d.Location.Line == 9);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_linked_folder_of_attachments_that_stays_inside_the_content_folder_is_followed()
    {
        using var site = WithAttachments("  - { title: Kartta, file: yhteiset/kartta.png }");
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "content/fi/2025/yhteiset"), "liitteet");

        Assert.True(site.Build().Succeeded);
        Assert.Equal(Map, File.ReadAllBytes(Path.Combine(site.Output, "fi/paatokset/2025/katto/yhteiset/kartta.png")));
    }

    [Fact]
    public void A_folder_named_as_an_attachment_is_called_a_folder_not_a_missing_file()
    {
        using var site = WithAttachments("  - { title: Liitteet, file: liitteet }");

        var error = SingleError(site);

        Assert.Equal((DiagnosticCodes.AttachmentMissing, 9), (error.Code, error.Location.Line));
        Assert.Equal("attachment 'liitteet' is a folder, not a file; name one file in it, e.g. 'file: liitteet/liite.pdf' (each attachment is one file)", error.Message);
    }

    [Fact]
    public void A_pipe_named_as_an_attachment_is_an_error_not_a_build_that_waits_for_ever()
    {
        using var site = WithAttachments("  - { title: Putki, file: putki.pdf }");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", Path.Combine(site.Root, "content/fi/2025/putki.pdf")))
        {
            mkfifo.WaitForExit();
        }

        var error = SingleError(site);

        Assert.Equal((DiagnosticCodes.NotARegularFile, 9), (error.Code, error.Location.Line));
        Assert.Equal("attachment 'putki.pdf' is not an ordinary file (a pipe or a device), so it cannot be published; put the file itself here", error.Message);
    }

    [Fact]
    public void A_symbolic_link_that_stays_inside_the_content_folder_is_followed()
    {
        using var site = WithAttachments("  - { title: Kutsu, file: sama.pdf }");
        File.CreateSymbolicLink(Path.Combine(site.Root, "content/fi/2025/sama.pdf"), "../../sv/2025/kutsu.pdf");

        Assert.True(site.Build().Succeeded);
        Assert.Equal(Invitation, File.ReadAllBytes(Path.Combine(site.Output, "fi/paatokset/2025/katto/sama.pdf")));
    }

    [Fact]
    public void An_attachment_cannot_take_the_name_of_the_pages_own_files()
    {
        using var site = WithAttachments("  - { title: Sivu, file: index.html }");
        site.Write("content/fi/2025/index.html", "<p>x</p>");

        Assert.Equal(DiagnosticCodes.AttachmentReservedName, SingleError(site).Code);
    }

    [Theory]
    [InlineData(0, "0 t")]
    [InlineData(1023, "1023 t")]
    [InlineData(1024, "1,0 kt")]
    [InlineData(1_258_291, "1,2 Mt")]
    [InlineData(3L * 1024 * 1024 * 1024, "3,0 Gt")]
    public void Sizes_are_written_with_the_languages_units_and_decimal_comma(long bytes, string expected) =>
        Assert.Equal(expected, FileTypes.Size(bytes, "t kt Mt Gt", ","));

    // Seen black-box: both were published, and a host or disk that does not tell capitals apart
    // (Windows, macOS, many CDNs) kept one file under both names: the other's address showed it.
    [Theory]
    [InlineData("Kutsu.pdf", "kutsu.pdf")]
    [InlineData("liitteet/Kartta.png", "LIITTEET/kartta.png")]
    // 'ä' written as one character and as 'a' with a combining mark: one name to macOS.
    [InlineData("p\u00e4\u00e4t\u00f6s.pdf", "pa\u0308a\u0308to\u0308s.pdf")]
    public void Two_attachments_whose_names_differ_only_in_capitals_are_an_error_naming_both(string first, string second)
    {
        using var site = WithAttachments($"  - {{ title: Yksi, file: {first} }}\n  - {{ title: Kaksi, file: {second} }}");
        site.WriteBytes("content/fi/2025/" + first, Invitation);
        site.WriteBytes("content/fi/2025/" + second, Map);

        var error = SingleError(site);

        Assert.Equal("DP0184", error.Code);
        Assert.EndsWith("content/fi/2025/katto.md", error.Location.Path, StringComparison.Ordinal);
        Assert.Equal(10, error.Location.Line);
        Assert.Contains($"'{second}'", error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{first}' (line 9)", error.Message, StringComparison.Ordinal);
    }
}
