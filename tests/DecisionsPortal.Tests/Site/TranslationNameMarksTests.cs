using DecisionsPortal.Diagnostics;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Site;

/// <summary>
/// A name one file marks as personal data in its votes or dissent, written unmarked in its
/// translation, stayed on the translation's page, search and open data after the last day; an
/// attendee one meeting file marks and the other language's file does not, on that meeting page
/// and in its search (each seen black-box first).
/// </summary>
public sealed class TranslationNameMarksTests
{
    private const string Name = "Zacharias Quorvinen";

    // The organ's decisions are open to a claim for rectification, so their personal data expires.
    private static readonly string Config = TestSite.DefaultConfig.Replace(
        "kaupunginhallitus: { fi: Kaupunginhallitus, sv: Stadsstyrelsen }",
        "kaupunginhallitus: { fi: Kaupunginhallitus, sv: Stadsstyrelsen, appeal: rectification }",
        StringComparison.Ordinal) + "\neditor_language: en\n";

    private static readonly DateOnly AfterLastDay = new(2025, 4, 1);

    [Theory]
    [InlineData("votes: { for: 5, against: [\"NAME\"] }")]
    [InlineData("dissent: [{ name: \"NAME\", text: Eri mieltä }]")]
    public void A_name_marked_in_one_language_and_written_unmarked_in_the_other_is_an_error_on_that_file(string field)
    {
        using var site = Site(field.Replace("NAME", $"[[{Name}]]{{.personal}}", StringComparison.Ordinal), field.Replace("NAME", Name, StringComparison.Ordinal), Meeting(Name), Meeting(Name));

        var result = site.BuildOn(AfterLastDay);

        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.PersonalTranslationKept);
        Assert.True(error.IsError);
        Assert.EndsWith("content/sv/2025/avustus.md", error.Location.Path, StringComparison.Ordinal);
        Assert.Equal(8, error.Location.Line);
        Assert.DoesNotContain(Name, error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    // The name comes from the other file's text, so the message may not repeat it (a CI log outlives the last day).
    [Fact]
    public void A_name_marked_in_one_languages_text_and_written_unmarked_in_the_others_votes_is_an_error_that_does_not_repeat_it()
    {
        var finnish = Decisions.Finnish(title: "Avustus", date: "2025-03-05", text: $"Hakija [[{Name}]]{{.personal}} hakee avustusta.");
        var swedish = Decisions.Swedish(title: "Bidrag", date: "2025-03-05", extra: $"votes: {{ for: 5, absent: [\"{Name}\"] }}");
        using var site = Site(finnish, swedish);

        var result = site.BuildOn(AfterLastDay);

        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.PersonalTranslationKept);
        Assert.EndsWith("content/sv/2025/avustus.md", error.Location.Path, StringComparison.Ordinal);
        Assert.Equal(8, error.Location.Line);
        Assert.DoesNotContain(Name, error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    // Seen black-box: the Swedish page, its index.json and search kept the words after the last day.
    [Theory]
    [InlineData("text", "", "", "NAME ansöker om bidrag.", 10)]
    [InlineData("proposal", "proposal: Kaupunginhallitus myöntää avustuksen hakijalle NAME.", "proposal: Stadsstyrelsen beviljar NAME bidrag.", "Text.", 7)]
    [InlineData("title", "", "", "Text.", 2)]
    public void Words_marked_in_one_language_and_written_unmarked_in_the_others_text_are_an_error_there(string field, string finnish, string swedish, string swedishText, int line)
    {
        var marked = $"[[{Name}]]{{.personal}}";
        var (finnishTitle, swedishTitle) = field == "title" ? ($"\"Avustus {marked}\"", $"Bidrag {Name}") : ("Avustus", "Bidrag");
        using var site = Site(
            Decisions.Finnish(title: finnishTitle, date: "2025-03-05", text: $"Hakija {marked} hakee avustusta.").Replace("proposal: Kaupunginhallitus päättää korjata katon.", finnish.Length > 0 ? finnish.Replace("NAME", marked, StringComparison.Ordinal) : "proposal: Kaupunginhallitus päättää korjata katon.", StringComparison.Ordinal),
            Decisions.Swedish(title: swedishTitle, date: "2025-03-05", text: swedishText.Replace("NAME", Name, StringComparison.Ordinal)).Replace("proposal: Stadsstyrelsen beslutar att reparera taket.", swedish.Length > 0 ? swedish.Replace("NAME", Name, StringComparison.Ordinal) : "proposal: Stadsstyrelsen beslutar att reparera taket.", StringComparison.Ordinal));

        var result = site.BuildOn(AfterLastDay);

        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.PersonalTranslationKept);
        Assert.True(error.IsError);
        Assert.EndsWith("content/sv/2025/avustus.md", error.Location.Path, StringComparison.Ordinal);
        Assert.Equal(line, error.Location.Line);
        Assert.DoesNotContain(Name, error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    // Seen black-box: a copy pasted from Word or a PDF reads as the marked name on the page, in its
    // index.json and search snippet, yet was no error, so it stayed after the last day.
    [Theory]
    [InlineData(Name, "Zacharias Quorvi\u00ADnen")] // a soft hyphen
    [InlineData(Name, "Zacharias\u200BQuorvinen")] // a zero-width space for the space
    [InlineData(Name, "Zacharias Quor\u200Dvinen")] // a zero-width joiner
    [InlineData(Name, "Zacharias Quor\u200Bvinen")] // a zero-width space inside the name, which the page shows as nothing
    [InlineData("Zacharias Quörvinen", "Zacharias Quo\u0308rvinen")] // ö as a letter and its diaeresis (NFD)
    [InlineData(Name, "ZACHARIAS QUORVINEN")]
    [InlineData(Name, "**Zacharias** Quorvinen")]
    [InlineData(Name, "Zacharias _Quorvinen_")]
    [InlineData(Name, "Zacharias Quorvinens")] // the Swedish genitive: the name and an s
    [InlineData("Anna-Liisa O'Quorvinen", "Anna\u2011Liisa O\u2019Quorvinen")] // Word's non-breaking hyphen and typographic apostrophe
    [InlineData(Name, "Zacharias&nbsp;Quorvinen")] // from a web page's source: the page shows the entity as its character
    [InlineData("Zacharias Quörvinen", "Zacharias Qu&ouml;rvinen")]
    [InlineData(Name, "Zacharias Quorvi&shy;nen")]
    [InlineData(Name, "Zacharias&#32;Quor&#x76;inen")]
    [InlineData(Name, "Zacharias\\\nQuorvinen")] // a hard line break
    [InlineData(Name, "Zacharias Quor^vi^nen")] // superscript, '==' marked and '++' inserted text, which snippets and search read without the signs
    [InlineData(Name, "Zacharias Quor==vi==nen")]
    [InlineData(Name, "Zacharias Quor++vi++nen")]
    [InlineData(Name, "Zacharias Qu\u043Erv\u0456nen")] // Cyrillic o and i, which look like the Latin letters
    [InlineData(Name, "Zacharias Qu\u03BFrvinen")] // a Greek omicron
    [InlineData(Name, "Zacharias Quorv\u0131nen")] // a dotless i
    [InlineData(Name, "Zacharias \uFF31uorvinen")] // a full-width letter
    [InlineData(Name, "Zacharias \U0001D410uorvinen")] // a mathematical bold letter
    [InlineData(Name, "Zacharias Quorvi\U000E0020nen")] // a tag character, which shows nothing
    [InlineData(Name, "Zacharias Quorvi\u3164nen")] // a Hangul filler, which shows nothing
    [InlineData(Name, "Zacharias Quorvi-nen")] // hyphenated, which search also indexes joined
    [InlineData(Name, "Zacharias Quorvi-\nnen")] // hyphenated at the end of a line, as a PDF breaks words
    [InlineData("S\u00F8ren Quorvinen", "Soren Quorvinen")] // a letter with a stroke written without it, as an e-mail does
    [InlineData("\u0141ukasz Quorvinen", "Lukasz Quorvinen")]
    [InlineData("\u013Dudov\u00EDt Quorvinen", "Ludovit Quorvinen")]
    [InlineData("Zacharias Quorvinen-Strau\u00DF", "Zacharias Quorvinen-Strauss")]
    [InlineData("Steffi Quorvinen", "Ste\uFB03 Quorvinen")] // a ligature, as a PDF's text gives it
    [InlineData("Gu\u00F0r\u00FAn Quorvinen", "Gudrun Quorvinen")] // the letters slugs and search spell, from the same table
    [InlineData("Nguy\u1EC5n Quorvinen", "Nguyen Quorvinen")]
    [InlineData("M\u00E1ret \u014Auorvinen", "Maret Nuorvinen")]
    public void Words_marked_once_and_pasted_in_another_form_elsewhere_in_the_file_or_its_translation_are_an_error_there(string name, string pasted)
    {
        var marked = $"[[{name}]]{{.personal}}";
        using var own = Site(
            Decisions.Finnish(title: "Avustus", date: "2025-03-05", text: $"Hakija {marked} hakee avustusta.\n\nHakemuksen jätti {pasted} viime viikolla."),
            Decisions.Swedish(title: "Bidrag", date: "2025-03-05", text: $"Sökanden {marked} ansöker om bidrag."));
        using var translated = Site(
            Decisions.Finnish(title: "Avustus", date: "2025-03-05", text: $"Hakija {marked} hakee avustusta."),
            Decisions.Swedish(title: "Bidrag", date: "2025-03-05", text: $"Sökanden {pasted} ansöker om bidrag."));

        var inFile = own.BuildOn(AfterLastDay);
        var inTranslation = translated.BuildOn(AfterLastDay);

        var error = Assert.Single(inFile.Diagnostics, d => d.Code == DiagnosticCodes.PersonalMarkMissed);
        Assert.EndsWith("content/fi/2025/avustus.md", error.Location.Path, StringComparison.Ordinal);
        Assert.Equal(12, error.Location.Line);
        Assert.False(Directory.Exists(own.Output));
        error = Assert.Single(inTranslation.Diagnostics, d => d.Code == DiagnosticCodes.PersonalTranslationKept);
        Assert.EndsWith("content/sv/2025/avustus.md", error.Location.Path, StringComparison.Ordinal);
        Assert.Equal(10, error.Location.Line);
        Assert.False(Directory.Exists(translated.Output));
    }

    // Seen black-box: the attached application named the applicant the text marks; after the last
    // day the PDF stayed on the site, and its words in both languages' search index. A warning, not
    // an error: the editor often cannot change the file, and the site must still publish.
    [Theory]
    [InlineData("", true)]
    [InlineData("personal: [attachments]\n", false)]
    public void An_attachment_whose_text_holds_words_the_file_marks_is_a_warning_unless_it_is_withheld_with_them(string personal, bool warned)
    {
        using var site = Site(
            Decisions.Finnish(title: "Avustus", date: "2025-03-05", extra: personal + "attachments: [{ title: Hakemus, file: hakemus.pdf }]", text: $"Hakija [[{Name}]]{{.personal}} hakee avustusta."),
            Decisions.Swedish(title: "Bidrag", date: "2025-03-05", text: $"Sökanden [[{Name}]]{{.personal}} ansöker om bidrag."));
        site.WriteBytes("content/fi/2025/hakemus.pdf", TestPdf.Of("Avustushakemus", $"Hakija: {Name.ToUpperInvariant()}, Kemi"));

        var result = site.BuildOn(new DateOnly(2025, 3, 10));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal(warned, result.Diagnostics.Any(d => d.Code == DiagnosticCodes.PersonalDataInAttachment));
        if (warned)
        {
            var found = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.PersonalDataInAttachment);
            Assert.False(found.IsError);
            Assert.EndsWith("content/fi/2025/avustus.md", found.Location.Path, StringComparison.Ordinal);
            Assert.Equal(8, found.Location.Line);
            Assert.DoesNotContain("Quorvinen", found.Message, StringComparison.OrdinalIgnoreCase);
        }
    }

    // A signature or a register writes the surname first, and that copy outlives the mark. A
    // warning: content whose marks expired long ago must not stop the nightly build. A list of
    // people, a street named after someone and a lower-case word are no such copy.
    [Theory]
    [InlineData("Hakemuksen allekirjoitti QUORVINEN Zacharias.", 12, 26)]
    [InlineData("Allekirjoitus: Quorvinen, Zacharias", 12, 16)]
    [InlineData("Allekirjoitus: quorvinen zacharias", 0, 0)]
    [InlineData("Työryhmässä olivat Anna Quorvinen, Zacharias Virtanen ja Liisa Koski.", 0, 0)]
    [InlineData("Osoite: Quorvinen, Zacharias Virtasen tie 3", 0, 0)]
    [InlineData("Quorvinen, zacharias ja muut sanat", 0, 0)]
    [InlineData("Quorvinen Zacharias\nToiminnanjohtaja", 12, 1)]
    [InlineData("## Matka kohti Quorvinen\n\nZacharias kertoi asiasta.", 0, 0)]
    [InlineData("Perikunta: Quorvinen, Zacharias-Liisa ja muut.", 0, 0)]
    [InlineData("Perikunta: Mäki-Quorvinen Zacharias ja muut.", 0, 0)]
    public void A_marked_name_written_surname_first_in_the_text_or_an_attachment_is_a_warning_at_it(string copy, int line, int column)
    {
        using var site = Site(
            Decisions.Finnish(title: "Avustus", date: "2025-03-05", extra: "attachments: [{ title: Hakemus, file: hakemus.txt }]", text: $"Hakija [[{Name}]]{{.personal}} hakee avustusta.\n\n{copy}"),
            Decisions.Swedish(title: "Bidrag", date: "2025-03-05", text: $"Sökanden [[{Name}]]{{.personal}} ansöker om bidrag."));
        site.Write("content/fi/2025/hakemus.txt", $"Avustushakemus\n{copy}\n");

        var result = site.BuildOn(AfterLastDay);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var warnings = result.Diagnostics.Where(d => d.Code is "DP0178" or DiagnosticCodes.PersonalDataInAttachment).ToList();
        Assert.All(warnings, d => Assert.False(d.IsError));
        Assert.All(warnings, d => Assert.DoesNotContain("Quorvinen", d.Message, StringComparison.OrdinalIgnoreCase));
        var expected = line == 0 ? [] : new[] { ("DP0178", line, column), (DiagnosticCodes.PersonalDataInAttachment, 8, 39) };
        Assert.Equal(expected.Order().ToList(), warnings.Select(d => (d.Code, d.Location.Line, d.Location.Column)).Order().ToList());
    }

    // Seen by the review: the translation's alias and attachment file kept the name the other
    // language's file marks in their addresses after its last day, with no error.
    [Fact]
    public void A_translations_alias_or_attachment_file_holding_words_the_other_file_marks_is_an_error_there()
    {
        var finnish = Decisions.Finnish(title: "Avustus", date: "2025-03-05", text: $"Hakija [[{Name}]]{{.personal}} hakee avustusta.");
        var swedish = Decisions.Swedish(title: "Bidrag", date: "2025-03-05", extra: "aliases: [sv/beslut/2025/bidrag-zacharias-quorvinen/]\nattachments: [{ title: Ansökan, file: ansokan-zacharias-quorvinen.pdf }]", text: "Ansökan om bidrag.");
        using var site = Site(finnish, swedish);
        site.WriteBytes("content/sv/2025/ansokan-zacharias-quorvinen.pdf", TestPdf.Of("Ansökan", "Bidrag"));

        var result = site.BuildOn(AfterLastDay);

        var errors = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.PersonalTranslationKept).ToList();
        Assert.Equal([8, 9], errors.Select(e => e.Location.Line).Order());
        Assert.All(errors, e => Assert.EndsWith("content/sv/2025/avustus.md", e.Location.Path, StringComparison.Ordinal));
        Assert.All(errors, e => Assert.DoesNotContain("Quorvinen", e.Message, StringComparison.OrdinalIgnoreCase));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_link_whose_address_holds_words_the_file_or_its_other_language_marks_is_a_warning_at_the_link()
    {
        // A warning, not an error: the address is often another site's, and an error would stop
        // the nightly build that takes every other expired mark off the site.
        var finnish = Decisions.Finnish(title: "Avustus", date: "2025-03-05", text: $"Hakija [[{Name}]]{{.personal}} hakee avustusta.");
        var swedish = Decisions.Swedish(title: "Bidrag", date: "2025-03-05", text: "Ansökan om bidrag, se [ansökan](https://e-tjanst.example/ansokningar/zacharias-quorvinen).");
        var meeting = "---\nnumber: 3/2025\nminutes_public: 2025-03-07\n" + $"attendees: [\"[[{Name}]]{{.personal}}\"]\n---\nKuultiin [lausunto](https://kemi.example/lausunto-zacharias-quorvinen.pdf).\n";
        var swedishMeeting = "---\nnumber: 3/2025\nminutes_public: 2025-03-07\n---\nHördes, [yttrande](mailto:zacharias.quorvinen@example.fi).\n";
        using var decisions = Site(finnish, swedish);
        using var meetings = Site("", "", meeting, swedishMeeting);

        foreach (var (result, expected) in new[]
        {
            (decisions.BuildOn(AfterLastDay), new[] { ("sv/2025/avustus.md", 10, 23) }),
            (meetings.BuildOn(AfterLastDay), new[] { ("fi/meetings/kaupunginhallitus/2025-03-05.md", 6, 10), ("sv/meetings/kaupunginhallitus/2025-03-05.md", 5, 9) }),
        })
        {
            Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
            var warnings = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.PersonalDataInAddress).ToList();
            Assert.All(warnings, d => Assert.False(d.IsError));
            Assert.All(warnings, d => Assert.DoesNotContain(Name, d.Message, StringComparison.Ordinal));
            Assert.Equal(expected.Order().ToList(), warnings.Select(d => (d.Location.Path[(d.Location.Path.IndexOf("/content/", StringComparison.Ordinal) + 9)..], d.Location.Line, d.Location.Column)).Order().ToList());
        }
    }

    [Fact]
    public void An_attachment_of_the_translation_whose_text_holds_words_the_other_file_marks_is_a_warning()
    {
        using var site = Site(
            Decisions.Finnish(title: "Avustus", date: "2025-03-05", text: $"Hakija [[{Name}]]{{.personal}} hakee avustusta."),
            Decisions.Swedish(title: "Bidrag", date: "2025-03-05", extra: "attachments: [{ title: Ansökan, file: ansokan.pdf }]", text: "Ansökan om bidrag."));
        site.WriteBytes("content/sv/2025/ansokan.pdf", TestPdf.Of("Ansökan", $"Sökande: {Name}"));

        var result = site.BuildOn(new DateOnly(2025, 3, 10));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var found = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.PersonalDataInAttachment);
        Assert.False(found.IsError);
        Assert.EndsWith("content/sv/2025/avustus.md", found.Location.Path, StringComparison.Ordinal);
        Assert.DoesNotContain(Name, found.Message, StringComparison.Ordinal);
        Assert.Equal(8, found.Location.Line);
    }

    // The Swedish file, paired by its key, had the name in its file name, so in its page's address.
    [Fact]
    public void A_translation_whose_file_name_holds_words_the_other_file_marks_is_an_error_there()
    {
        using var site = new TestSite($"""
            -- site.yml --
            {Config}
            -- content/fi/meetings/kaupunginhallitus/2025-03-05.md --
            {Meeting("Maija Meikäläinen")}
            -- content/fi/2025/avustus.md --
            {Decisions.Finnish(title: "Avustus", date: "2025-03-05", extra: "key: avustus-3", text: $"Hakija [[{Name}]]{{.personal}} hakee avustusta.")}
            -- content/sv/2025/bidrag-zacharias-quorvinen.md --
            {Decisions.Swedish(title: "Bidrag", date: "2025-03-05", extra: "key: avustus-3", text: "Ansökan om bidrag.")}
            """);

        var result = site.BuildOn(AfterLastDay);

        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.PersonalTranslationKept);
        Assert.EndsWith("content/sv/2025/bidrag-zacharias-quorvinen.md", error.Location.Path, StringComparison.Ordinal);
        Assert.DoesNotContain("Quorvinen", error.Message.Replace(error.Location.Path, "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_name_marked_in_one_language_and_written_in_capitals_in_the_others_votes_is_an_error_there()
    {
        using var site = Site($"votes: {{ for: 5, against: [\"[[{Name}]]{{.personal}}\"] }}", $"votes: {{ for: 5, against: [\"{Name.ToUpperInvariant()}\"] }}", Meeting(Name), Meeting(Name));

        var result = site.BuildOn(AfterLastDay);

        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.PersonalTranslationKept);
        Assert.EndsWith("content/sv/2025/avustus.md", error.Location.Path, StringComparison.Ordinal);
        Assert.Equal(8, error.Location.Line);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Words_marked_in_the_texts_of_both_languages_are_on_no_page_after_the_last_day_and_a_longer_word_holding_them_is_no_error()
    {
        var marked = $"[[{Name}]]{{.personal}}";
        using var site = Site(
            Decisions.Finnish(title: "Avustus", date: "2025-03-05", text: $"Hakija {marked} hakee avustusta."),
            Decisions.Swedish(title: "Bidrag", date: "2025-03-05", text: $"Sökanden {marked} ansöker om bidrag, {Name}vägen inte."));

        Assert.True(site.BuildOn(new DateOnly(2025, 3, 10)).Succeeded);
        var result = site.BuildOn(AfterLastDay);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        // Only the longer word, which no one marked, is left.
        Assert.NotEmpty(site.FilesContaining(Name));
        Assert.All(site.FilesContaining(Name), path =>
        {
            var text = File.ReadAllText(Path.Combine(site.Output, path));
            Assert.Equal(text.Split($"{Name}vägen").Length, text.Split(Name).Length);
        });
    }

    [Fact]
    public void An_attendee_marked_in_one_meeting_file_and_written_unmarked_in_the_other_is_an_error_there()
    {
        using var site = Site("", "", Meeting($"\"[[{Name}]]{{.personal}}\""), Meeting(Name));

        var result = site.BuildOn(AfterLastDay);

        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.PersonalTranslationKept);
        Assert.EndsWith("content/sv/meetings/kaupunginhallitus/2025-03-05.md", error.Location.Path, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    // Seen black-box: the Swedish meeting page, its calendar and meetings.json/csv kept them after the last day.
    [Theory]
    [InlineData("---\nnumber: 3/2025\nminutes_public: 2025-03-07\n---\nKuultiin MARK.\n", "---\nnumber: 3/2025\nminutes_public: 2025-03-07\n---\nHördes NAME.\n", 5)]
    [InlineData("---\nnumber: 3/2025\nminutes_public: 2025-03-07\nplace: \"Kaupungintalo, MARK\"\n---\n", "---\nnumber: 3/2025\nminutes_public: 2025-03-07\nplace: Stadshuset, NAME\n---\n", 4)]
    public void Words_marked_in_one_meeting_file_and_written_unmarked_in_the_others_notes_or_place_are_an_error_there(string finnish, string swedish, int line)
    {
        using var site = Site("", "", finnish.Replace("MARK", $"[[{Name}]]{{.personal}}", StringComparison.Ordinal), swedish.Replace("NAME", Name, StringComparison.Ordinal));

        var result = site.BuildOn(AfterLastDay);

        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.PersonalTranslationKept);
        Assert.EndsWith("content/sv/meetings/kaupunginhallitus/2025-03-05.md", error.Location.Path, StringComparison.Ordinal);
        Assert.Equal(line, error.Location.Line);
        Assert.DoesNotContain(Name, error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    // Seen black-box: the meeting page kept the name of its notes after the last day.
    [Theory]
    [InlineData("attendees: [\"[[NAME]]{.personal}\"]\n---\nNAME poistui kokouksesta.\n", 6)]
    [InlineData("attendees: [\"[[NAME]]{.personal}\", NAME]\n---\n", 4)]
    [InlineData("place: \"Kaupungintalo, [[NAME]]{.personal}\"\n---\nKuultiin NAME.\n", 6)]
    public void Words_a_meeting_file_marks_and_writes_unmarked_in_another_place_of_it_are_an_error_there(string fields, int line)
    {
        var finnish = "---\nnumber: 3/2025\nminutes_public: 2025-03-07\n" + fields.Replace("NAME", Name, StringComparison.Ordinal);
        using var site = Site("", "", finnish, Meeting("Maija Meikäläinen"));

        var result = site.BuildOn(AfterLastDay);

        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.PersonalMarkMissed);
        Assert.EndsWith("content/fi/meetings/kaupunginhallitus/2025-03-05.md", error.Location.Path, StringComparison.Ordinal);
        Assert.Equal(line, Math.Max(1, error.Location.Line));
        Assert.DoesNotContain(Name, error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_name_marked_in_both_languages_is_on_no_page_after_the_last_day()
    {
        var marked = $"[[{Name}]]{{.personal}}";
        using var site = Site($"votes: {{ for: 5, against: [\"{marked}\"] }}", $"votes: {{ for: 5, against: [\"{marked}\"] }}", Meeting($"\"{marked}\""), Meeting($"\"{marked}\""));

        Assert.True(site.BuildOn(new DateOnly(2025, 3, 10)).Succeeded);
        Assert.NotEmpty(site.FilesContaining(Name));
        var result = site.BuildOn(AfterLastDay);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Empty(site.FilesContaining(Name));
    }

    // Its minutes public on 2025-03-07: a claim for rectification ends on 2025-03-28.
    private static string Meeting(string attendee) => $"---\nnumber: 3/2025\nminutes_public: 2025-03-07\nattendees: [{attendee}, Maija Meikäläinen]\n---\n";

    /// <summary>A Finnish and a Swedish decision of an organ whose personal data expires, beside its meeting file.</summary>
    internal static TestSite Site(string finnishFile, string swedishFile) => new($"""
        -- site.yml --
        {Config}
        -- content/fi/meetings/kaupunginhallitus/2025-03-05.md --
        {Meeting("Maija Meikäläinen")}
        -- content/fi/2025/avustus.md --
        {finnishFile}
        -- content/sv/2025/avustus.md --
        {swedishFile}
        """);

    // Each decision's extra field is at its line 8.
    private static TestSite Site(string finnish, string swedish, string finnishMeeting, string swedishMeeting) => new($"""
        -- site.yml --
        {Config}
        -- content/fi/meetings/kaupunginhallitus/2025-03-05.md --
        {finnishMeeting}
        -- content/sv/meetings/kaupunginhallitus/2025-03-05.md --
        {swedishMeeting}
        -- content/fi/2025/avustus.md --
        {Decisions.Finnish(title: "Avustus", date: "2025-03-05", extra: finnish)}
        -- content/sv/2025/avustus.md --
        {Decisions.Swedish(title: "Bidrag", date: "2025-03-05", extra: swedish)}
        """);
}
