using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Content;

/// <summary>A personal-data mark that is almost right would be published for ever: each is an error at its line, with the right form.</summary>
public sealed class PersonalMarkTests
{
    private const string RightForm = "write [[…]]{.personal}: two square brackets on each side of the words and {.personal} right after them";

    private static DecisionsPortal.Diagnostics.Diagnostic SingleError(string text)
    {
        using var site = new TestSite("-- content/fi/2025/a.md --\n" + Decisions.Finnish(text: "Ensimmäinen kappale.\n\n" + text));
        var result = site.Build();
        Assert.False(result.Succeeded);
        return Assert.Single(result.Diagnostics, d => d.Severity == DecisionsPortal.Diagnostics.Severity.Error);
    }

    [Theory]
    [InlineData("Paikalla oli [Matti Meikäläinen]{.personal}.", 14, "a personal-data mark needs two square brackets on each side, not 1 and 1")]
    [InlineData("Paikalla oli [[Maija Mallikas]]{.personaali}.", 14, "'{.personaali}' is not a personal-data mark")]
    [InlineData("Paikalla oli [[Maija Mallikas]]{.persnal}.", 14, "'{.persnal}' is not a personal-data mark")]
    [InlineData("Paikalla oli [[Pekka Puu]] {.personal}.", 14, "a personal-data mark has no space or line break between ']]' and '{'")]
    [InlineData("Paikalla oli [[Pekka Puu]]\n{.personal}.", 14, "a personal-data mark has no space or line break between ']]' and '{'")]
    [InlineData("Paikalla oli [[Pekka Puu]]{.Personal}.", 14, "a personal-data mark is written '{.personal}' in small letters, not '{.Personal}'")]
    public void An_almost_right_mark_is_an_error_at_its_line_and_column_with_the_right_form(string text, int column, string problem)
    {
        var error = SingleError(text);

        Assert.Equal("DP0110", error.Code);
        Assert.EndsWith("content/fi/2025/a.md", error.Location.Path.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.Equal(12, error.Location.Line);
        Assert.Equal(column, error.Location.Column);
        Assert.Equal($"{problem}; {RightForm}", error.Message);
    }

    [Theory]
    [InlineData("Paikalla oli [[Matti [kotisivu](https://example.org/) Meikäläinen]]{.personal}.", 66)]
    [InlineData("Paikalla oli [[Matti [[Maija]]{.personal} Meikäläinen]]{.personal}.", 54)]
    [InlineData("Paikalla oli [[Matti (ks. [liite]) Meikäläinen]]{.personal}.", 47)]
    public void A_mark_whose_words_hold_a_bracket_is_an_error_because_no_mark_would_be_read(string text, int column)
    {
        var error = SingleError(text);

        Assert.Equal("DP0110", error.Code);
        Assert.Equal(12, error.Location.Line);
        Assert.Equal(column, error.Location.Column);
        Assert.Equal("the words of a personal-data mark cannot hold a square bracket (a link, an image or another mark), so it would be published as written; " + RightForm, error.Message);
    }

    [Fact]
    public void The_message_never_repeats_the_marked_words()
    {
        Assert.DoesNotContain("Mallikas", SingleError("[[Maija Mallikas]]{.personaali}").Message);
    }

    [Fact]
    public void An_almost_right_mark_in_a_front_matter_field_is_an_error_at_the_fields_line()
    {
        using var site = new TestSite("-- content/fi/2025/a.md --\n" + Decisions.Finnish(
            extra: "dissent:\n  - name: Eero Esa\n    text: \"Asukas [Kalle Kantaja]{.personal} valitti.\""));

        var error = Assert.Single(site.Build().Diagnostics, d => d.Code == "DP0110");

        Assert.Equal(10, error.Location.Line);
        Assert.Equal(19, error.Location.Column);
    }

    [Fact]
    public void An_almost_right_mark_in_a_meeting_file_is_an_error_at_its_line()
    {
        using var site = new TestSite("-- content/fi/2025/a.md --\n" + Decisions.Finnish() + """

            -- content/fi/meetings/kaupunginhallitus/2025-03-14.md --
            ---
            place: Kaupungintalo
            attendees: ["[[Liisa Puheenjohtaja]] {.personal}"]
            ---
            Sihteerinä [[Sanna Sihteeri]]{.persona}.
            """);

        var errors = site.Build().Diagnostics.Where(d => d.Code == "DP0110").Select(d => d.Location.Line).ToList();

        Assert.Equal([3, 5], errors);
    }

    [Theory]
    [InlineData("preparer: { name: \"[[Maija Meikäläinen]]{.personal}\", title: Tekninen johtaja }", "preparer", 5)]
    [InlineData("presenter: \"Kaupunginjohtaja [[Olli Esimerkki]]{.personal}\"", "presenter", 6)]
    public void A_mark_in_the_preparer_or_presenter_is_refused_because_the_officials_name_is_always_published(string field, string name, int line)
    {
        var file = Decisions.Finnish();
        file = name == "preparer"
            ? file.Replace("preparer: { name: Maija Meikäläinen, title: Tekninen johtaja }", field)
            : file.Replace("presenter: { name: Olli Esimerkki, title: Kaupunginjohtaja }", field);
        using var site = new TestSite("-- content/fi/2025/a.md --\n" + file);

        var error = Assert.Single(site.Build().Diagnostics, d => d.Code == "DP0111");

        Assert.Equal(line, error.Location.Line);
        Assert.Equal($"'{name}' names the official who answers for the decision and is always published, so it cannot hold a personal-data mark; remove [[ ]]{{.personal}} from it", error.Message);
    }

    [Theory]
    [InlineData("dnro: \"KEM/[[Matti Meikäläinen]]{.personal}/2025\"", "dnro")]
    [InlineData("key: \"[[Matti Meikäläinen]]{.personal}\"", "key")]
    [InlineData("aliases: [\"/vanha/[[Matti Meikäläinen]]{.personal}/\"]", "aliases")]
    public void A_mark_in_an_identifier_or_address_is_refused_because_it_could_never_expire(string extra, string field)
    {
        using var site = new TestSite("-- content/fi/2025/a.md --\n" + Decisions.Finnish(extra: extra));

        var error = Assert.Single(site.Build().Diagnostics, d => d.Code == "DP0111");

        Assert.Equal(8, error.Location.Line);
        Assert.StartsWith($"'{field}' is an identifier or an address and is always published", error.Message);
    }

    [Theory]
    [InlineData("[linkki](https://example.org/){.personal}")]
    [InlineData("Hakasulkeet [a] ja aaltosulkeet {b} eivät ole merkintä.")]
    [InlineData("[[Matti Meikäläinen]]{ .personal }")]
    [InlineData("[[Matti\nMeikäläinen]]{.personal}")]
    public void Text_that_is_not_a_mark_gone_wrong_is_no_error(string text)
    {
        using var site = new TestSite("-- content/fi/2025/a.md --\n" + Decisions.Finnish(text: text));

        Assert.DoesNotContain(site.Build().Diagnostics, d => d.Code == "DP0110");
    }

    [Fact]
    public void A_links_or_an_email_address_holding_marked_words_is_a_warning_there_since_the_address_stays_after_the_last_day()
    {
        // The mark's words leave the page on the day after the last day; the address of a link
        // beside them is published as written, and the name in it stays.
        var text = """
            Hakija [[Pekka Hakija]]{.personal} ([sähköposti](mailto:pekka.hakija@example.fi)).
            Lehti kirjoitti: <https://lehti.example/uutiset/Pekka_Hakija-sai-luvan>, [juttu][lehti] ja [[<mailto:pekka.hakija@example.fi>]]{.personal}.
            Kaupungin [ohje](https://kemi.example/hakija/ohjeet) ei nimeä ketään. Yhteystiedot: pekka.hakija@example.fi.

            [lehti]: https://lehti.example/pekka%20hakija
            """;
        using var site = new TestSite("-- content/fi/2025/a.md --\n" + Decisions.Finnish(extra: "decision: \"Myönnetään, ks. [hakemus](https://asiointi.example/hakemukset/pekka-hakija).\"", text: text));

        var result = site.Build();
        var warnings = result.Diagnostics.Where(d => d.Code == "DP0177" && !d.IsError).Select(d => (d.Location.Line, d.Location.Column)).ToList();

        // The decision field at its line; the text's links where they are written. A warning, as
        // an error would stop the nightly build that takes the site's expired marks off it.
        Assert.Equal([(8, 1), (10, 37), (11, 18), (11, 74), (12, 85), (14, 1)], warnings.Order().ToList());
        Assert.True(result.Succeeded);
    }

    [Theory]
    [InlineData("Yhteys: [pekka.hakija@example.fi](https://example.fi/yhteystiedot).", "pekka.hakija@")]
    [InlineData("Hakemus: <a href=\"https://asiointi.example/pekka-hakija\">linkki</a>.", "https://asiointi")]
    [InlineData("Lehti kirjoitti siitä: yle.fi/uutiset/pekka-hakija-sai-luvan.", "yle.fi")]
    [InlineData("Yhteys: [pekka.hakija@example.fi](mailto:pekka.hakija@example.fi).", "[pekka")]
    public void An_address_written_as_the_text_of_a_link_as_pasted_html_or_bare_is_warned_about_once(string written, string at)
    {
        // Each is published as written (raw HTML is shown as text) and keeps the name after the last day.
        using var site = new TestSite("-- content/fi/2025/a.md --\n" + Decisions.Finnish(text: "Hakija [[Pekka Hakija]]{.personal}.\n" + written));

        var result = site.Build();

        var warning = Assert.Single(result.Diagnostics, d => d.Code == "DP0177");
        Assert.Equal((11, written.IndexOf(at, StringComparison.Ordinal) + 1), (warning.Location.Line, warning.Location.Column));
        Assert.True(result.Succeeded);
    }

    [Theory]
    [InlineData("dissent:\n  - { name: Eero Esa, text: \"Ks. https://lehti.example/pekka-hakija-valitti\" }", 8)]
    [InlineData("attachments:\n  - { title: \"Hakemus (https://asiointi.example/pekka-hakija)\", file: liite.txt }", 9)]
    public void An_address_in_a_dissents_text_or_an_attachments_title_is_warned_about_at_its_field(string extra, int line)
    {
        // These texts are published as written, not read as Markdown; the address in them too.
        using var site = new TestSite("-- content/fi/2025/a.md --\n" + Decisions.Finnish(extra: extra, text: "Hakija [[Pekka Hakija]]{.personal}.")
            + "\n-- content/fi/2025/liite.txt --\nHakemus.");

        var result = site.Build();

        var warning = Assert.Single(result.Diagnostics, d => d.Code == "DP0177");
        Assert.Equal(line, warning.Location.Line);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void A_surname_marked_alone_is_not_looked_for_in_other_sites_addresses_nor_a_confidential_decisions_links()
    {
        // Laurila and Strand are places too; a confidential decision publishes none of its texts.
        var text = """
            Naapuri [[Laurila]]{.personal} ja [[Strand]]{.personal} huomauttivat. [Laurilan kylä](https://www.keminmaa.fi/laurila/kartta), [uimaranta](https://www.kemi.fi/strand/uimaranta).
            """;
        using var site = new TestSite("-- content/fi/2025/a.md --\n" + Decisions.Finnish(text: text)
            + "\n-- content/fi/2025/b.md --\n" + Decisions.Finnish(title: "Salainen", extra: "confidential: true", text: "Hakija [[Pekka Hakija]]{.personal}, [sähköposti](mailto:pekka.hakija@example.fi)."));

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "DP0177" or "DP0109");
    }

    // Run as the tool runs, without ICU: a letter the slug dropped ('Čapek' as 'apek') made the
    // marked name's address words differ from the file name's, and the name was published for ever.
    // Each file's name spells its marked name plainly.
    private static readonly Dictionary<string, string> OtherAlphabetNames = new()
    {
        ["valitus-jan-capek"] = "Jan Čapek",
        ["lech-walesa-valitus"] = "Lech Wałęsa",
        ["antonin-dvorak"] = "Antonín Dvořák",
        ["dorde-peric-hakemus"] = "Đorđe Perić",
        ["maret-nuolja"] = "Máret Ŋuolja",
        ["jovan-dordevic-valitus"] = "Jovan Ђорђевић",
        ["nguyen-van-hung"] = "Nguyễn Văn Hùng",
        ["wang-xiaoming-hakemus"] = "Wang Xiaoming 王晓明",
    };

    public static readonly TheoryData<string> OtherAlphabets = new(OtherAlphabetNames.Keys);

    // The cases' files in one site, checked by one process (a start of the tool is seconds of CPU).
    private static readonly Lazy<(int Exit, string[] Errors)> OtherAlphabetsChecked = new(() =>
    {
        using var site = new TestSite(string.Concat(OtherAlphabetNames.Select((c, i) => $"-- content/fi/2025/{c.Key}.md --\n" + Decisions.Finnish(title: $"Valitus {i + 1}", text: $"Hakija [[{c.Value}]]{{.personal}} valitti.") + "\n")));
        var (exit, _, stderr) = GeneratorProcess.Run(new Dictionary<string, string>(), "check", "--config", site.ConfigPath, "--lang", "en");
        return (exit, stderr.Split('\n').Where(l => l.Contains("error DP", StringComparison.Ordinal)).ToArray());
    });

    [Theory]
    [MemberData(nameof(OtherAlphabets))]
    public void A_marked_name_with_letters_of_other_alphabets_is_found_in_the_file_name_that_spells_it_plainly(string file)
    {
        var (exit, errors) = OtherAlphabetsChecked.Value;

        Assert.Equal(1, exit);
        Assert.Equal(OtherAlphabetNames.Count, errors.Length);
        var error = Assert.Single(errors, l => l.Contains($"/{file}.md(", StringComparison.Ordinal));
        Assert.Contains($"{file}.md(1,1): error DP0109: ", error, StringComparison.Ordinal);
    }
}
