using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Site;

/// <summary>
/// A published attachment is published with its text: a withheld attachment's name in it (a
/// confidential decision's, a draft's, one under 'personal: [attachments]') is published as surely
/// as in the decision's own text (DP0250–DP0254), and was published without a word (session 34).
/// The attachment's text is read as the check of marked words reads it (DP0104).
/// </summary>
public sealed partial class WithheldNamesInAttachmentsTests
{
    private static readonly DateOnly BuildDate = new(2025, 3, 1);

    [Fact]
    public void A_confidential_attachments_name_in_a_published_pdfs_text_is_an_error_at_that_attachment()
    {
        using var site = Site(TestPdf.Of("Kauppakirjan ehdot", "Katso kauppakirja-meikalainen.pdf, joka on salassa pidettävä."));

        var result = site.BuildOn(BuildDate);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(("DP0250", "content/fi/2025/tiedoksianto.md", 8), (error.Code, error.Location.Path.Replace('\\', '/')[^31..], error.Location.Line));
        Assert.Contains("'liite-1.pdf'", error.Message, StringComparison.Ordinal);

        // Where to find which name it is (found black-box: a long PDF gave no clue), not the name.
        Assert.Contains("content/fi/2024/tontti.md", error.Message.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.DoesNotContain("kauppakirja", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    // Another reader of the same check: a text file as written.
    [Fact]
    public void A_confidential_attachments_name_in_a_published_text_files_text_is_an_error()
    {
        using var site = Site([], "liite-1.txt");
        site.Write("content/fi/2025/liite-1.txt", "Ehdot: Kauppakirja-Meikalainen.PDF\n");

        var result = site.BuildOn(BuildDate);

        Assert.Equal("DP0250", Assert.Single(result.Diagnostics, d => d.IsError).Code);
    }

    // A name a line of the PDF breaks at its hyphen: the words are read with a space between.
    [Fact]
    public void A_confidential_attachments_name_broken_at_its_hyphen_in_a_pdf_is_an_error()
    {
        using var site = Site(TestPdf.Of("Kaupan ehdot ovat asiakirjassa kauppakirja-", "meikalainen.pdf, joka on salainen."));

        var result = site.BuildOn(BuildDate);

        Assert.Equal("DP0250", Assert.Single(result.Diagnostics, d => d.IsError).Code);
    }

    [Fact]
    public void A_drafts_attachments_name_in_a_published_pdfs_text_is_an_error()
    {
        using var site = Site(TestPdf.Of("Lausunnot", "Luonnos on tiedostossa luonnos-hakemus.pdf."));

        var result = site.BuildOn(BuildDate);

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("DP0253", error.Code);
        Assert.Contains("'liite-1.pdf'", error.Message, StringComparison.Ordinal);
        Assert.Contains("content/fi/2025/luonnos.md", error.Message.Replace('\\', '/'), StringComparison.Ordinal);
    }

    // Published until its last day, and the confidential name with it.
    [Fact]
    public void An_expiring_attachments_text_naming_a_confidential_attachment_is_an_error()
    {
        using var site = Site(TestPdf.Of("Katso kauppakirja-meikalainen.pdf."), extra: "personal: [attachments]\n");

        var result = site.BuildOn(BuildDate);

        Assert.Equal("DP0250", Assert.Single(result.Diagnostics, d => d.IsError).Code);
    }

    // A published decision's file of the same name, which the name may refer to.
    [Fact]
    public void A_name_that_a_published_decision_has_too_is_a_warning()
    {
        using var site = Site(TestPdf.Of("Katso kauppakirja-meikalainen.pdf."), more: PublishedSameName);

        var result = site.BuildOn(BuildDate);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code is "DP0250" or "DP0251");
        Assert.Equal("DP0251", warning.Code);
        Assert.Contains("'liite-1.pdf'", warning.Message, StringComparison.Ordinal);
    }

    // The benign neighbours: the decision's own other attachment, another site's file of a draft's
    // name, a word that is a withheld file's stem, and the withheld decision's own file.
    [Theory]
    [InlineData("Katso myös liite-2.pdf.")]
    [InlineData("Ohje: https://www.kemi.fi/kaavoitus/luonnos-hakemus.pdf")]
    [InlineData("Ohje: www.kemi.fi/luonnos-hakemus.pdf")]
    [InlineData("Kauppakirja allekirjoitetaan, ja kauppakirjan meikalainen-liitteet toimitetaan.")]
    [InlineData("Hakemuksen liitteenä on uusi-kauppakirja-meikalainen.pdf.")]
    [InlineData("Ohje: https://www.kemi.fi/kaavoitus/\nluonnos-hakemus.pdf")]
    public void A_published_attachments_own_sibling_another_sites_file_or_a_word_is_no_error(string line)
    {
        using var site = Site(TestPdf.Of(["Liite", .. line.Split('\n')]));

        var result = site.BuildOn(BuildDate);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "DP0250" or "DP0251" or "DP0253" or "DP0254");
    }

    [Fact]
    public void A_confidential_decisions_own_attachment_naming_itself_is_not_published_and_not_told()
    {
        using var site = Site(TestPdf.Of("Liite"));
        site.WriteBytes("content/fi/2024/kauppakirja-meikalainen.pdf", TestPdf.Of("Tämä on kauppakirja-meikalainen.pdf."));

        var result = site.BuildOn(BuildDate);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "DP0250" or "DP0251");
    }

    // Already read by the check of marked words (DP0104), a warning as it is there.
    [Fact]
    public void A_name_the_decision_marks_as_personal_in_its_pdf_is_the_marked_words_warning()
    {
        using var site = Site(TestPdf.Of("Hakija Zacharias Quorvinen hakee avustusta."), text: "Hakija [[Zacharias Quorvinen]]{.personal} hakee avustusta.");

        var result = site.BuildOn(BuildDate);

        Assert.Contains(result.Diagnostics, d => d.Code == "DP0104" && !d.IsError);
    }

    // Found black-box: this site's address of a published decision's file is that file's, as in a
    // decision's own text, though a draft's attachment has the name too (it was warning DP0254);
    // the same address of the draft's file is its name published.
    [Theory]
    [InlineData("julkinen", false)]
    [InlineData("luonnos", true)]
    public void This_sites_address_of_a_published_file_in_a_pdf_is_that_files(string folder, bool told)
    {
        using var site = Site(TestPdf.Of($"Katso https://paatokset.esimerkkila.example/fi/paatokset/2025/{folder}/luonnos-hakemus.pdf"), more: """
            -- content/fi/2025/julkinen.md --
            ---
            title: Julkinen
            date: 2025-01-20
            body: kaupunginhallitus
            preparer: { name: Maija Meikäläinen, title: Tekninen johtaja }
            presenter: { name: Olli Esimerkki, title: Kaupunginjohtaja }
            proposal: Kaupunginhallitus päättää.
            attachments: [{ title: Hakemus, file: luonnos-hakemus.pdf }]
            ---
            Julkinen.
            """);

        var result = site.BuildOn(BuildDate);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal(told, result.Diagnostics.Any(d => d.Code == "DP0254"));
    }

    // Found black-box: a Word document saved as PDF, .docx or RTF keeps a link's target, not
    // shown as its words but published with the file: a link to the confidential file by its name.
    [Theory]
    [InlineData("liite-1.pdf", "/S /URI /URI (file:///C:/Asiakirjat/kauppakirja-meikalainen.pdf)")]
    [InlineData("liite-1.pdf", "/S /Launch /F (kauppakirja-meikalainen.pdf)")]
    [InlineData("liite-1.docx", "file:///C:/Asiakirjat/kauppakirja-meikalainen.pdf")]
    [InlineData("liite-1.rtf", "kauppakirja-meikalainen.pdf")]
    public void A_confidential_attachments_name_as_a_links_target_in_a_published_file_is_an_error(string file, string target)
    {
        using var site = Site(file.EndsWith(".pdf", StringComparison.Ordinal) ? RawPdf.WithLinks(target) : file.EndsWith(".docx", StringComparison.Ordinal) ? TestOfficeDocument.WordWithLink(target)
            : System.Text.Encoding.ASCII.GetBytes("{\\rtf1\\ansi Katso {\\field{\\*\\fldinst HYPERLINK \"" + target + "\"}{\\fldrslt kauppakirja}}.\\par}"), file);

        var result = site.BuildOn(BuildDate);

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("DP0250", error.Code);
        Assert.Contains($"'{file}'", error.Message, StringComparison.Ordinal);
    }

    // Found black-box: a link to another site's folder ('…/kaavoitus/') read on into the next
    // link's target, as a PDF's line broken after a '/' is, and took the draft's name for that site's file.
    [Fact]
    public void A_links_target_is_read_whole_after_another_sites_address_ending_in_a_slash()
    {
        using var site = Site(RawPdf.WithLinks("/S /URI /URI (https://www.kemi.fi/kaavoitus/)", "/S /Launch /F (luonnos-hakemus.pdf)"));

        Assert.Equal("DP0253", Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError).Code);
    }

    // The next run takes the PDF's text from the cache folder, and its links with it.
    [Fact]
    public void A_pdfs_links_target_is_read_again_from_the_stored_text()
    {
        using var site = Site(RawPdf.WithLinks("/S /Launch /F (kauppakirja-meikalainen.pdf)"));
        var options = new DecisionsPortal.Configuration.BuildOptions(site.ConfigPath, site.Output, BuildDate: BuildDate, CacheDirectory: Path.Combine(site.Root, "cache"));

        var first = DecisionsPortal.Pipeline.BuildPipeline.Run(options);
        var second = DecisionsPortal.Pipeline.BuildPipeline.Run(options);

        Assert.NotEmpty(Directory.GetFiles(Path.Combine(site.Root, "cache", "attachment-texts")));
        Assert.All(new[] { first, second }, r => Assert.Equal("DP0250", Assert.Single(r.Diagnostics, d => d.IsError).Code));
    }

    // A link's target adds no word to search: the index is as it was without it.
    [Fact]
    public void A_pdfs_links_target_is_not_searched()
    {
        using var site = Site(RawPdf.WithLinks("/S /URI /URI (https://www.kemi.fi/zqlinkkiosoite.pdf)"));

        Assert.True(site.BuildOn(BuildDate).Succeeded);
        Assert.Contains(Directory.EnumerateFiles(Path.Combine(site.Root, "public"), "*", SearchOption.AllDirectories), f => f.Contains("search", StringComparison.Ordinal));
        Assert.DoesNotContain(Directory.EnumerateFiles(Path.Combine(site.Root, "public"), "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".pdf", StringComparison.Ordinal)),
            f => File.ReadAllText(f).Contains("zqlinkkiosoite", StringComparison.OrdinalIgnoreCase));
    }

    // A Word document saved as PDF keeps the draft's file name as its title, unseen on the page,
    // shown by any PDF reader; so do the other properties a file is published with.
    [Theory]
    [InlineData("liite-1.pdf", "pdf title")]
    [InlineData("liite-1.pdf", "pdf xmp")]
    [InlineData("liite-1.pdf", "pdf title in a file cut short")]
    [InlineData("liite-1.pdf", "pdf xmp that is not XML")]
    [InlineData("liite-1.pdf", "pdf xmp attribute that is not XML")]
    [InlineData("liite-1.pdf", "pdf bookmark")]
    [InlineData("liite-1.pdf", "pdf bookmark to a page cut out")]
    [InlineData("liite-1.pdf", "pdf bookmark under one to a page cut out")]
    [InlineData("liite-1.pdf", "pdf bookmark to another file")]
    [InlineData("liite-1.pdf", "pdf link launching a file")]
    [InlineData("liite-1.pdf", "pdf note subject")]
    [InlineData("liite-1.pdf", "pdf note rich text")]
    [InlineData("liite-1.pdf", "pdf form value")]
    [InlineData("liite-1.pdf", "pdf page label")]
    [InlineData("liite-1.pdf", "pdf text box's appearance")]
    [InlineData("liite-1.pdf", "pdf document javascript")]
    [InlineData("liite-1.pdf", "pdf link's next action")]
    [InlineData("liite-1.pdf", "pdf link's next actions as a list")]
    [InlineData("liite-1.pdf", "pdf link's next action's file specification")]
    [InlineData("liite-1.pdf", "pdf opening action")]
    [InlineData("liite-1.pdf", "pdf page's opening script")]
    [InlineData("liite-1.pdf", "pdf document javascript stream")]
    [InlineData("liite-1.pdf", "pdf figure's alternate text")]
    [InlineData("liite-1.pdf", "pdf marked content's actual text")]
    [InlineData("liite-1.pdf", "pdf page's xmp")]
    [InlineData("liite-1.pdf", "pdf image's xmp")]
    [InlineData("liite-1.docx", "docProps")]
    [InlineData("liite-1.png", "png text")]
    [InlineData("liite-1.gif", "gif comment after a frame")]
    [InlineData("liite-1.gif", "gif xmp")]
    [InlineData("liite-1.tif", "tiff document name")]
    [InlineData("liite-1.jpg", "tiff document name")]
    [InlineData("liite-1.tif", "png text")]
    [InlineData("liite-1.tiff", "tiff second page's document name")]
    [InlineData("liite-1.tiff", "tiff second page's document name after the first page was edited")]
    [InlineData("liite-1.tif", "bigtiff document name")]
    public void A_confidential_attachments_name_in_a_published_files_properties_is_an_error(string file, string where)
    {
        using var site = Site(Named(where, "kauppakirja-meikalainen.pdf"), file);

        var result = site.BuildOn(BuildDate);

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
        Assert.StartsWith($"the properties of the attachment '{file}'", error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"liitteen '{file}' ominaisuustiedoissa (otsikossa,", error.Text.Render(DecisionsPortal.Diagnostics.MessageCatalogue.For("fi")), StringComparison.Ordinal);
        Assert.DoesNotContain("kauppakirja", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    // Old real content: a published decision has a file of the same name, which the title may mean.
    [Fact]
    public void A_name_that_a_published_decision_has_too_in_a_pdfs_title_is_a_warning()
    {
        using var site = Site(Named("pdf title", "kauppakirja-meikalainen.pdf"), more: PublishedSameName);

        var result = site.BuildOn(BuildDate);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal("DP0251", Assert.Single(result.Diagnostics, d => d.Code is "DP0250" or "DP0251").Code);
    }

    // The next run takes the PDF's properties from the cache folder: what it finds there is what
    // it reports. The entry of a PDF titled with the draft's name, put in place of an untitled
    // PDF's, gives the error, so the untitled PDF was not opened again.
    [Fact]
    public void A_pdfs_properties_are_read_again_from_the_store_without_opening_the_pdf()
    {
        using var titled = Site(Named("pdf title", "luonnos-hakemus.pdf"));
        using var untitled = Site(Named("pdf title", "hakemus.pdf"));
        var entries = new[] { titled, untitled }.Select(site =>
        {
            var cache = Path.Combine(site.Root, "cache");
            var result = DecisionsPortal.Pipeline.BuildPipeline.Run(new DecisionsPortal.Configuration.BuildOptions(site.ConfigPath, site.Output, BuildDate: BuildDate, CacheDirectory: cache));
            Assert.Equal(site == titled, result.Diagnostics.Any(d => d.Code == "DP0253"));
            return Directory.GetFiles(Path.Combine(cache, "attachment-texts")).Select(f => (Path: f, Bytes: File.ReadAllBytes(f))).ToList();
        }).ToList();
        var titledEntry = entries[0].Except(entries[1], EntryBytes).Single();
        var untitledEntry = entries[1].Except(entries[0], EntryBytes).Single();

        File.WriteAllBytes(untitledEntry.Path, titledEntry.Bytes);
        var again = DecisionsPortal.Pipeline.BuildPipeline.Run(new DecisionsPortal.Configuration.BuildOptions(untitled.ConfigPath, untitled.Output, BuildDate: BuildDate, CacheDirectory: Path.Combine(untitled.Root, "cache")));

        var error = Assert.Single(again.Diagnostics, d => d.IsError);
        Assert.Equal("DP0253", error.Code);
        Assert.StartsWith("the properties of the attachment", error.Message, StringComparison.Ordinal);
    }

    // An editor needed one build a name: each name is told, at the attachment's line, each by the
    // line that lists it, and none of them is printed.
    [Fact]
    public void Each_withheld_name_in_an_attachment_is_told_in_one_build()
    {
        using var site = Site(TestPdf.Of("Katso kauppakirja-meikalainen.pdf, kartta-meikalainen.pdf", "ja luonnos-hakemus.pdf; taas kauppakirja-meikalainen.pdf."), more: $"""
            -- content/fi/2024/tontti2.md --
            {Decisions.Finnish(title: "Tontin myynti", date: "2024-11-21", extra: "confidential: true\nattachments: [{ title: Kauppakirja, file: kauppakirja-vanha.pdf },\n  { title: Kartta, file: kartta-meikalainen.pdf }]")}
            -- content/fi/2024/kauppakirja-vanha.pdf --
            %PDF-1.4
            -- content/fi/2024/kartta-meikalainen.pdf --
            %PDF-1.4
            """);

        var result = site.BuildOn(BuildDate);

        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        Assert.Equal(["DP0250", "DP0250", "DP0253"], errors.Select(e => e.Code).Order());
        Assert.All(errors, e => Assert.Equal(8, e.Location.Line));
        Assert.Equal(3, errors.Select(e => e.Message).Distinct().Count());
        Assert.Contains(errors, e => e.Message.Replace('\\', '/').Contains("content/fi/2024/tontti2.md at line 10", StringComparison.Ordinal));
        Assert.All(errors, e => Assert.DoesNotMatch("kauppakirja-|kartta-|luonnos-", e.Message));
    }

    // A zip publishes its files' names, which are no text of it.
    [Fact]
    public void A_confidential_attachments_name_in_a_published_zip_says_the_file_names_in_the_zip()
    {
        using var site = Site(TestOfficeDocument.Of(("hakemus/kauppakirja-meikalainen.pdf", "%PDF-1.4")), "liite-1.zip");

        var error = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError);

        Assert.StartsWith("the file names or the files in the zip attachment 'liite-1.zip' include the name of a confidential", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("zip-liitteen 'liite-1.zip' sisältämien tiedostojen nimissä tai tiedostoissa on salassa pidettävän", error.Text.Render(DecisionsPortal.Diagnostics.MessageCatalogue.For("fi")), StringComparison.Ordinal);
        Assert.StartsWith("filnamnen eller filerna i zip-bilagan 'liite-1.zip' innehåller namnet på en bilaga", error.Text.Render(DecisionsPortal.Diagnostics.MessageCatalogue.For("sv")), StringComparison.Ordinal);
    }

    private static readonly EqualityComparer<(string Path, byte[] Bytes)> EntryBytes =
        EqualityComparer<(string Path, byte[] Bytes)>.Create((a, b) => a.Bytes.AsSpan().SequenceEqual(b.Bytes), e => e.Bytes.Length);

    private static readonly string PublishedSameName = $"""
        -- content/fi/2025/kartta.md --
        {Decisions.Finnish(title: "Kartta", date: "2025-01-20", extra: "attachments: [{ title: Kauppakirja, file: kauppakirja-meikalainen.pdf }]")}
        -- content/fi/2025/kauppakirja-meikalainen.pdf --
        %PDF-1.4
        """;

    // A file whose text names nothing, with the name in one of its properties.
    private static byte[] Named(string where, string name)
    {
        static byte[] CutShort(byte[] pdf) => pdf[..System.Text.Encoding.ASCII.GetString(pdf).IndexOf("xref", StringComparison.Ordinal)];
        static byte[] Metadata(string packet) => RawPdf.Of("/Metadata 5 0 R", "", "<< >>", $"<< /Type /Metadata /Subtype /XML /Length {packet.Length} >>\nstream\n{packet}\nendstream");
        var xmp = $"""<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title><rdf:Alt><rdf:li xml:lang="x-default">{name}</rdf:li></rdf:Alt></dc:title></rdf:Description></rdf:RDF></x:xmpmeta>""";
        return where switch
        {
            "pdf title" => RawPdf.Of("", "", $"<< /Title ({name}) /Producer (Microsoft Word) >>"),
            "pdf xmp" => Metadata(xmp),
            // Found black-box: a PDF PdfPig cannot open (its end cut off) was published with its
            // title unread, which a viewer repairs and shows.
            "pdf title in a file cut short" => CutShort(RawPdf.Of("", "", $"<< /Title ({name}) >>")),
            // Found black-box: a packet that is no XML (a prefix never declared) was not read at all.
            "pdf xmp that is not XML" => Metadata($"<x:xmpmeta><zz:Tool>Word</zz:Tool><dc:title>{name}</dc:title></x:xmpmeta>"),
            "pdf xmp attribute that is not XML" => Metadata($"<!DOCTYPE x><x:xmpmeta><rdf:Description dc:source=\"{name}\"/></x:xmpmeta>"),
            "pdf bookmark" => RawPdf.Of("/Outlines 5 0 R", "", "<< >>", "<< /Type /Outlines /First 6 0 R /Last 6 0 R /Count 1 >>", $"<< /Title (Liite {name}) /Parent 5 0 R /Dest [3 0 R /Fit] >>"),
            // Found black-box: PdfPig's bookmarks leave out one whose page is gone (99 0 R), and
            // read neither what a bookmark opens nor a file a link opens given as a file specification.
            "pdf bookmark to a page cut out" => RawPdf.Of("/Outlines 5 0 R", "", "<< >>", "<< /Type /Outlines /First 6 0 R /Last 6 0 R /Count 1 >>", $"<< /Title (Liite {name}) /Parent 5 0 R /Dest [99 0 R /Fit] >>"),
            "pdf bookmark under one to a page cut out" => RawPdf.Of("/Outlines 5 0 R", "", "<< >>", "<< /Type /Outlines /First 6 0 R /Last 6 0 R /Count 2 >>", "<< /Title (Liitteet) /Parent 5 0 R /Dest null /First 7 0 R /Last 7 0 R /Count 1 >>", $"<< /Title (Liite {name}) /Parent 6 0 R /Dest [3 0 R /Fit] >>"),
            "pdf bookmark to another file" => RawPdf.Of("/Outlines 5 0 R", "", "<< >>", "<< /Type /Outlines /First 6 0 R /Last 6 0 R /Count 1 >>", $"<< /Title (Liite) /Parent 5 0 R /A << /S /GoToR /F ({name}) /D [0 /Fit] >> >>"),
            "pdf link launching a file" => RawPdf.WithLinks($"/S /Launch /F << /Type /Filespec /F ({name}) >>"),
            "pdf note subject" => RawPdf.Of("", "/Annots [5 0 R]", "<< >>", $"<< /Type /Annot /Subtype /Text /Rect [72 600 92 620] /Subj ({name}) /Contents (Tarkista) /P 3 0 R >>"),
            "pdf note rich text" => RawPdf.Of("", "/Annots [5 0 R]", "<< >>", $"<< /Type /Annot /Subtype /Text /Rect [72 600 92 620] /RC (<body><p>Vrt. {name}</p></body>) /P 3 0 R >>"),
            // Found black-box: a page's label, a script run when the file opens and the second action of a link were not read.
            "pdf text box's appearance" => RawPdf.Of("", "/Annots [5 0 R]", "<< >>", "<< /Type /Annot /Subtype /FreeText /Rect [72 600 300 620] /DA (/Helv 10 Tf 0 g) /AP << /N 6 0 R >> /P 3 0 R >>", $"<< /Type /XObject /Subtype /Form /BBox [0 0 228 20] /Length {name.Length + 32} >>\nstream\nBT /Helv 10 Tf 2 6 Td ({name}) Tj ET\nendstream"),
            "pdf page label" => RawPdf.Of($"/PageLabels << /Nums [0 << /S /D /P (Liite {name} s. ) >>] >>", "", "<< >>"),
            "pdf document javascript" => RawPdf.Of("/Names << /JavaScript << /Names [(avaus) 5 0 R] >> >>", "", "<< >>", $"<< /S /JavaScript /JS (app.alert\\('{name}'\\);) >>"),
            "pdf link's next action" => RawPdf.WithLinks($"/S /URI /URI (https://www.kemi.fi/) /Next << /S /Launch /F ({name}) >>"),
            "pdf link's next actions as a list" => RawPdf.WithLinks($"/S /URI /URI (https://www.kemi.fi/) /Next [<< /S /URI /URI (https://www.kemi.fi/kartta) >> << /S /Launch /F ({name}) >>]"),
            "pdf link's next action's file specification" => RawPdf.WithLinks($"/S /URI /URI (https://www.kemi.fi/) /Next << /S /Launch /F << /Type /Filespec /F ({name}) >> >>"),
            "pdf opening action" => RawPdf.Of($"/OpenAction << /S /Launch /F ({name}) >>", "", "<< >>"),
            "pdf page's opening script" => RawPdf.Of("", $"/AA << /O << /S /JavaScript /JS (app.alert\\('{name}'\\);) >> >>", "<< >>"),
            "pdf document javascript stream" => RawPdf.Of("/Names << /JavaScript << /Names [(avaus) 5 0 R] >> >>", "", "<< >>", "<< /S /JavaScript /JS 6 0 R >>", $"<< /Length {name.Length + 14} >>\nstream\napp.alert('{name}');\nendstream"),
            // A screen reader reads a figure's alternate text (Word writes a picture's description
            // there, in the structure tree) and a span's actual text in place of what is drawn.
            "pdf figure's alternate text" => RawPdf.Of("/StructTreeRoot 5 0 R /MarkInfo << /Marked true >>", "", "<< >>", "<< /Type /StructTreeRoot /K 6 0 R >>", "<< /Type /StructElem /S /Document /P 5 0 R /K [7 0 R] >>", $"<< /Type /StructElem /S /Figure /P 6 0 R /Alt ({name}) >>"),
            "pdf marked content's actual text" => RawPdf.Of("", "/Contents 5 0 R", "<< >>", $"<< /Length {name.Length + 34} >>\nstream\n/Span << /ActualText ({name}) >> BDC EMC\nendstream"),
            // A page and an image keep XMP of their own (a scanner's, a photo's), as the file does.
            "pdf page's xmp" => RawPdf.Of("", "/Metadata 5 0 R", "<< >>", $"<< /Type /Metadata /Subtype /XML /Length {xmp.Length} >>\nstream\n{xmp}\nendstream"),
            "pdf image's xmp" => RawPdf.Of("", "/Resources << /XObject << /Im1 5 0 R >> >>", "<< >>", "<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 1 /Metadata 6 0 R >>\nstream\nA\nendstream", $"<< /Type /Metadata /Subtype /XML /Length {xmp.Length} >>\nstream\n{xmp}\nendstream"),
            "pdf form value" => RawPdf.Of("/AcroForm << /Fields [5 0 R] >>", "", "<< >>", $"<< /FT /Tx /T (liite) /V ({name}) >>"),
            "docProps" => TestOfficeDocument.Of(("word/document.xml", "<p>Liite</p>"), ("docProps/core.xml", $"""<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{name}</dc:title></cp:coreProperties>""")),
            // A frame of one pixel (two colours, its pixels in one sub-block), then a comment.
            "gif comment after a frame" => [.. "GIF89a"u8, 1, 0, 1, 0, 0x80, 0, 0, 0, 0, 0, 255, 255, 255, 0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x4C, 0x01, 0, 0x21, 0xFE, (byte)name.Length, .. System.Text.Encoding.Latin1.GetBytes(name), 0, 0x3B],
            // Found black-box: Photoshop's XMP in a GIF (an application extension, 'XMP DataXMP') was not read.
            "gif xmp" => [.. "GIF89a"u8, 1, 0, 1, 0, 0, 0, 0, 0x21, 0xFF, 11, .. "XMP DataXMP"u8, .. System.Text.Encoding.UTF8.GetBytes(xmp), 1, .. Enumerable.Range(0, 256).Select(i => (byte)(255 - i)), 0, 0x3B],
            "tiff document name" => TestTiff.Of(name),
            // Found black-box: a BigTIFF (8-byte offsets, as some scanners write) was not read.
            "bigtiff document name" => TestTiff.Big(name),
            "tiff second page's document name" => TestTiff.Of(null, $"Skannattu {name}"),
            "tiff second page's document name after the first page was edited" => TestTiff.WithFirstPageRewritten(TestTiff.Of(null, $"Skannattu {name}")),
            _ => TestPng.Of(TestPng.Chunk("tEXt", [.. "Title"u8, 0, .. System.Text.Encoding.Latin1.GetBytes(name)])),
        };
    }

    // Found black-box: an application under 'personal: [attachments]' that had passed its last day
    // was still read, and its text naming the confidential § 11's file stopped the build, though
    // the file was no longer published.
    [Fact]
    public void An_expiring_attachment_is_read_until_its_last_day_and_not_after()
    {
        using var site = Town(("avustus", "3/2025", 13, "hakemus.pdf", "Katso kauppakirja.pdf."));

        Assert.Equal("DP0250", Assert.Single(site.BuildOn(CouncilTown.LastDay).Diagnostics, d => d.IsError).Code);
        var after = site.BuildOn(CouncilTown.LastDay.AddDays(1));
        Assert.True(after.Succeeded, string.Join('\n', after.Diagnostics));
        Assert.DoesNotContain(after.Diagnostics, d => d.Code is "DP0250" or "DP0251");
    }

    // Found black-box: two applications of the same meeting leave on the same day, so the name of
    // one in the other's text is never on the site without its file; one of an earlier meeting's
    // leaves first, and the name stays published with the later file.
    [Theory]
    [InlineData("3/2025", true)]
    [InlineData("1/2025", false)]
    public void An_expiring_attachments_name_in_another_expiring_attachment_is_an_error_only_if_that_stays_longer(string meeting, bool same)
    {
        var (body, date) = meeting == "1/2025" ? ("tekninen-lautakunta", "2025-02-10") : ("kaupunginhallitus", "2025-03-03");
        using var site = Town(("avustus", meeting, 13, "hakemus-virtanen.pdf", "Hakemus"), ("lausunto", "3/2025", 14, "lausunto.pdf", "Lausunto hakemuksesta hakemus-virtanen.pdf."), (body, date));

        var result = site.BuildOn(new DateOnly(2025, 3, 5));

        Assert.Equal(same, !result.Diagnostics.Any(d => d.Code is "DP0253" or "DP0254"));
        Assert.Equal(same, result.Succeeded);
    }

    // A draft's attachment of the same name may be published any day, or never: its name is
    // published early whatever the other file of that name does.
    [Fact]
    public void A_name_a_draft_has_too_in_an_expiring_attachment_is_an_error_though_another_expiring_file_has_it()
    {
        using var site = Town(("avustus", "3/2025", 13, "hakemus-virtanen.pdf", "Hakemus"), ("lausunto", "3/2025", 14, "lausunto.pdf", "Lausunto hakemuksesta hakemus-virtanen.pdf."));
        site.Write("content/fi/2025/luonnos.md", Decisions.Finnish(title: "Luonnos", date: "2025-03-03", extra: "draft: true\nattachments: [{ title: Hakemus, file: luonnos/hakemus-virtanen.pdf }]"));
        site.WriteBytes("content/fi/2025/luonnos/hakemus-virtanen.pdf", TestPdf.Of("Luonnos"));

        var result = site.BuildOn(new DateOnly(2025, 3, 5));

        Assert.Equal("DP0253", Assert.Single(result.Diagnostics, d => d.IsError).Code);
    }

    // Found black-box: applications of a meeting whose minutes are not public yet have no last day
    // yet, so neither leaves before the other; one whose day is not known stays longer than one
    // whose day is.
    [Fact]
    public void An_expiring_attachment_whose_last_day_is_not_known_yet_may_name_another_such_but_not_one_leaving_sooner()
    {
        var files = CouncilTown.Files;
        foreach (var (slug, meeting, date, section, file) in new[] { ("x", "5/2025", "2025-04-07", 1, "x-hakemus.pdf"), ("y", "5/2025", "2025-04-07", 2, "y-hakemus.pdf"), ("z", "3/2025", "2025-03-03", 15, "z-hakemus.pdf") })
        {
            files += $"\n-- content/fi/2025/{slug}.md --\n" + Decisions.Finnish(title: "Avustus " + slug, date: date, body: "kaupunginhallitus",
                extra: $"meeting: {meeting}\nsection: {section}\npersonal: [attachments]\nattachments: [{{ title: Hakemus, file: {file} }}]");
        }

        using var site = new TestSite(files);
        site.WriteBytes("content/fi/2025/x-hakemus.pdf", TestPdf.Of("Katso y-hakemus.pdf."));
        site.WriteBytes("content/fi/2025/y-hakemus.pdf", TestPdf.Of("Katso z-hakemus.pdf."));
        site.WriteBytes("content/fi/2025/z-hakemus.pdf", TestPdf.Of("Hakemus"));

        var result = site.BuildOn(new DateOnly(2025, 4, 8));

        var error = Assert.Single(result.Diagnostics, d => d.Code is "DP0253" or "DP0254");
        Assert.Equal(("DP0253", "y.md"), (error.Code, Path.GetFileName(error.Location.Path)));
    }

    // Found black-box: the message quoted the attachment's own file name, which held the withheld
    // name; the line tells which attachment it is.
    [Fact]
    public void The_message_quotes_no_withheld_name_that_the_attachments_own_file_name_holds()
    {
        using var site = Site(TestPdf.Of("Katso kauppakirja-meikalainen.pdf."), file: "kopio_kauppakirja-meikalainen.pdf");

        var result = site.BuildOn(BuildDate);

        var error = Assert.Single(result.Diagnostics, d => d.Code == "DP0250");
        Assert.Contains("'kopio_…'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("kauppakirja", StringComparison.OrdinalIgnoreCase));
    }

    // CouncilTown, whose confidential § 11 lists 'kauppakirja.pdf', with decisions under
    // 'personal: [attachments]', each with one PDF.
    private static TestSite Town((string Slug, string Meeting, int Section, string File, string Text) first, (string Slug, string Meeting, int Section, string File, string Text)? second = null, (string Body, string Date)? firstAt = null)
    {
        var files = CouncilTown.Files;
        var (body, date) = firstAt ?? ("kaupunginhallitus", "2025-03-03");
        foreach (var (d, i) in new[] { first, second }.Select((d, i) => (d, i)).Where(x => x.d is not null).Select(x => (x.d!.Value, x.i)))
        {
            files += $"\n-- content/fi/2025/{d.Slug}.md --\n" + Decisions.Finnish(title: "Avustus " + d.Slug, date: i == 0 ? date : "2025-03-03", body: i == 0 ? body : "kaupunginhallitus",
                extra: $"meeting: {d.Meeting}\nsection: {d.Section}\npersonal: [attachments]\nattachments: [{{ title: Hakemus, file: {d.File} }}]");
        }

        var site = new TestSite(files);
        foreach (var d in new[] { first, second }.Where(d => d is not null).Select(d => d!.Value))
        {
            site.WriteBytes($"content/fi/2025/{d.File}", TestPdf.Of(d.Text));
        }

        return site;
    }

    // The published decision's attachments at lines 8 and 9; a confidential decision of the year
    // before lists 'kauppakirja-meikalainen.pdf', a draft 'luonnos-hakemus.pdf'.
    private static TestSite Site(byte[] pdf, string file = "liite-1.pdf", string extra = "", string more = "", string text = "Kaupunginhallitus on myynyt tontin.")
    {
        var site = new TestSite($"""
            -- content/fi/2025/tiedoksianto.md --
            ---
            title: Tontin myynnin tiedoksianto
            date: 2025-01-29
            body: kaupunginhallitus
            preparer: {"{"} name: Maija Meikäläinen, title: Tekninen johtaja {"}"}
            presenter: {"{"} name: Olli Esimerkki, title: Kaupunginjohtaja {"}"}
            proposal: Kaupunginhallitus päättää.
            attachments: [{"{"} title: Liite, file: {file} {"}"},
              {"{"} title: Toinen liite, file: liite-2.pdf {"}"}]
            {extra}---
            {text}
            -- content/fi/2025/liite-2.pdf --
            %PDF-1.4
            -- content/fi/2024/tontti.md --
            {Decisions.Finnish(title: "Tontin myynti", date: "2024-11-20", extra: "confidential: true\nattachments:\n  - { title: Kauppakirja, file: kauppakirja-meikalainen.pdf }")}
            -- content/fi/2024/kauppakirja-meikalainen.pdf --
            %PDF-1.4
            -- content/fi/2025/luonnos.md --
            {Decisions.Finnish(title: "Luonnos", date: "2025-01-27", extra: "draft: true\nattachments: [{ title: Hakemus, file: luonnos-hakemus.pdf }]")}
            -- content/fi/2025/luonnos-hakemus.pdf --
            %PDF-1.4
            {more}
            """);
        if (pdf.Length > 0)
        {
            site.WriteBytes($"content/fi/2025/{file}", pdf);
        }

        return site;
    }

    // A PDF 1.5 writer packs its objects (the Info dictionary, the pages' dictionaries) in a
    // compressed object stream and its cross-reference table in a compressed stream: the name in
    // its text or its title is in no byte of it, and is found as a reader shows it.
    [Theory]
    [InlineData("text")]
    [InlineData("title")]
    [InlineData("text, offsets shifted")]
    [InlineData("title, offsets shifted")]
    public void A_withheld_name_in_a_pdf_of_compressed_object_streams_is_an_error(string where)
    {
        var pdf = where.StartsWith("text", StringComparison.Ordinal) ? RawPdf.WithObjectStreams($"Katso {Withheld}.", "Hakemus") : RawPdf.WithObjectStreams("Hakemus", Withheld);
        if (where.EndsWith("shifted", StringComparison.Ordinal))
        {
            pdf = [.. "%PDF-1.5\n%Muokattu\n"u8, .. pdf.AsSpan(9)];
        }

        using var site = Site(pdf);

        var diagnostics = site.BuildOn(BuildDate).Diagnostics;

        Assert.True(pdf.AsSpan().IndexOf("meikalainen"u8) < 0, "the name is packed");
        var error = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal("DP0250", error.Code);
        Assert.DoesNotContain(diagnostics, d => d.Code == "DP0255");
    }
}
