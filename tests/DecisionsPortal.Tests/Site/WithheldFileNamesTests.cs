using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Site;

/// <summary>
/// A confidential decision's attachment is never published, nor its name; a link to it is refused,
/// but its name written as text in a published text was published without a word (seen on main).
/// The whole name is sought, never a word that equals its stem.
/// </summary>
public sealed class WithheldFileNamesTests
{
    private static readonly DateOnly BuildDate = new(2025, 3, 1);

    [Theory]
    [InlineData("Kaupan ehdot ovat asiakirjassa kauppakirja-meikalainen.pdf, joka on salassa pidettävä.", "kauppakirja-meikalainen.pdf", 32)]
    [InlineData("Kaupan ehdot ovat asiakirjassa Kauppakirja-Meikalainen.PDF.", "kauppakirja-meikalainen.pdf", 32)]
    [InlineData("Katso *kauppakirja-meikalainen.pdf* ja kaupunginhallituksen päätös.", "kauppakirja-meikalainen.pdf", 8)]
    // As a Mac writes the name, its accents as marks of their own.
    [InlineData("Ehdot: kauppakirja-meika\u0308la\u0308inen.pdf.", "kauppakirja-meikäläinen.pdf", 8)]
    public void The_name_of_a_confidential_decisions_attachment_written_as_text_is_an_error(string sentence, string file, int column)
    {
        using var site = Site(sentence, file);

        var result = site.BuildOn(BuildDate);

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(("DP0250", "content/fi/2025/tiedoksianto.md", 12, column), (error.Code, error.Location.Path.Replace('\\', '/')[^31..], error.Location.Line, error.Location.Column));
        Assert.DoesNotContain("kauppakirja", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    // The name as ordinary writing puts it, which the page shows as written (red32 passed these:
    // a sign before the name was taken for a link's address).
    [Theory]
    [InlineData("Ehdot ovat asiakirjassa \"kauppakirja-meikalainen.pdf\".")]
    [InlineData("Ehdot ovat salaisia (kauppakirja-meikalainen.pdf).")]
    [InlineData("Tiedosto on verkkolevyllä K:/tontit/kauppakirja-meikalainen.pdf.")]
    [InlineData("Tiedosto on verkkolevyllä K:\\tontit\\kauppakirja-meikalainen.pdf.")]
    [InlineData("Tiedosto <kauppakirja-meikalainen.pdf> on salainen.")]
    [InlineData("Tiedosto=kauppakirja-meikalainen.pdf on salainen.")]
    [InlineData("Ehdot ovat asiakirjassa kauppakirja\\-meikalainen.pdf.")]
    [InlineData("Ehdot ovat asiakirjassa kauppakirja-meikalainen&#46;pdf.")]
    [InlineData("Ehdot ovat asiakirjassa kauppa&shy;kirja-meikalainen.pdf.")]
    [InlineData("Ehdot ovat [toisella sivustolla](https://muu.example/docs/kauppakirja-meikalainen.pdf).")]
    [InlineData("Ehdot ovat toisella sivustolla <https://muu.example/docs/kauppakirja-meikalainen.pdf>.")]
    [InlineData("Ehdot ovat toisella sivustolla https://muu.example/docs/kauppakirja-meikalainen.pdf sivulla.")]
    // Split by marks the page shows as emphasis or code, or by characters of no width.
    [InlineData("Ehdot ovat asiakirjassa kauppakirja-*meikalainen*.pdf.")]
    [InlineData("Ehdot ovat asiakirjassa kauppakirja-_meikalainen_.pdf.")]
    [InlineData("Ehdot ovat asiakirjassa kauppakirja-`meikalainen`.pdf.")]
    [InlineData("Ehdot ovat asiakirjassa kauppa~~kirja~~-meikalainen.pdf.")]
    [InlineData("Ehdot ovat asiakirjassa kauppakirja&ZeroWidthSpace;-meikalainen.pdf.")]
    [InlineData("Ehdot ovat asiakirjassa kauppakirja-meika&InvisibleTimes;lainen.pdf.")]
    [InlineData("Ehdot ovat asiakirjassa kauppakirja\u200E-meikalainen\u200B.pdf.")]
    // Letters that look alike: full-width ones and a word processor's hyphen.
    [InlineData("Ehdot ovat asiakirjassa ｋａｕｐｐａｋｉｒｊａ-meikalainen.pdf.")]
    [InlineData("Ehdot ovat asiakirjassa kauppakirja\u2010meikalainen.pdf.")]
    [InlineData("Ehdot ovat asiakirjassa kauppakirja\u2011meikalainen．pdf.")]
    // A link's address shown as code is text: no check of links reads it.
    [InlineData("Esimerkiksi `[ehdot](../2024/tontti/kauppakirja-meikalainen.pdf)`.")]
    [InlineData("Esimerkiksi `<a href=\"../2024/tontti/kauppakirja-meikalainen.pdf\">`.")]
    public void The_name_in_quotes_brackets_a_path_escaped_or_another_sites_address_is_an_error(string sentence)
    {
        using var site = Site(sentence, "kauppakirja-meikalainen.pdf");

        var result = site.BuildOn(BuildDate);

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(("DP0250", 12), (error.Code, error.Location.Line));
    }

    [Theory]
    [InlineData("Ehdot ovat asiakirjassa Kauppakirja\nMeikäläinen.pdf, joka on salainen.")]
    [InlineData("Ehdot ovat asiakirjassa Kauppakirja&nbsp;Meikäläinen.pdf, joka on salainen.")]
    [InlineData("Ehdot ovat asiakirjassa Kauppakirja\u00A0Meikäläinen.pdf, joka on salainen.")]
    [InlineData("Ehdot ovat asiakirjassa Kauppakirja%20Meikäläinen.pdf, joka on salainen.")]
    public void A_name_with_a_space_wrapped_or_written_with_another_space_is_an_error(string sentence)
    {
        using var site = Site(sentence, "Kauppakirja Meikäläinen.pdf");

        var result = site.BuildOn(BuildDate);

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(("DP0250", 12), (error.Code, error.Location.Line));
    }

    // The page shows the name whole across the line's break, the search's snippet with a space after
    // the hyphen (session 34: published without a word).
    [Theory]
    [InlineData("Ehdot ovat asiakirjassa kauppakirja-\nmeikalainen.pdf, joka on salainen.")]
    [InlineData("Ehdot ovat asiakirjassa kauppakirja\u2010\r\nmeikalainen.pdf, joka on salainen.")]
    [InlineData("Ehdot ovat asiakirjassa kauppakirja-meika\\\nlainen.pdf, joka on salainen.")]
    [InlineData("Ehdot ovat asiakirjassa kauppakirja-meika  \nlainen.pdf, joka on salainen.")]
    public void A_name_broken_by_a_line_at_its_hyphen_or_by_a_hard_break_is_an_error(string sentence)
    {
        using var site = Site(sentence, "kauppakirja-meikalainen.pdf");

        var result = site.BuildOn(BuildDate);

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(("DP0250", 12), (error.Code, error.Location.Line));
    }

    // Another name, which a line breaks at a hyphen of its own; words a line's end or a hard break parts.
    [Theory]
    [InlineData("Hakemuksen liitteenä on kauppa-\nkirja.pdf ja kartta.")]
    [InlineData("Kaupan osto- ja myyntiehdot ovat kauppakirjassa.  \nPdf-tiedosto on arkistossa.")]
    [InlineData("Liitteenä on kauppa\nkirja.pdf ja kartta.")]
    public void A_name_of_its_own_broken_at_a_hyphen_or_words_across_a_break_are_no_name(string sentence)
    {
        using var site = Site(sentence, "kauppakirja.pdf");

        var result = site.BuildOn(BuildDate);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "DP0250" or "DP0251");
    }

    [Fact]
    public void The_name_in_a_dissents_text_is_an_error()
    {
        using var site = Site("Ehdot ovat liitteessä.", "kauppakirja-meikalainen.pdf", "dissent:\n  - { name: Anna Aho, text: \"Kauppakirja-meikalainen.pdf olisi pitänyt julkaista.\" }");

        var result = site.BuildOn(BuildDate);

        Assert.Equal("DP0250", Assert.Single(result.Diagnostics, d => d.IsError).Code);
    }

    // An old address is a page of the site, its folder named as written.
    [Fact]
    public void The_name_in_an_alias_is_an_error()
    {
        using var site = Site("Ehdot ovat liitteessä.", "kauppakirja-meikalainen.pdf", "aliases: [/fi/kauppakirja-meikalainen.pdf/]");

        var result = site.BuildOn(BuildDate);

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
    }

    // Every address raw HTML shows is read by the check of links, in the title as in the text.
    [Theory]
    [InlineData("<iframe src=\"../2024/tontti/kauppakirja-meikalainen.pdf\"></iframe>", 12)]
    [InlineData("<video data-src=\"../2024/tontti/kauppakirja-meikalainen.pdf\"></video>", 12)]
    [InlineData("<object data=\"../2024/tontti/kauppakirja-meikalainen.pdf\"></object>", 12)]
    [InlineData("<meta http-equiv=\"refresh\" content=\"0; url=../2024/tontti/kauppakirja-meikalainen.pdf\">", 12)]
    public void A_raw_html_address_of_the_withheld_file_is_told_once_by_the_links_check(string html, int line)
    {
        using var site = Site(html, "kauppakirja-meikalainen.pdf");

        var result = site.BuildOn(BuildDate);

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(("DP0176", line), (error.Code, error.Location.Line));
    }

    // An address no check of links reads: another scheme's, the page's own fragment or query, or
    // one from the site's root outside the withheld file's folder (rev33a: none was told).
    [Theory]
    [InlineData("Kirjoita [meille](mailto:kauppakirja-meikalainen.pdf@example.fi).")]
    [InlineData("Soita [tästä](tel:kauppakirja-meikalainen.pdf).")]
    [InlineData("Kirjoita <a href=\"mailto:kauppakirja-meikalainen.pdf@example.fi\">meille</a>.")]
    [InlineData("Katso [tämä](#kauppakirja-meikalainen.pdf).")]
    [InlineData("Katso [tämä](?kauppakirja-meikalainen.pdf).")]
    [InlineData("Katso [juuri](/kauppakirja-meikalainen.pdf).")]
    [InlineData("Katso [juuri](/muu/kauppakirja-meikalainen.pdf).")]
    [InlineData("Katso <a href=\"#kauppakirja-meikalainen.pdf\">tämä</a>.")]
    [InlineData("Katso <a href=\"../2024/tontti/kauppakirja-meikalainen.pdf%00\">tämä</a>.")]
    public void The_name_in_an_address_no_check_of_links_reads_is_an_error(string sentence)
    {
        using var site = Site(sentence, "kauppakirja-meikalainen.pdf");

        var result = site.BuildOn(BuildDate);

        Assert.Equal("DP0250", Assert.Single(result.Diagnostics, d => d.IsError).Code);
    }

    // The key, the case's number and the voters' names are published on the page, in the open data and the feeds.
    [Theory]
    [InlineData("dnro: KEMI/kauppakirja-meikalainen.pdf/2025", 8)]
    [InlineData("votes: { for: [Matti Meikäläinen], against: [kauppakirja-meikalainen.pdf] }", 8)]
    [InlineData("dissent: [{ name: kauppakirja-meikalainen.pdf }]", 8)]
    public void The_name_in_a_published_field_is_an_error(string field, int line)
    {
        using var site = Site("Ehdot ovat liitteessä.", "kauppakirja-meikalainen.pdf", field);

        var result = site.BuildOn(BuildDate);

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(("DP0250", line), (error.Code, error.Location.Line));
    }

    // A draft's attachment and one under 'personal: [attachments]' leave the site; their names
    // written as text stay with it (rev33a: published after the last day without a word).
    [Theory]
    [InlineData("Katso lausunto-virtanen.pdf tekstinä.")]
    [InlineData("Katso ../lausunto/lausunto-virtanen.pdf tekstinä.")]
    [InlineData("Katso `lausunto-virtanen.pdf` koodina.")]
    [InlineData("Katso [lausunto-virtanen.pdf](https://muu.example/).")]
    [InlineData("Katso luonnos-hakemus.pdf tekstinä.")]
    [InlineData("Katso <a href=\"../luonnos/luonnos-hakemus.pdf\"x>.")]
    [InlineData("Katso <a href=\"../lausunto/lausunto-virtanen.pdf::$DATA\">x</a>.")]
    [InlineData("Katso <a href=\"../lausunto/lausunto-virtanen.pdf%00\">x</a>.")]
    [InlineData("Katso <div style=\"background:url(../lausunto/lausunto-virtanen.pdf)\">x</div>.")]
    [InlineData("Katso <iframe srcdoc=\"&lt;a href='../lausunto/lausunto-virtanen.pdf'&gt;\"></iframe>.")]
    public void The_name_of_an_attachment_that_leaves_the_site_written_as_text_is_an_error(string sentence)
    {
        using var site = Passing(sentence);

        var result = site.BuildOn(BuildDate);

        Assert.Contains(result.Diagnostics, d => d.Code == "DP0253" && d.IsError);
    }

    [Fact]
    public void A_link_to_an_attachment_that_leaves_the_site_is_no_name_written_as_text()
    {
        using var site = Passing("Katso [lausunto](../lausunto/lausunto-virtanen.pdf).");

        var result = site.BuildOn(BuildDate);

        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "DP0253" or "DP0254");
    }

    [Fact]
    public void The_name_of_an_attachment_that_leaves_the_site_that_a_published_one_has_too_is_a_warning()
    {
        using var site = Passing("Katso liite-1.pdf tekstinä.", "liite-1.pdf");

        var result = site.BuildOn(BuildDate);

        Assert.Equal("DP0254", Assert.Single(result.Diagnostics, d => d.Code is "DP0253" or "DP0254").Code);
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
    }

    // A draft's agenda or map has a name the city's other sites use for files of their own (rev33b):
    // another site's address ending in it is that site's file, which does not leave with this one's.
    [Theory]
    [InlineData("Katso [ohje](https://www.kemi.fi/kaavoitus/lausunto-virtanen.pdf).")]
    [InlineData("Katso <https://www.kemi.fi/kaavoitus/luonnos-hakemus.pdf>.")]
    [InlineData("Katso <a href=\"//www.kemi.fi/luonnos-hakemus.pdf\">ohje</a>.")]
    public void Another_sites_address_ending_in_the_name_of_an_attachment_that_leaves_the_site_is_no_error(string sentence)
    {
        using var site = Passing(sentence);

        var result = site.BuildOn(BuildDate);

        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "DP0253" or "DP0254");
    }

    // A link by the site's address to the lasting file of that name is that file's (rev33b: a warning).
    [Theory]
    [InlineData("Katso [liite](/fi/paatokset/2025/julkinen/liite-1.pdf).")]
    [InlineData("Katso [liite](https://paatokset.esimerkkila.example/fi/paatokset/2025/julkinen/liite-1.pdf).")]
    public void A_link_by_the_sites_address_to_the_lasting_file_of_the_same_name_is_no_name_written(string sentence)
    {
        using var site = Passing(sentence, "liite-1.pdf");

        var result = site.BuildOn(BuildDate);

        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "DP0253" or "DP0254");
    }

    // A published attachment's file name is published, on its links and as the file (rev33b), and
    // so are the folders it is in, in its address (rev36).
    [Theory]
    [InlineData("kauppakirja-meikalainen.pdf.pdf")]
    [InlineData("kauppakirja-meikalainen.pdf/liite.pdf")]
    public void A_published_attachments_file_name_containing_a_confidential_attachments_name_is_an_error(string file)
    {
        using var site = Site("Kopio on liitteenä.", "kauppakirja-meikalainen.pdf",
            more: $"-- content/fi/2025/{file} --\n%PDF-1.4\n",
            extra: $"attachments:\n  - {{ title: Kopio, file: {file} }}");

        var result = site.BuildOn(BuildDate);

        Assert.Contains(result.Diagnostics, d => d.Code == "DP0250" && d.IsError);
    }

    // A meta tag's content is an address only as a refresh's url: a description's words are none.
    [Fact]
    public void A_meta_description_naming_a_file_is_no_link()
    {
        using var site = Site("<meta name=\"description\" content=\"Päätös ja liite-1.pdf sekä kartta\">", "kauppakirja-meikalainen.pdf");

        var result = site.BuildOn(BuildDate);

        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
    }

    [Fact]
    public void A_relative_link_to_the_withheld_file_is_told_once_by_the_links_check()
    {
        using var site = Site("Ehdot ovat [kauppakirjassa](../2024/tontti/kauppakirja-meikalainen.pdf).", "kauppakirja-meikalainen.pdf");

        var result = site.BuildOn(BuildDate);

        Assert.Equal("DP0176", Assert.Single(result.Diagnostics, d => d.IsError).Code);
    }

    [Theory]
    // A word that is the file's stem is a word of the language.
    [InlineData("Kauppakirja allekirjoitetaan kaupungintalolla, ja kauppakirjan liitteet toimitetaan ostajalle.")]
    // Another file whose name ends alike.
    [InlineData("Hakemuksen liitteenä on uusi-kauppakirja.pdf ja kartta.")]
    // A '_' between letters is a letter of the name, not a mark.
    [InlineData("Hakemuksen liitteenä on kauppa_kirja.pdf ja kartta.")]
    public void A_word_or_another_name_is_no_name_of_the_attachment(string sentence)
    {
        using var site = Site(sentence, "kauppakirja.pdf");

        var result = site.BuildOn(BuildDate);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "DP0250" or "DP0251");
    }

    [Fact]
    public void A_name_that_the_texts_own_decision_publishes_is_its_own_attachments()
    {
        using var site = Site("Liitteenä on kartta.pdf.", "kartta.pdf", "attachments:\n  - { title: Kartta, file: kartta.pdf }");

        var result = site.BuildOn(BuildDate);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "DP0250" or "DP0251");
    }

    [Fact]
    public void A_name_that_another_published_decision_has_too_is_a_warning()
    {
        using var site = Site("Liitteenä olevasta kartta.pdf-tiedostosta näkyy tontin raja.", "kartta.pdf", more: $"""
            -- content/sv/2025/tiedoksianto.md --
            {Decisions.Swedish(title: "Delgivning av tomtförsäljningen", date: "2025-01-29", extra: "attachments:\n  - { title: Karta, file: kartta.pdf }")}
            -- content/sv/2025/kartta.pdf --
            %PDF-1.4
            """);

        var result = site.BuildOn(BuildDate);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal("DP0251", Assert.Single(result.Diagnostics, d => d.Code is "DP0250" or "DP0251").Code);
    }

    // A withdrawn decision's title is published nowhere (it leaves the site): red32 gave DP0250
    // for its own attachment's name there, which blocked the withdrawal itself.
    [Fact]
    public void A_withdrawn_decisions_own_title_is_not_published_and_not_checked()
    {
        using var site = new TestSite($"""
            -- content/fi/2025/peruttu.md --
            {Decisions.Finnish(title: "Uniikkiotsikko liite.pdf", date: "2025-01-29", extra: "withdrawn: 2025-02-01\nattachments:\n  - { title: Liite, file: liite.pdf }")}
            -- content/fi/2025/liite.pdf --
            %PDF-1.4
            """);

        var result = site.BuildOn(BuildDate);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "DP0250" or "DP0251");
        Assert.Empty(site.FilesContaining("Uniikkiotsikko"));
    }

    // The published decision's text at line 12 (without 'extra'); the confidential one, of the year before, lists the file.
    // A person's title is on the page and in the open data as a text is.
    [Fact]
    public void The_name_in_the_preparers_title_is_an_error()
    {
        using var site = new TestSite($"""
            -- content/fi/2025/tiedoksianto.md --
            {Decisions.Finnish(title: "Tontin myynnin tiedoksianto", date: "2025-01-29").Replace("title: Tekninen johtaja", "title: Tekninen johtaja kauppakirja-meikalainen.pdf")}
            -- content/fi/2024/tontti.md --
            {Decisions.Finnish(title: "Tontin myynti", date: "2024-11-20", extra: "confidential: true\nattachments:\n  - { title: Kauppakirja, file: kauppakirja-meikalainen.pdf }")}
            -- content/fi/2024/kauppakirja-meikalainen.pdf --
            %PDF-1.4
            """);

        var result = site.BuildOn(BuildDate);

        Assert.Equal("DP0250", Assert.Single(result.Diagnostics, d => d.IsError).Code);
    }

    private static TestSite Passing(string sentence, string shared = "julkinen.pdf") => new($"""
        -- content/fi/2025/tiedoksianto.md --
        {Decisions.Finnish(title: "Tiedoksianto", date: "2025-01-29", text: $"Kaupunginhallitus on antanut lausunnon.\n\n{sentence}")}
        -- content/fi/2025/julkinen.md --
        {Decisions.Finnish(title: "Julkinen", date: "2025-01-26", extra: $"attachments: [{"{"} title: Liite, file: {shared} {"}"}]")}
        -- content/fi/2025/{shared} --
        %PDF-1.4
        -- content/fi/2025/lausunto.md --
        {Decisions.Finnish(title: "Lausunto", date: "2025-01-28", extra: $"personal: [attachments]\nattachments: [{"{"} title: Lausunto, file: lausunto-virtanen.pdf {"}"}, {"{"} title: Liite, file: liitteet/{shared} {"}"}]")}
        -- content/fi/2025/liitteet/{shared} --
        %PDF-1.4
        -- content/fi/2025/lausunto-virtanen.pdf --
        %PDF-1.4
        -- content/fi/2025/luonnos.md --
        {Decisions.Finnish(title: "Luonnos", date: "2025-01-27", extra: "draft: true\nattachments: [{ title: Hakemus, file: luonnos-hakemus.pdf }]")}
        -- content/fi/2025/luonnos-hakemus.pdf --
        %PDF-1.4
        """);

    private static TestSite Site(string sentence, string file, string extra = "", string more = "") => new($"""
        -- content/fi/2025/tiedoksianto.md --
        {Decisions.Finnish(title: "Tontin myynnin tiedoksianto", date: "2025-01-29", extra: extra, text: $"Kaupunginhallitus on myynyt tontin.\n\n{sentence}")}
        -- content/fi/2024/tontti.md --
        {Decisions.Finnish(title: "Tontin myynti", date: "2024-11-20", extra: $"confidential: true\nattachments:\n  - {"{"} title: Kauppakirja, file: {file} {"}"}")}
        -- content/fi/2024/{file} --
        %PDF-1.4
        {(extra.Length > 0 ? "-- content/fi/2025/kartta.pdf --\n%PDF-1.4\n" : "")}{more}
        """);
}
