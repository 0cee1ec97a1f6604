using DecisionsPortal.Diagnostics;
using DecisionsPortal.Pipeline;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Content;

public sealed class LegalFieldsValidationTests
{
    // The extra front matter of Decisions.Finnish starts on line 8 of the file.
    private static BuildResult BuildWith(string extra, string? siteYml = null)
    {
        var files = "-- content/fi/2025/a.md --\n" + Decisions.Finnish(extra: extra);
        if (siteYml is not null)
        {
            files += "\n-- site.yml --\n" + siteYml;
        }

        using var site = new TestSite(files);
        return site.Build();
    }

    private static Diagnostic Only(BuildResult result, string code)
    {
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == code);
        Assert.EndsWith(code.StartsWith("DP1", StringComparison.Ordinal) ? "site.yml" : "content/fi/2025/a.md", diagnostic.Location.Path);
        return diagnostic;
    }

    [Fact]
    public void A_meeting_not_written_as_number_slash_year_shows_the_expected_form()
    {
        var error = Only(BuildWith("meeting: 2.2025"), "DP0040");

        Assert.Equal(8, error.Location.Line);
        Assert.Contains("meeting: 2/2025", error.Message);
    }

    [Theory]
    [InlineData("14 / 2025", "14/2025")]
    [InlineData("14/25", "14/2025")]
    [InlineData("14.", "14/2025")]
    [InlineData("14", "14/2025")]
    [InlineData("14–2025", "14/2025")]
    [InlineData("14/2025.", "14/2025")]
    [InlineData("nro 14/2025", "14/2025")]
    [InlineData("Kokous nro 14/2025", "14/2025")]
    [InlineData("N:o 14/2025", "14/2025")]
    [InlineData("Protokoll nr 14/2025", "14/2025")]
    public void A_meeting_number_written_otherwise_is_answered_with_the_number_to_write(string written, string meant)
    {
        var error = Only(BuildWith($"meeting: \"{written}\""), "DP0040");

        Assert.EndsWith($"not '{written}'; write 'meeting: {meant}'", error.Message);
    }

    [Theory]
    [InlineData("against: Anna Aho, Eero Esa", "; write 'against: [Anna Aho, Eero Esa]'")]
    [InlineData("for: 7 ääntä", "; write 'for: 7'")]
    public void A_vote_side_written_as_the_minutes_write_it_is_answered_with_the_line_to_write(string side, string tail)
    {
        var error = Only(BuildWith($"votes:\n  {side}"), "DP0042");

        Assert.EndsWith(tail, error.Message);
    }

    [Fact]
    public void Dissent_of_several_names_on_one_line_warns_with_the_list_to_write()
    {
        var result = BuildWith("status: amended\ndissent: Anna Aho, Eero Esa");

        Assert.True(result.Succeeded);
        var warning = Only(result, "DP0043");
        Assert.False(warning.IsError);
        Assert.Equal((9, 10), (warning.Location.Line, warning.Location.Column));
        Assert.Equal("'dissent' is one name here, 'Anna Aho, Eero Esa': if it names several people, write them as a list, 'dissent: [Anna Aho, Eero Esa]'", warning.Message);
    }

    // Finnish minutes write a name surname first: 'Lohiniva, Sirpa' is one person, not two.
    [Theory]
    [InlineData("Lohiniva, Sirpa", "Sirpa Lohiniva")]
    [InlineData("Mäki-Petäjä, Anna Liisa", "Anna Liisa Mäki-Petäjä")]
    public void Dissent_of_one_name_written_surname_first_warns_with_the_name_first_name_first(string written, string meant)
    {
        var result = BuildWith($"status: amended\ndissent: {written}");

        Assert.True(result.Succeeded);
        var warning = Only(result, "DP0043");
        Assert.False(warning.IsError);
        Assert.Equal($"'dissent' is one name written surname first, '{written}', as the minutes write it: write it first name first, as the votes and the register of members write a name, 'dissent: {meant}' (if it names two people, write them as a list, 'dissent: [{written}]')", warning.Message);
    }

    [Fact]
    public void A_vote_side_of_one_name_written_surname_first_is_answered_with_the_name_first_name_first()
    {
        var error = Only(BuildWith("votes:\n  against: Lohiniva, Sirpa"), "DP0042");

        Assert.EndsWith("; write 'against: [Sirpa Lohiniva]'", error.Message);
    }

    // The line the warning suggests must read back as the two dissenters it names, a marked one too.
    [Fact]
    public void The_list_suggested_for_a_dissent_with_a_marked_name_reads_back()
    {
        var warning = Only(BuildWith("status: amended\ndissent: Eero Esa, [[Anna Aho]]{.personal}"), "DP0043");
        var suggested = warning.Message[(warning.Message.LastIndexOf("'dissent: ", StringComparison.Ordinal) + 1)..^1];
        Assert.Equal("dissent: [Eero Esa, '[[Anna Aho]]{.personal}']", suggested);

        var result = BuildWith("status: amended\n" + suggested);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "DP0043" or "DP0004");
    }

    [Fact]
    public void A_diary_number_without_letters_or_digits_is_an_error()
    {
        var error = Only(BuildWith("dnro: \"//\""), "DP0016");

        Assert.Equal(8, error.Location.Line);
        Assert.Contains("dnro: EXE/12/10.03/2025", error.Message);
    }

    [Theory]
    [InlineData("dnro: \"Dnro: KEMI/398/12.00.00/2026\"", "Dnro")]
    [InlineData("dnro: Dnr KEMI/398/12.00.00/2026", "Dnr")]
    [InlineData("dnro: DIAARINUMERO KEMI/398/12.00.00/2026", "DIAARINUMERO")]
    public void A_diary_number_written_with_its_label_warns_with_the_number_alone(string field, string label)
    {
        var result = BuildWith(field);

        Assert.True(result.Succeeded);
        var warning = Only(result, "DP0016");
        Assert.False(warning.IsError);
        Assert.Equal((8, 7), (warning.Location.Line, warning.Location.Column));
        Assert.Equal($"'dnro' begins with '{label}', the name of the field, which other handlings of the case may not write, and the case is the decisions of one diary number: write the number alone, 'dnro: KEMI/398/12.00.00/2026'", warning.Message);
    }

    // As a PDF or Word pastes the number: spaces round the slashes, a line's full stop, a soft hyphen or a no-break space.
    [Theory]
    [InlineData("dnro: KEMI / 398 / 12.00.00 / 2026")]
    [InlineData("dnro: KEMI/398/12.00.00/2026.")]
    [InlineData("dnro: KEMI/398/12.00.00/20\u00ad26")]
    [InlineData("dnro: KEMI/398/12.00.00/\u00a02026")]
    public void A_diary_number_pasted_with_spaces_a_full_stop_or_an_invisible_character_warns_with_the_number_to_write(string field)
    {
        var result = BuildWith(field);

        Assert.True(result.Succeeded);
        var warning = Only(result, "DP0016");
        Assert.False(warning.IsError);
        Assert.Equal((8, 7), (warning.Location.Line, warning.Location.Column));
        Assert.Equal("'dnro' is written with spaces, an invisible character or a full stop that the diary number does not have: the page and the open data show the number so, and another handling of the case written without them is refused as a second spelling of it; write 'dnro: KEMI/398/12.00.00/2026'", warning.Message);
    }

    // Word's dash looks like the number's hyphen, so the error that two spellings make one case
    // page showed the editor two numbers that look the same: the dash is named at its own line.
    [Theory]
    [InlineData("dnro: KEMI–398–2026", "–")]
    [InlineData("dnro: KEMI—398—2026", "—")]
    [InlineData("dnro: KEMI\u2011398\u20112026", "\u2011")]
    public void A_diary_number_with_the_dash_Word_types_warns_with_the_hyphen_to_write(string field, string dash)
    {
        var result = BuildWith(field);

        Assert.True(result.Succeeded);
        var warning = Only(result, "DP0016");
        Assert.Equal((8, 7), (warning.Location.Line, warning.Location.Column));
        Assert.Equal($"'dnro' has a dash ({dash}) that Word typed for the hyphen (-) of the diary number, and looks the same: another handling of the case written with the hyphen is refused as a second spelling of it; write 'dnro: KEMI-398-2026'", warning.Message);
    }

    [Fact]
    public void A_diary_number_with_its_label_and_spaces_warns_once_with_the_number_alone() =>
        Assert.EndsWith("write the number alone, 'dnro: KEMI/398/12.00.00/2026'", Only(BuildWith("dnro: Dnro KEMI / 398 / 12.00.00 / 2026."), "DP0016").Message);

    [Fact]
    public void A_diary_number_as_written_raises_nothing() =>
        Assert.DoesNotContain(BuildWith("dnro: KEMI/398/12.00.00/2026").Diagnostics, d => d.Code == "DP0016");

    [Fact]
    public void A_misspelt_status_suggests_the_closest_one()
    {
        var error = Only(BuildWith("status: ammended"), "DP0041");

        Assert.Equal(8, error.Location.Line);
        Assert.Contains("did you mean 'amended'", error.Message);
    }

    [Fact]
    public void A_misspelt_side_of_a_vote_suggests_the_closest_one_at_its_line()
    {
        var error = Only(BuildWith("votes:\n  for: 7\n  againts: 2"), "DP0042");

        Assert.Equal(10, error.Location.Line);
        Assert.Contains("did you mean 'against'", error.Message);
    }

    // A count copied from a table of the minutes keeps the no-break space Word puts beside a number.
    [Theory]
    [InlineData("votes: { for: 7\u00a0, against: 2 }")]
    [InlineData("votes: { for: \"\u00a07\", against: 2 }")]
    public void A_vote_count_with_a_no_break_space_round_it_is_its_number(string votes)
    {
        var files = "-- content/fi/2025/a.md --\n" + Decisions.Finnish(extra: votes);
        using var site = new TestSite(files);

        Assert.True(site.Build().Succeeded);
        using var data = System.Text.Json.JsonDocument.Parse(site.Read("fi/decisions.json"));
        Assert.Equal(7, data.RootElement.GetProperty("decisions")[0].GetProperty("votes").GetProperty("for").GetProperty("count").GetInt32());
    }

    [Fact]
    public void A_vote_count_that_is_not_a_number_or_a_list_of_names_is_an_error()
    {
        var error = Only(BuildWith("votes: { for: seven }"), "DP0042");

        Assert.Contains("a count (e.g. 7) or a list of names", error.Message);
    }

    [Fact]
    public void A_dissent_without_a_name_is_an_error_and_an_unknown_field_in_it_is_named()
    {
        var result = BuildWith("dissent:\n  - { text: Olen eri mieltä. }\n  - { name: Anna Aho, txt: Eri mieltä }");

        var errors = result.Diagnostics.Where(d => d.Code == "DP0043").ToList();
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Message.Contains("needs a 'name'"));
        Assert.Contains(errors, e => e.Message.Contains("did you mean 'text'") && e.Location.Line == 10);
    }

    [Fact]
    public void A_misspelt_appeal_suggests_the_closest_kind()
    {
        var error = Only(BuildWith("appeal: muncipal"), "DP0044");

        Assert.Contains("did you mean 'municipal'", error.Message);
    }

    [Fact]
    public void Personal_may_only_name_fields_that_can_hold_personal_data()
    {
        var error = Only(BuildWith("personal: [dissent, propsal]"), "DP0045");

        Assert.Contains("did you mean 'proposal'", error.Message);
    }

    [Fact]
    public void Withdrawn_must_be_true_false_or_a_date()
    {
        var error = Only(BuildWith("withdrawn: maybe"), "DP0046");

        Assert.Contains("withdrawn: 2025-04-01", error.Message);
    }

    [Fact]
    public void Updated_must_be_an_iso_date()
    {
        var error = Only(BuildWith("updated: 1.4.2025"), "DP0011");

        Assert.Contains("updated: 2025-04-01", error.Message);
    }

    [Fact]
    public void Confidential_must_be_true_or_false()
    {
        var error = Only(BuildWith("confidential: yes"), "DP0015");

        Assert.Contains("'confidential' must be true or false", error.Message);
    }

    [Theory]
    [InlineData("confidential: kyllä", "true")]
    [InlineData("confidential: Ja", "true")]
    [InlineData("confidential: yes", "true")]
    [InlineData("confidential: ei", "false")]
    [InlineData("confidential: nej", "false")]
    [InlineData("confidential: True", "true")]
    [InlineData("draft: FALSE", "false")]
    public void A_yes_or_no_in_words_is_answered_with_the_word_to_write(string line, string meant)
    {
        var error = Only(BuildWith(line), "DP0015");

        Assert.EndsWith($"; did you mean '{meant}'?", error.Message);
    }

    [Theory]
    [InlineData("confidential:")]
    [InlineData("confidential: ~")]
    [InlineData("draft: null")]
    public void An_empty_confidential_or_draft_is_an_error_not_a_no(string line)
    {
        var error = Only(BuildWith(line), "DP0015");

        Assert.True(error.IsError);
        Assert.Contains("is empty: write true or false", error.Message);
    }

    [Fact]
    public void A_misspelt_law_field_is_a_warning_with_a_suggestion()
    {
        var warning = Only(BuildWith("dissnet: Anna Aho"), "DP0014");

        Assert.False(warning.IsError);
        Assert.Contains("did you mean 'dissent'", warning.Message);
    }

    [Theory]
    [InlineData("confidental: true", "confidential")]
    [InlineData("Confidential: true", "confidential")]
    [InlineData("salainen: true", "confidential")]
    [InlineData("sekretess: true", "confidential")]
    [InlineData("salassapidettävä: true", "confidential")]
    [InlineData("salassa: true", "confidential")]
    [InlineData("hemlig: true", "confidential")]
    [InlineData("henkilötieto: [title]", "personal")]
    [InlineData("personuppgift: [title]", "personal")]
    [InlineData("peruutettu: 2025-03-20", "withdrawn")]
    [InlineData("återkallad: 2025-03-20", "withdrawn")]
    [InlineData("darft: true", "draft")]
    [InlineData("withdrawm: 2025-03-20", "withdrawn")]
    [InlineData("persnoal: [proposal]", "personal")]
    public void A_misspelt_field_that_withholds_is_an_error_and_the_decision_is_not_published(string field, string meant)
    {
        // Ignored with a warning, it would publish in full what the editor meant to withhold.
        using var site = new TestSite("-- content/fi/2025/a.md --\n" + Decisions.Finnish(extra: field));

        var result = site.Build();

        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single(result.Diagnostics, d => d.Code == "DP0014");
        Assert.True(error.IsError);
        Assert.Equal(8, error.Location.Line);
        Assert.Contains($"did you mean '{meant}'", error.Message);
        Assert.False(site.Exists("fi/paatokset/2025/a/index.html"));
    }

    [Fact]
    public void Every_law_field_written_correctly_builds_without_a_message()
    {
        var result = BuildWith("""
            dnro: EXE/12/2025
            section: 5
            meeting: 2/2025
            status: amended
            votes: { for: [Anna Aho, Eero Esa], against: 1, abstained: 0, absent: [Pekka Poissa] }
            dissent: [{ name: Eero Esa, text: Katto pitäisi uusia kokonaan. }, Anna Aho]
            updated: 2025-03-20
            appeal: municipal
            confidential: false
            personal: [dissent]
            withdrawn: false
            """);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => DiagnosticFormatter.Format(d, null))));
        // As its page shows it: every other output has the dissent, under 'personal:', as the placeholder.
        var published = Assert.Single(result.Site!.Decisions, d => d.Language == "fi").Decision;
        var decision = published.AsShownOnItsPage!;
        Assert.Equal("[henkilötieto poistettu]", published.Law.Dissent[0].Name);
        Assert.Equal("2/2025", decision.Law.Meeting!.ToString());
        Assert.Equal(2, decision.Law.Votes!.For!.Count);
        Assert.Equal(["Pekka Poissa"], decision.Law.Votes.Absent!.Names);
        Assert.Equal(new DecisionsPortal.Content.Dissent("Eero Esa", "Katto pitäisi uusia kokonaan."), decision.Law.Dissent[0]);
    }

    [Fact]
    public void An_unknown_appeal_for_an_organ_in_site_yml_is_a_configuration_error()
    {
        var yml = TestSite.DefaultConfig.Replace("kaupunginhallitus: { fi: Kaupunginhallitus, sv: Stadsstyrelsen }", "kaupunginhallitus: { fi: Kaupunginhallitus, sv: Stadsstyrelsen, appeal: rectificaton }");

        var result = BuildWith("", yml);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("did you mean 'rectification'", Only(result, "DP1051").Message);
    }

    [Fact]
    public void A_removed_file_without_a_date_is_a_configuration_error()
    {
        var result = BuildWith("", TestSite.DefaultConfig + "\nremoved:\n  - { path: fi/2024/vanha.md }\n");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("needs a path and a date", Only(result, "DP1052").Message);
    }

    // A tombstone is how a mirror learns to delete its copy (often of a decision taken down for
    // what it published): one whose path names no language of the site would be in no language's
    // open data, and one with a ".." part would give mirrors a key to delete by that leaves their
    // folder.
    [Theory]
    [InlineData("content/fi/2024/vanha.md", "'fi/2024/vanha.md'")]
    [InlineData("fi2024/vanha.md", "fi, sv")]
    [InlineData("FI/2024/vanha.md", "write 'fi/2024/vanha.md'")]
    [InlineData("fi/2024/../../vanha.md", "'..'")]
    [InlineData("fi//2024/vanha.md", "has an empty part (two slashes together, or a '/' at the end)")]
    [InlineData("fi/", "has an empty part (two slashes together, or a '/' at the end)")]
    public void A_removed_file_whose_path_is_not_a_decision_file_of_the_content_folder_is_a_configuration_error(string path, string hint)
    {
        var result = BuildWith("", TestSite.DefaultConfig + $"\nremoved:\n  - {{ path: {path}, date: 2025-02-01 }}\n");

        Assert.Equal(2, result.ExitCode);
        var error = Only(result, "DP1052");
        Assert.Contains(hint, error.Message);
        Assert.Equal(TestSite.DefaultConfig.Split('\n').Length + 2, error.Location.Line);
    }

    // Mirrors look for tombstones in the open data of the language the path begins with.
    [Theory]
    [InlineData("sv/2024/gammalt.md")]
    [InlineData("/sv/2024/gammalt.md")]
    public void A_removed_file_written_relative_to_the_content_folder_is_a_tombstone_in_its_language(string path)
    {
        using var site = new TestSite("-- content/fi/2025/a.md --\n" + Decisions.Finnish()
            + "\n-- site.yml --\n" + TestSite.DefaultConfig + $"\neditor_language: en\nremoved:\n  - {{ path: {path}, date: 2025-02-01 }}\n");

        var result = site.Build();

        Assert.True(result.ExitCode == 0 && result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics.Select(d => DiagnosticFormatter.Format(d, null))));
        Assert.Equal([("2024/gammalt", "sv", "deleted")], Removed(site, "sv"));
        Assert.Empty(Removed(site, "fi"));
    }

    private static List<(string Key, string Language, string Reason)> Removed(TestSite site, string language)
    {
        using var json = System.Text.Json.JsonDocument.Parse(site.Read($"{language}/decisions.json"));
        return json.RootElement.GetProperty("removed").EnumerateArray()
            .Select(t => (t.GetProperty("key").GetString()!, t.GetProperty("language").GetString()!, t.GetProperty("reason").GetString()!))
            .ToList();
    }

    // The tombstone tells mirrors to delete the decision with that key: a file still there (the
    // other language's, a name taken again) is a decision the site publishes.
    [Fact]
    public void A_removed_file_that_is_still_in_the_content_folder_is_a_configuration_error()
    {
        var result = BuildWith("", TestSite.DefaultConfig + "\nremoved:\n  - { path: fi/2025/a.md, date: 2025-02-01 }\n");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'fi/2025/a.md' in 'removed' is still in the content folder", Only(result, "DP1052").Message);
    }

    // Each page shows its own appeal period, so the editor is told to correct the one that differs;
    // the personal data of both leaves by the earlier last day (PersonalDataTests).
    [Fact]
    public void Translations_that_disagree_on_the_appeal_are_warned_about_at_the_appeal_written()
    {
        using var site = new TestSite(
            "-- content/fi/2025/a.md --\n" + Decisions.Finnish(extra: "appeal: rectification") +
            "\n-- content/sv/2025/a.md --\n" + Decisions.Swedish(extra: "appeal: municipal"));

        var result = site.Build();

        Assert.Equal(0, result.ExitCode);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "DP0181");
        Assert.False(warning.IsError);
        Assert.EndsWith("content/sv/2025/a.md", warning.Location.Path);
        Assert.Equal((8, 1), (warning.Location.Line, warning.Location.Column));
        Assert.Contains("'rectification' in ", warning.Message);
        Assert.Contains("content/fi/2025/a.md, its translation", warning.Message);
        Assert.Contains("the earlier of the two last days", warning.Message);
    }

    // Translations of two organs are told that (DP0023); their appeals differ as the organs' do.
    [Fact]
    public void Translations_of_different_organs_are_not_told_their_appeals_differ()
    {
        var config = TestSite.DefaultConfig
            .Replace("kaupunginhallitus: { fi: Kaupunginhallitus, sv: Stadsstyrelsen }", "kaupunginhallitus: { fi: Kaupunginhallitus, sv: Stadsstyrelsen, appeal: rectification }", StringComparison.Ordinal)
            .Replace("kaupunginvaltuusto: { fi: Kaupunginvaltuusto, sv: Stadsfullmäktige }", "kaupunginvaltuusto: { fi: Kaupunginvaltuusto, sv: Stadsfullmäktige, appeal: municipal }", StringComparison.Ordinal);
        using var site = new TestSite(
            "-- site.yml --\n" + config + "\neditor_language: en\n" +
            "-- content/fi/2025/a.md --\n" + Decisions.Finnish() +
            "\n-- content/sv/2025/a.md --\n" + Decisions.Swedish(body: "kaupunginvaltuusto"));

        var result = site.Build();

        Assert.Contains(result.Diagnostics, d => d.Code == "DP0023");
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "DP0181");
    }

    [Fact]
    public void An_appeal_written_as_the_organs_in_one_translation_only_is_no_disagreement()
    {
        var config = TestSite.DefaultConfig.Replace("kaupunginhallitus: { fi: Kaupunginhallitus, sv: Stadsstyrelsen }", "kaupunginhallitus: { fi: Kaupunginhallitus, sv: Stadsstyrelsen, appeal: rectification }", StringComparison.Ordinal);
        using var site = new TestSite(
            "-- site.yml --\n" + config + "\neditor_language: en\n" +
            "-- content/fi/2025/a.md --\n" + Decisions.Finnish(extra: "appeal: rectification") +
            "\n-- content/sv/2025/a.md --\n" + Decisions.Swedish());

        var result = site.Build();

        Assert.True(result.ExitCode == 0 && result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics.Select(d => DiagnosticFormatter.Format(d, null))));
    }
}
