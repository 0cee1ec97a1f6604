using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Site;

/// <summary>
/// Finnish minutes inflect a name where the sentence needs it ('myönnetään Maija Meikäläiselle',
/// 'pyydetään Pekka Virtaselta'), and list attendance surname first. The name marked once and
/// written so elsewhere stayed on the site after the last day without a word (seen on main):
/// the marked first name(s) with the surname inflected are the name, an error as the same words
/// uninflected are; the surname alone (inflected or not) may be a relative or another sense of
/// the word, a warning. A word that only shares the surname's stem, in small letters or of
/// another name, is left alone.
/// </summary>
public sealed class InflectedNamesTests
{
    private static readonly DateOnly BuildDate = new(2025, 3, 1);

    [Theory]
    [InlineData("Maija Meikäläinen", "Kaupunginhallitus myöntää avustuksen Maija Meikäläiselle.", 38)]
    [InlineData("Pekka Virtanen", "Lisäselvitystä pyydetään Pekka Virtaselta ennen asian käsittelyä.", 26)]
    [InlineData("Matti Korhonen", "Päätös annetaan tiedoksi Matti Korhoselle saantitodistusta vastaan.", 26)]
    [InlineData("Anna Koski", "Asiassa kuultiin Anna Kosken asiamiestä.", 18)]
    [InlineData("Eero Salo", "Rakennuslupa myönnetään Eero Salolle liitteen 2 mukaisin ehdoin.", 25)]
    [InlineData("Liisa Mäkelä", "Lausunto on pyydetty Liisa Mäkelältä 14.2.2025.", 22)]
    [InlineData("Anna Liisa Lahtinen", "Oikaisuvaatimus hylätään, ja päätös annetaan tiedoksi Anna Liisa Lahtiselle.", 55)]
    [InlineData("Zacharias Quorvinen", "Hakemus palautetaan Zacharias Quorviselle täydennettäväksi.", 21)]
    // Gradation changes the surname's second letter on (rev31a): Mäki, Mäen; Susi, Sudelle.
    [InlineData("Anna Mäki", "Lausunto pyydetään Anna Mäeltä ennen asian käsittelyä.", 20)]
    [InlineData("Marja Susi", "Avustus myönnetään Marja Sudelle.", 20)]
    // A name in -s builds its forms on -kse- (rev31a): Kallas, Kallaksen, Kallasta.
    [InlineData("Pekka Kallas", "Avustus myönnetään Pekka Kallakselle.", 20)]
    [InlineData("Pekka Kallas", "Asiassa kuultiin Pekka Kallasta.", 18)]
    [InlineData("Pekka Virtanen", "Asiassa kuultiin Pekka Virtasta.", 18)]
    [InlineData("Zacharias Quorvinen", "Hakemus palautetaan\nZacharias Quorviselle täydennettäväksi.", 1)]
    // The given name inflected in the same case as the surname: only a warning of the surname before.
    [InlineData("Maija Meikäläinen", "Päätös annetaan tiedoksi Maijalle Meikäläiselle.", 26)]
    [InlineData("Pekka Virtanen", "Lisäselvitystä pyydetään Pekalta Virtaselta ennen asian käsittelyä.", 26)]
    [InlineData("Mari Koski", "Asiassa kuultiin Marin Kosken asiamiestä.", 18)]
    [InlineData("Anna Liisa Lahtinen", "Päätös annetaan tiedoksi Anna Liisalle Lahtiselle.", 26)]
    public void The_marked_name_with_its_surname_inflected_is_an_unmarked_copy(string name, string sentence, int column)
    {
        var result = Build($"Hakemuksen jätti [[{name}]]{{.personal}}.\n\n{sentence}");

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("DP0109", error.Code);
        Assert.Equal((sentence.Contains('\n') ? 13 : 12, column), (error.Location.Line, error.Location.Column));
    }

    // A machine without libvoikko (or with it turned off, as for the search) reads a word by the
    // case endings Finnish gives a name of the marked one's shape, which reach the commonest forms too.
    [Theory]
    [InlineData("Maija Meikäläinen", "Avustus myönnetään Maija Meikäläiselle.")]
    [InlineData("Anna Koski", "Asiassa kuultiin Anna Kosken asiamiestä.")]
    [InlineData("Liisa Mäkelä", "Lausunto on pyydetty Liisa Mäkelältä.")]
    public void Without_the_dictionary_the_inflected_copy_is_still_found_by_its_ending(string name, string sentence)
    {
        var (exit, output) = InflectedChecked.Value;
        var file = FileOf(InflectedWithoutDictionary, name, sentence);

        Assert.Equal(1, exit);
        Assert.Contains(output.Split('\n'), l => l.Contains($"{file}(12,", StringComparison.Ordinal) && l.Contains("error DP0109", StringComparison.Ordinal));
    }

    // Without the dictionary a word is a form only as Finnish inflects a name of that shape: a
    // stem's guess took these other people's names for the marked one's forms (rev31c).
    [Theory]
    [InlineData("Erik Lind", "Lausunnon antoi Erik Lindén.")]
    [InlineData("Erik Berg", "Lausunnon antoi Erik Bergen.")]
    [InlineData("Eino Rinne", "Asian esitteli Eino Rinta.")]
    [InlineData("Anna Salmi", "Asian esitteli Anna Salme.")]
    public void Without_the_dictionary_another_name_of_a_like_stem_is_no_copy(string name, string sentence)
    {
        var (exit, output) = LikeStemsChecked.Value;
        var file = FileOf(LikeStemsWithoutDictionary, name, sentence);

        Assert.DoesNotContain(output.Split('\n'), l => l.Contains(file, StringComparison.Ordinal) && l.Contains("DP0109", StringComparison.Ordinal));
        Assert.DoesNotContain("DP0109", output, StringComparison.Ordinal);
        Assert.Equal(0, exit);
    }

    // The cases of each theory above, a decision each in one site.
    private static readonly (string Name, string Sentence)[] InflectedWithoutDictionary =
    [
        ("Maija Meikäläinen", "Avustus myönnetään Maija Meikäläiselle."),
        ("Anna Koski", "Asiassa kuultiin Anna Kosken asiamiestä."),
        ("Liisa Mäkelä", "Lausunto on pyydetty Liisa Mäkelältä."),
    ];

    private static readonly (string Name, string Sentence)[] LikeStemsWithoutDictionary =
    [
        ("Erik Lind", "Lausunnon antoi Erik Lindén."),
        ("Erik Berg", "Lausunnon antoi Erik Bergen."),
        ("Eino Rinne", "Asian esitteli Eino Rinta."),
        ("Anna Salmi", "Asian esitteli Anna Salme."),
    ];

    private static readonly Lazy<(int Exit, string Output)> InflectedChecked = new(() => CheckWithoutDictionary(InflectedWithoutDictionary));

    private static readonly Lazy<(int Exit, string Output)> LikeStemsChecked = new(() => CheckWithoutDictionary(LikeStemsWithoutDictionary));

    private static string FileOf((string Name, string Sentence)[] cases, string name, string sentence) =>
        $"avustus-{Array.IndexOf(cases, (name, sentence)) + 1}.md";

    // One check of all a theory's cases, by the tool's own process (as CI runs it), with the base
    // forms turned off: a start of the tool is seconds of CPU.
    private static (int Exit, string Output) CheckWithoutDictionary((string Name, string Sentence)[] cases)
    {
        using var site = new TestSite(string.Concat(cases.Select((c, i) => $"""
            -- content/fi/2025/avustus-{i + 1}.md --
            {Decisions.Finnish(title: $"Avustus {i + 1}", date: "2025-01-29", text: $"Hakemuksen jätti [[{c.Name}]]{{.personal}}.\n\n{c.Sentence}")}

            """)));
        var (exit, stdout, stderr) = GeneratorProcess.Run(new Dictionary<string, string> { ["DECISIONSPORTAL_NO_BASEFORMS"] = "1" }, "check", "--config", site.ConfigPath);
        return (exit, stdout + stderr);
    }

    [Fact]
    public void An_inflected_copy_in_the_proposal_is_an_error_at_the_field()
    {
        var result = Build("Hakemuksen jätti [[Maija Meikäläinen]]{.personal}.", proposal: "Kaupunginhallitus myöntää Maija Meikäläiselle 500 euron avustuksen.");

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("DP0109", error.Code);
        Assert.Equal(7, error.Location.Line);
    }

    [Theory]
    // Another person of the same first name, whose surname begins alike.
    [InlineData("Matti Korhonen", "Päätös annetaan tiedoksi myös Matti Korpelalle.")]
    [InlineData("Eero Salo", "Lausunto pyydetään Eero Salmelta.")]
    [InlineData("Anna Mäki", "Lausunnon antoi Anna Mäkinen.")]
    [InlineData("Eero Aho", "Paikalla oli myös Eero Ahonen.")]
    [InlineData("Anna Koski", "Asian esitteli Anna Koskiselle kuuluvan tontin omistaja.")]
    // The surname's word in its own sense, in small letters mid-sentence.
    [InlineData("Anna Koski", "Kemijoen koski kunnostetaan, ja kosken rantaan rakennetaan laituri.")]
    [InlineData("Eero Salo", "Tontti sijaitsee salolla kaukana tiestä, eikä salolle johda tietä.")]
    [InlineData("Pekka Kuusi", "Tontilla kasvaa kuusi vanhaa mäntyä, ja kuuden puun kaatamiseen haetaan lupa.")]
    // Another surname that is the marked one and a letter more or less, no Finnish form of it (rev31a).
    [InlineData("Eva Lind", "Lausunnon antoi Eva Linde.")]
    [InlineData("Eva Holm", "Lausunnon antoi Eva Holme.")]
    // Words the dictionary does not know, other people's names, not Finnish forms of the marked one (rev31c).
    [InlineData("Erik Holm", "Erik Holmen esitteli asian.")]
    [InlineData("Erik Sjöholm", "Erik Sjöholmen esitteli asian.")]
    [InlineData("Anna Halme", "Esittelijänä toimi Anna Halmi.")]
    [InlineData("Anna Lampi", "Esittelijänä toimi Anna Lampe.")]
    // A Swedish surname in -in, which would also be the Finnish genitive of the marked one (rev31d).
    [InlineData("Carl Nord", "Utlåtande gavs av Carl Nordin.")]
    [InlineData("Anna Sund", "Lausunnon antoi Anna Sundin.")]
    [InlineData("Mikko Virtanen", "Lausunnon antoi Mikko Virtas.")]
    // A relative: another given name beside the surname's form, not the marked one in the same case (rev31d).
    [InlineData("Juha Virtanen", "Päätös annetaan tiedoksi Juhani Virtaselle.")]
    [InlineData("Juha Virtanen", "Asian esitteli Juhani Virtanen.")]
    [InlineData("Mari Koski", "Päätös annetaan tiedoksi Maria Koskelle.")]
    [InlineData("Mari Koski", "Lausunto pyydetään Maria Koskelta.")]
    public void A_word_that_only_shares_the_surnames_stem_is_left_alone(string name, string sentence)
    {
        var result = Build($"Hakemuksen jätti [[{name}]]{{.personal}}.\n\n{sentence}");

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "DP0109" or "DP0178" or "DP0185");
    }

    [Theory]
    [InlineData("Maija Meikäläinen", "Meikäläisen hakemus saapui määräajassa.", 1)]
    [InlineData("Pekka Virtanen", "Lisäselvitystä pyydetään Virtaselta.", 26)]
    [InlineData("Anna Lahtinen", "Rakennuslautakunta on puoltanut Lahtisen hakemusta.", 33)]
    [InlineData("Maija Meikäläinen", "Ansökan har lämnats in av Meikäläinen i tid.", 27)]
    [InlineData("Maija Meikäläinen", "Meikäläinens ansökan kom in i tid.", 1)]
    public void The_marked_names_surname_alone_is_a_warning(string name, string sentence, int column)
    {
        var result = Build($"Hakemuksen jätti [[{name}]]{{.personal}}.\n\n{sentence}");

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "DP0185");
        Assert.Equal((12, column), (warning.Location.Line, warning.Location.Column));
        Assert.DoesNotContain(name.Split(' ')[^1], warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    // Another person of the same surname, named in full.
    [InlineData("Pekka Virtanen", "Asian esitteli kaupunginjohtaja Olli Virtanen.")]
    [InlineData("Pekka Virtanen", "Lausunnon antoi Olli Virtaselle kuuluvan tontin omistaja.")]
    public void The_surname_of_another_person_named_in_full_is_left_alone(string name, string sentence)
    {
        var result = Build($"Hakemuksen jätti [[{name}]]{{.personal}}.\n\n{sentence}");

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "DP0109" or "DP0178" or "DP0185");
    }

    [Theory]
    [InlineData("Läsnä: Meikäläinen Maija, Virtanen Pekka, Korhonen Liisa.", 8)]
    [InlineData("Läsnä: Virtanen Pekka, Meikäläinen Maija ja Korhonen Liisa.", 24)]
    public void The_name_surname_first_in_a_list_of_names_written_so_is_a_warning(string sentence, int column)
    {
        var result = Build($"Hakemuksen jätti [[Maija Meikäläinen]]{{.personal}}.\n\n{sentence}");

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "DP0178");
        Assert.Equal((12, column), (warning.Location.Line, warning.Location.Column));
    }

    [Fact]
    public void Two_people_first_name_first_are_not_one_surname_first()
    {
        var result = Build("Hakemuksen jätti [[Maija Meikäläinen]]{.personal}.\n\nLäsnä: Anna Meikäläinen, Maija Virtanen.");

        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "DP0109" or "DP0178");
    }

    [Theory]
    [InlineData("Pekka Virtaselle myönnettiin puheoikeus.", "DP0109", 1)]
    [InlineData("Esteellisenä Virtanen poistui kokouksesta § 12 käsittelyn ajaksi.", "DP0185", 14)]
    public void A_meeting_file_writing_an_attendee_it_marks_inflected_or_by_surname_is_told_so(string notes, string code, int column)
    {
        using var site = new TestSite($"""
            -- content/fi/meetings/kaupunginhallitus/2025-01-29.md --
            ---
            number: 1/2025
            minutes_public: 2025-02-03
            attendees: ["[[Pekka Virtanen]]{"{"}.personal{"}"}", Anna Aho]
            ---
            {notes}
            -- content/fi/2025/avustus.md --
            {Decisions.Finnish(title: "Avustus", date: "2025-01-29")}
            """);

        var result = site.BuildOn(BuildDate);

        var told = Assert.Single(result.Diagnostics, d => d.Code is "DP0109" or "DP0185");
        Assert.Equal((code, 6, column), (told.Code, told.Location.Line, told.Location.Column));
        Assert.Equal(code == "DP0109", told.IsError);
    }

    // Swedish inflects a name only by the genitive -s: Finnish case forms are not looked for in a
    // Swedish text, where libvoikko read 'Lundin' as the genitive of Lund (the city), a false error.
    [Theory]
    [InlineData("Erik Lund", "Utlåtandet gavs av Erik Lundin vid tekniska nämnden.")]
    [InlineData("Erik Lund", "Lundin har lämnat ett utlåtande till nämnden.")]
    public void In_a_swedish_text_a_finnish_case_form_is_another_name(string name, string sentence)
    {
        var result = BuildSwedish($"Ansökan lämnades in av [[{name}]]{{.personal}}.\n\n{sentence}");

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "DP0109" or "DP0185");
    }

    [Theory]
    [InlineData("Erik Lund", "Beslutet delges Erik Lunds ombud.", 17)]
    [InlineData("Maija Meikäläinen", "Beslutet delges Maija Meikäläinens ombud.", 17)]
    public void In_a_swedish_text_the_genitive_of_the_marked_name_is_a_copy(string name, string sentence, int column)
    {
        var result = BuildSwedish($"Ansökan lämnades in av [[{name}]]{{.personal}}.\n\n{sentence}");

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(("DP0109", 12, column), (error.Code, error.Location.Line, error.Location.Column));
    }

    // The surname of a copy DP0109 tells is no name alone: red32 told a wrapped or hyphenated copy twice.
    [Theory]
    [InlineData("Maija Meikäläinen", "Päätös annetaan tiedoksi Maijalle\nMeikäläiselle.")]
    [InlineData("Maija Meikäläinen", "Päätös annetaan tiedoksi Maija\nMeikäläiselle.")]
    [InlineData("Anna-Liisa Heikkinen", "Päätös annetaan tiedoksi Anna-Liisalle Heikkiselle.")]
    public void An_inflected_copy_wrapped_or_hyphenated_is_told_once(string name, string sentence)
    {
        var result = Build($"Hakemuksen jätti [[{name}]]{{.personal}}.\n\n{sentence}");

        var told = Assert.Single(result.Diagnostics, d => d.Code is "DP0109" or "DP0185");
        Assert.Equal(("DP0109", 12), (told.Code, told.Location.Line));
    }

    // A bilingual town copies Finnish phrases into a Swedish file: the Finnish forms are sought
    // there too (red32 sought none, and these stayed on the site after the last day), all but a
    // consonant-final surname's -in and -ina, Swedish surnames of their own ('Erik Lundin').
    [Theory]
    [InlineData("Maija Meikäläinen", "Päätös lähetetään Maija Meikäläiselle tiedoksi.", 19)]
    [InlineData("Maija Meikäläinen", "Bilaga: Maija Meikäläisen selvitys.", 9)]
    [InlineData("Maija Meikäläinen", "Beslutet delges Maija Meikäläiselle.", 17)]
    [InlineData("Erik Lund", "Beslutet delges Erik Lundille.", 17)]
    // No Swedish surname adds -in to a surname of a suffix already: these are Finnish genitives.
    [InlineData("Karl Marin", "Bilaga: Karl Marinin selvitys.", 9)]
    [InlineData("Karl Karlsson", "Bilaga: Karl Karlssonin selvitys.", 9)]
    public void In_a_swedish_text_a_copied_finnish_form_of_the_marked_name_is_a_copy(string name, string sentence, int column)
    {
        var result = BuildSwedish($"Ansökan lämnades in av [[{name}]]{{.personal}}.\n\n{sentence}");

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(("DP0109", 12, column), (error.Code, error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void In_a_swedish_text_a_finnish_form_of_the_surname_alone_is_a_warning()
    {
        var result = BuildSwedish("Ansökan lämnades in av [[Maija Meikäläinen]]{.personal}.\n\nBeslutet delges Meikäläiselle.");

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal((12, 17), Assert.Single(result.Diagnostics, d => d.Code == "DP0185") is var w ? (w.Location.Line, w.Location.Column) : default);
    }

    [Fact]
    public void A_swedish_decisions_attachment_title_with_a_finnish_form_is_a_copy()
    {
        using var site = new TestSite($"""
            -- content/sv/2025/bidrag.md --
            {Decisions.Swedish(title: "Bidrag", date: "2025-01-29", extra: "attachments:\n  - { title: Maija Meikäläisen hakemus, file: hakemus.pdf }", text: "Ansökan lämnades in av [[Maija Meikäläinen]]{.personal}.")}
            -- content/sv/2025/hakemus.pdf --
            %PDF-1.4
            """);

        var result = site.BuildOn(BuildDate);

        Assert.Equal("DP0109", Assert.Single(result.Diagnostics, d => d.IsError).Code);
    }

    [Fact]
    public void A_swedish_decisions_text_attachment_with_a_finnish_form_is_told()
    {
        using var site = new TestSite($"""
            -- content/sv/2025/bidrag.md --
            {Decisions.Swedish(title: "Bidrag", date: "2025-01-29", extra: "attachments:\n  - { title: Delgivning, file: delgivning.txt }", text: "Ansökan lämnades in av [[Maija Meikäläinen]]{.personal}.")}
            -- content/sv/2025/delgivning.txt --
            Päätös lähetetään Maija Meikäläiselle tiedoksi.
            """);

        var result = site.BuildOn(BuildDate);

        Assert.Contains(result.Diagnostics, d => d.Code == "DP0104");
    }

    [Fact]
    public void Swedish_meeting_notes_with_a_finnish_form_of_a_name_they_mark_are_told()
    {
        using var site = new TestSite($"""
            -- content/sv/meetings/kaupunginhallitus/2025-01-29.md --
            ---
            number: 1/2025
            minutes_public: 2025-02-03
            attendees: ["[[Maija Meikäläinen]]{"{"}.personal{"}"}", Anna Aho]
            ---
            Ärendet behandlades (på finska: kuultiin Maija Meikäläistä).
            -- content/sv/2025/bidrag.md --
            {Decisions.Swedish(title: "Bidrag", date: "2025-01-29")}
            """);

        var result = site.BuildOn(BuildDate);

        var told = Assert.Single(result.Diagnostics, d => d.Code == "DP0109");
        Assert.Equal((6, 42), (told.Location.Line, told.Location.Column));
    }

    private static DecisionsPortal.Pipeline.BuildResult BuildSwedish(string text)
    {
        using var site = new TestSite($"""
            -- content/sv/2025/bidrag.md --
            {Decisions.Swedish(title: "Bidrag", date: "2025-01-29", text: text)}
            """);
        return site.BuildOn(BuildDate);
    }

    // The text's first paragraph at line 10, the next at line 12; the proposal at line 7.
    private static DecisionsPortal.Pipeline.BuildResult Build(string text, string proposal = "Kaupunginhallitus päättää myöntää avustuksen.")
    {
        using var site = new TestSite($"""
            -- content/fi/2025/avustus.md --
            {Decisions.Finnish(title: "Avustus", date: "2025-01-29", text: text).Replace("proposal: Kaupunginhallitus päättää korjata katon.", $"proposal: {proposal}", StringComparison.Ordinal)}
            """);
        return site.BuildOn(BuildDate);
    }
}
