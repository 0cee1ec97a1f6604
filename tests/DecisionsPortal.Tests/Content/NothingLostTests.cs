using DecisionsPortal.Diagnostics;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Content;

/// <summary>An editor's slip that would otherwise pass without a word: each one is named, with its file and line.</summary>
public sealed class NothingLostTests
{
    private static Diagnostic Warning(TestSite site, string code)
    {
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == code);
        Assert.False(warning.IsError);
        return warning;
    }

    private static string Tail(string path) => path[path.IndexOf("content/", StringComparison.Ordinal)..];

    [Theory]
    [InlineData("uusi.MD")]
    [InlineData("uusi.markdown")]
    [InlineData("uusi.Md")]
    [InlineData("uusi.md.txt")]
    [InlineData("uusi.MD.TXT")]
    public void A_decision_saved_with_another_extension_is_named_with_the_rename_it_needs(string name)
    {
        using var site = new TestSite($"-- content/fi/2025/a.md --\n{Decisions.Finnish()}\n-- content/fi/2025/{name} --\n{Decisions.Finnish(title: "Uusi")}");

        var warning = Warning(site, DiagnosticCodes.UnreadExtension);

        Assert.Equal($"content/fi/2025/{name}", Tail(warning.Location.Path));
        Assert.Contains("rename the file to 'uusi.md'", warning.Message);
    }

    // A meeting file so saved kept its 'status: cancelled' or its attendance off the meeting's page without a word.
    [Theory]
    [InlineData("2025-03-14.MD")]
    [InlineData("2025-03-14.markdown")]
    [InlineData("2025-03-14.md.txt")]
    public void A_meeting_file_saved_with_another_extension_is_named_with_the_rename_it_needs(string name)
    {
        using var site = new TestSite($"-- content/fi/2025/a.md --\n{Decisions.Finnish()}\n-- content/fi/meetings/kaupunginhallitus/{name} --\n---\nstatus: cancelled\n---\n");

        var warning = Warning(site, DiagnosticCodes.UnreadExtension);

        Assert.Equal($"content/fi/meetings/kaupunginhallitus/{name}", Tail(warning.Location.Path));
        Assert.Contains("rename the file to '2025-03-14.md'", warning.Message);
    }

    [Fact]
    public void A_decision_in_another_years_folder_is_warned_about_at_its_date()
    {
        using var site = new TestSite($"-- content/fi/2024/a.md --\n{Decisions.Finnish(date: "2025-03-14")}");

        var warning = Warning(site, DiagnosticCodes.YearFolderDiffers);

        Assert.Equal("content/fi/2024/a.md", Tail(warning.Location.Path));
        Assert.Equal(3, warning.Location.Line);
        Assert.Contains("the date is in 2025 but the file is in the folder 2024/; move it to 2025/", warning.Message);
    }

    [Theory]
    [InlineData("pykälä: 45", "section")]
    [InlineData("diaarinumero: KH/1/2025", "dnro")]
    [InlineData("diarienummer: KH/1/2025", "dnro")]
    [InlineData("päätösehdotus: x", "proposal")]
    [InlineData("beslutsförslag: x", "proposal")]
    [InlineData("valmistelija: x", "preparer")]
    [InlineData("beredare: x", "preparer")]
    [InlineData("esittelijä: x", "presenter")]
    [InlineData("föredragande: x", "presenter")]
    [InlineData("päätös: x", "decision")]
    [InlineData("beslut: x", "decision")]
    [InlineData("aiheet: x", "topics")]
    [InlineData("ämnen: x", "topics")]
    [InlineData("liitteet: x", "attachments")]
    [InlineData("bilagor: x", "attachments")]
    [InlineData("otsikko: x", "title")]
    [InlineData("rubrik: x", "title")]
    [InlineData("päivämäärä: x", "date")]
    [InlineData("datum: x", "date")]
    [InlineData("toimielin: x", "body")]
    [InlineData("organ: x", "body")]
    [InlineData("Pykala: 45", "section")]
    public void A_field_written_in_finnish_or_swedish_is_answered_with_its_name(string line, string field)
    {
        using var site = new TestSite($"-- content/fi/2025/a.md --\n{Decisions.Finnish(extra: line)}");

        var warning = Warning(site, DiagnosticCodes.UnknownField);

        Assert.Equal(8, warning.Location.Line);
        Assert.EndsWith($"is ignored; did you mean '{field}'?", warning.Message);
    }

    [Theory]
    [InlineData("dnro: KH/1/2025", "", "dnro", "'dnro' is missing, but its translation")]
    [InlineData("section: 45", "section: 46", "section", "'section: 46' differs from its translation")]
    [InlineData("meeting: 3/2025", "", "meeting", "'meeting' is missing, but its translation")]
    [InlineData("votes: { for: 7, against: 2 }", "votes: { for: 7, against: 3 }", "votes", "'votes: 7 for, 3 against' differs from its translation")]
    [InlineData("", "dissent: [Anna Aho]", "dissent", "'dissent: 1 dissent(s)' is not in its translation")]
    // One language's page said "not decided yet" and the other's what was decided.
    [InlineData("status: agenda", "status: as_proposed", "status", "'status: as_proposed' differs from its translation")]
    [InlineData("status: rejected", "", "status", "'status' is missing, but its translation")]
    [InlineData("topics: [schools, environment]", "topics: [schools]", "topics", "'topics: schools' differs from its translation")]
    public void A_translation_that_disagrees_on_a_fact_of_the_minutes_warns_at_its_field(string finnish, string swedish, string field, string message)
    {
        using var site = new TestSite($"-- content/fi/2025/a.md --\n{Decisions.Finnish(extra: finnish)}\n-- content/sv/2025/a.md --\n{Decisions.Swedish(extra: swedish)}");

        var warning = Warning(site, DiagnosticCodes.TranslationFieldDiffers);

        Assert.Equal("content/sv/2025/a.md", Tail(warning.Location.Path));
        Assert.Equal(swedish.Length == 0 ? 1 : 8, warning.Location.Line);
        Assert.Contains(message, warning.Message);
        Assert.Contains($"'{field}", warning.Message);
    }

    [Fact]
    public void Translations_that_agree_on_every_fact_do_not_warn()
    {
        var facts = "dnro: KH/1/2025\nsection: 45\nmeeting: 3/2025\nstatus: amended\ntopics: [schools, environment]\nvotes: { for: 7, against: 2 }\ndissent: [{ name: Anna Aho, text: Eri mieltä. }]";
        var swedishFacts = facts.Replace("Eri mieltä.", "Av annan åsikt.", StringComparison.Ordinal).Replace("[schools, environment]", "[environment, schools]", StringComparison.Ordinal);
        using var site = new TestSite($"-- content/fi/2025/a.md --\n{Decisions.Finnish(extra: facts)}\n-- content/sv/2025/a.md --\n{Decisions.Swedish(extra: swedishFacts)}");

        var result = site.Build();

        Assert.True(result.Succeeded);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_decision_dated_on_a_cancelled_meeting_warns_at_its_date()
    {
        using var site = new TestSite($"""
            -- content/fi/2025/a.md --
            {Decisions.Finnish()}
            -- content/fi/meetings/kaupunginhallitus/2025-03-14.md --
            ---
            number: 4/2025
            status: cancelled
            ---
            """);

        var warning = Warning(site, DiagnosticCodes.DecisionOnCancelledMeeting);

        Assert.Equal("content/fi/2025/a.md", Tail(warning.Location.Path));
        Assert.Equal(3, warning.Location.Line);
        Assert.Contains("the meeting of 'kaupunginhallitus' on 2025-03-14 was cancelled (", warning.Message);
    }

    [Fact]
    public void Check_names_each_missing_translation_in_an_info_line_and_still_passes()
    {
        using var site = new TestSite($"-- content/fi/2025/a.md --\n{Decisions.Finnish()}\n-- content/fi/2025/b.md --\n{Decisions.Finnish(title: "Toinen")}\n-- content/sv/2025/b.md --\n{Decisions.Swedish()}");

        var (exit, stdout, stderr) = CommandLineRunner.Run("check", "--config", site.ConfigPath);

        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        var info = Assert.Single(stdout.Split('\n'), l => l.Contains(": info: no translation", StringComparison.Ordinal));
        Assert.Contains("content/fi/2025/a.md(1,1): info: no translation in sv; 'new --lang sv --translation-of ", info);
        Assert.Contains("Checked 3 decisions: no errors, 0 warning(s)", stdout);
    }

    [Fact]
    public void A_translation_that_is_there_but_not_published_is_not_named_missing()
    {
        using var site = new TestSite(
            $"-- content/fi/2025/luonnos.md --\n{Decisions.Finnish()}\n-- content/sv/2025/luonnos.md --\n{Decisions.Swedish(extra: "draft: true")}\n"
            + $"-- content/fi/2025/virhe.md --\n{Decisions.Finnish(title: "Toinen")}\n-- content/sv/2025/virhe.md --\n{Decisions.Swedish(date: "14.3.2025")}\n"
            + $"-- content/fi/2025/yksin.md --\n{Decisions.Finnish(title: "Kolmas")}");

        var (exit, stdout, stderr) = CommandLineRunner.Run("check", "--config", site.ConfigPath, "--lang", "en");

        Assert.Equal(1, exit);
        Assert.Contains("content/sv/2025/virhe.md(3,7): error DP0011", stderr);
        var info = Assert.Single(stdout.Split('\n'), l => l.Contains(": info: no translation", StringComparison.Ordinal));
        Assert.Contains("content/fi/2025/yksin.md(1,1): info: no translation in sv", info, StringComparison.Ordinal);
    }

    [Fact]
    public void Checks_summary_of_errors_does_not_speak_of_output_it_never_writes()
    {
        using var site = new TestSite($"-- content/fi/2025/a.md --\n{Decisions.Finnish(date: "14.3.2025")}");

        var (exit, _, stderr) = CommandLineRunner.Run("check", "--config", site.ConfigPath);

        Assert.Equal(1, exit);
        Assert.Contains("content/fi/2025/a.md(3,7): error DP0011", stderr);
        Assert.Contains("1 error(s), 0 warning(s)", stderr);
        Assert.DoesNotContain("nothing was written", stderr);
    }

    // A key written in one file of a pair only: both were published unpaired, each language's listings showing both.
    [Theory]
    [InlineData("key: katto-2025", "", "fi")]
    [InlineData("", "key: taket", "sv")]
    [InlineData("key: katto-2025", "key: taket", "sv")]
    public void Files_at_one_address_with_different_keys_warn_at_the_key(string finnish, string swedish, string warned)
    {
        using var site = new TestSite($"-- content/fi/2025/a.md --\n{Decisions.Finnish(extra: finnish)}\n-- content/sv/2025/a.md --\n{Decisions.Swedish(extra: swedish)}");

        var warning = Warning(site, "DP0191");

        Assert.Equal($"content/{warned}/2025/a.md", Tail(warning.Location.Path));
        Assert.Equal(8, warning.Location.Line);
        var other = warned == "fi" ? "sv" : "fi";
        Assert.Contains($"content/{other}/2025/a.md in another language, but not its key", warning.Message);
        Assert.EndsWith("write the same 'key:' in both files, or in neither", warning.Message);
    }

    // The Finnish file copied into sv/ and not yet translated was published as the Swedish page.
    [Fact]
    public void A_translation_that_is_its_pair_word_for_word_warns_at_its_title()
    {
        using var site = new TestSite($"-- content/fi/2025/a.md --\n{Decisions.Finnish()}\n-- content/sv/2025/a.md --\n{Decisions.Finnish()}");

        var warning = Warning(site, "DP0192");

        Assert.Equal("content/sv/2025/a.md", Tail(warning.Location.Path));
        Assert.Equal(2, warning.Location.Line);
        Assert.StartsWith("the title and the proposal are word for word those of its translation ", warning.Message);
        Assert.EndsWith("content/fi/2025/a.md: a copy not yet translated is published as the page in 'sv'; translate it, or write 'draft: true' in it until it is", warning.Message);
    }
}
