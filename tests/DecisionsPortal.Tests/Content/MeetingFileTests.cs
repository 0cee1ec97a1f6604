using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Content;

public sealed class MeetingFileTests
{
    private static DecisionsPortal.Pipeline.BuildResult Build(string path, string frontMatter, DateOnly? on = null)
    {
        using var site = new TestSite($"-- content/fi/2025/a.md --\n{Decisions.Finnish()}\n-- {path} --\n---\n{frontMatter}\n---\n");
        return on is { } day ? site.BuildOn(day) : site.Build();
    }

    [Fact]
    public void A_meeting_file_is_read_as_a_meeting_and_not_as_a_decision()
    {
        var result = Build("content/fi/meetings/kaupunginhallitus/2025-03-14.md", "number: 3/2025\nplace: Kaupungintalo\ntime: 17:00-19:30\nstatus: held\nminutes_public: 2025-03-19");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Single(result.Site!.Decisions, d => d.Language == "fi");
        var meeting = Assert.Single(result.Site.Council.Meetings, m => m.Language == "fi");
        Assert.Equal("Kaupungintalo", meeting.File!.Place);
        Assert.Equal(new TimeOnly(19, 30), meeting.File.End);
        Assert.Equal(new DateOnly(2025, 3, 19), meeting.MinutesPublic);
    }

    [Fact]
    public void A_time_that_is_not_a_clock_time_shows_the_expected_form()
    {
        var error = Assert.Single(Build("content/fi/meetings/kaupunginhallitus/2025-03-14.md", "time: viideltä").Diagnostics, d => d.Code == "DP0047");

        Assert.Equal(2, error.Location.Line);
        Assert.Contains("time: 17:00-19:30", error.Message);
    }

    [Theory]
    [InlineData("time: klo 16", "16:00")]
    [InlineData("time: 16", "16:00")]
    [InlineData("time: kello 16-18", "16:00-18:00")]
    [InlineData("time: kl. 9.30-12", "9:30-12:00")]
    [InlineData("time: klo 16–18.15", "16:00-18:15")]
    [InlineData("time: kl. 16-18.15", "16:00-18:15")]
    [InlineData("time: klo 16.00 - 18.15", "16:00-18:15")]
    [InlineData("time: klo 16.00–18.15", "16:00-18:15")]
    [InlineData("time: klo. 16.00", "16:00")]
    [InlineData("time: klo\u00a016.00", "16:00")]
    [InlineData("time: 16.00—18.15", "16:00-18:15")]
    [InlineData("time: 16.00 − 18.15", "16:00-18:15")]
    [InlineData("time: 16.00-18.15.", "16:00-18:15")]
    [InlineData("time: ke 14.3.2025 klo 16.00–18.15", "16:00-18:15")]
    [InlineData("time: 14.3.2025 kl. 16", "16:00")]
    public void A_time_of_whole_hours_with_the_clock_word_or_a_typed_dash_is_answered_with_the_whole_time_to_write(string time, string meant)
    {
        var error = Assert.Single(Build("content/fi/meetings/kaupunginhallitus/2025-03-14.md", time).Diagnostics, d => d.Code == "DP0047");

        Assert.EndsWith($"; write 'time: {meant}'", error.Message);
    }

    [Theory]
    [InlineData("time: 19.30-17.00")]
    [InlineData("time: 17:00-17:00")]
    [InlineData("time: 17:00-19:30-21:00")]
    [InlineData("time: 17:00-")]
    public void A_time_that_ends_before_it_starts_or_has_more_than_two_parts_is_refused(string time)
    {
        var error = Assert.Single(Build("content/fi/meetings/kaupunginhallitus/2025-03-14.md", time).Diagnostics, d => d.Code == "DP0047");

        Assert.Contains("'time' must be a start time or a start and an end", error.Message);
    }

    [Fact]
    public void A_start_time_alone_is_a_meeting_without_an_end()
    {
        var result = Build("content/fi/meetings/kaupunginhallitus/2025-03-14.md", "time: 9.05");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var meeting = Assert.Single(result.Site!.Council.Meetings, m => m.Language == "fi");
        Assert.Equal(new TimeOnly(9, 5), meeting.File!.Start);
        Assert.Null(meeting.File.End);
    }

    [Fact]
    public void A_misspelt_meeting_status_suggests_the_closest_one()
    {
        var error = Assert.Single(Build("content/fi/meetings/kaupunginhallitus/2025-03-14.md", "status: canceled").Diagnostics, d => d.Code == "DP0047");

        Assert.Contains("did you mean 'cancelled'", error.Message);
    }

    [Fact]
    public void An_unknown_meeting_field_is_a_warning_with_a_suggestion()
    {
        var warning = Assert.Single(Build("content/fi/meetings/kaupunginhallitus/2025-03-14.md", "plase: Valtuustosali").Diagnostics, d => d.Code == "DP0048");

        Assert.False(warning.IsError);
        Assert.Contains("did you mean 'place'", warning.Message);
    }

    [Theory]
    [InlineData("minutes_publc: 2025-03-20")]
    [InlineData("Minutes_public: 2025-03-20")]
    [InlineData("minutes-public: 2025-03-20")]

    // As in a decision file, a field written as the minutes' Finnish or Swedish heading is answered
    // with its name, and one meant as the day the minutes went public is an error.
    [InlineData("nähtävillä: 2025-03-20")]
    [InlineData("pöytäkirja_nähtävillä: 2025-03-20")]
    [InlineData("framlagt: 2025-03-20")]
    public void A_misspelt_minutes_public_is_an_error_since_the_marks_would_never_expire(string line)
    {
        var result = Build("content/fi/meetings/kaupunginhallitus/2025-03-14.md", line);

        var error = Assert.Single(result.Diagnostics, d => d.Code == "DP0048");
        Assert.True(error.IsError);
        Assert.Contains("did you mean 'minutes_public'", error.Message);
        Assert.Equal(1, result.ExitCode);
    }

    // A decision's way of withholding, written in a meeting file, withholds nothing there: the
    // meeting and its names would be published although the editor meant to keep them back.
    [Theory]
    [InlineData("confidential: true")]
    [InlineData("draft: true")]
    [InlineData("personal: [attendees]")]
    [InlineData("salainen: true")]
    [InlineData("sekretess: true")]
    public void A_decisions_withholding_field_in_a_meeting_file_is_an_error(string line)
    {
        var result = Build("content/fi/meetings/kaupunginhallitus/2025-03-14.md", line + "\nattendees: [Maija Meikäläinen]");

        var error = Assert.Single(result.Diagnostics, d => d.Code == "DP0048");
        Assert.True(error.IsError);
        Assert.Contains("{.personal}", error.Message);
        Assert.Equal(1, result.ExitCode);
    }

    [Theory]
    [InlineData("paikka: Valtuustosali", "place")]
    [InlineData("läsnä: [Maija Meikäläinen]", "attendees")]
    [InlineData("närvarande: [Maija Meikäläinen]", "attendees")]
    [InlineData("kokousaika: 17:00", "time")]
    public void Another_field_written_as_its_word_is_a_warning_that_names_the_field(string line, string field)
    {
        var result = Build("content/fi/meetings/kaupunginhallitus/2025-03-14.md", line);

        var warning = Assert.Single(result.Diagnostics, d => d.Code == "DP0048");
        Assert.False(warning.IsError);
        Assert.Contains($"did you mean '{field}'", warning.Message);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void A_meeting_folder_must_name_a_declared_organ()
    {
        var error = Assert.Single(Build("content/fi/meetings/kaupunginhalitus/2025-03-14.md", "place: Sali").Diagnostics, d => d.Code == "DP0054");

        Assert.Contains("did you mean 'kaupunginhallitus'", error.Message);
    }

    [Fact]
    public void A_meeting_folder_named_by_the_organ_as_the_site_shows_it_is_told_the_id()
    {
        var error = Assert.Single(Build("content/sv/meetings/stadsstyrelsen/2025-03-14.md", "place: Sali").Diagnostics, d => d.Code == "DP0054");

        Assert.Contains("'stadsstyrelsen' is the name the site shows for 'kaupunginhallitus': write its id, 'kaupunginhallitus'", error.Message);
    }

    [Fact]
    public void A_meeting_file_is_named_after_its_date()
    {
        var error = Assert.Single(Build("content/fi/meetings/kaupunginhallitus/maaliskuu.md", "place: Sali").Diagnostics, d => d.Code == "DP0047");

        Assert.Contains("YYYY-MM-DD.md", error.Message);
    }

    [Fact]
    public void A_meeting_number_of_another_year_than_its_date_is_an_error()
    {
        var error = Assert.Single(Build("content/fi/meetings/kaupunginhallitus/2025-03-14.md", "number: 3/2024").Diagnostics, d => d.Code == "DP0040");

        Assert.Contains("another year", error.Message);
    }

    [Fact]
    public void Minutes_cannot_go_public_before_the_meeting()
    {
        var error = Assert.Single(Build("content/fi/meetings/kaupunginhallitus/2025-03-14.md", "minutes_public: 2025-03-01").Diagnostics, d => d.Code == "DP0047");

        Assert.Contains("before the meeting", error.Message);
    }

    [Theory]
    [InlineData("minutes_public: 2052-03-19")] // the year's digits swapped
    [InlineData("minutes_public: 2025-10-03")] // 10.3. written with its day and month swapped
    public void Minutes_public_months_after_the_meeting_is_a_warning_since_personal_data_would_stay_that_long(string line)
    {
        var result = Build("content/fi/meetings/kaupunginhallitus/2025-03-14.md", line, new DateOnly(2025, 4, 1));

        var warning = Assert.Single(result.Diagnostics, d => d.Code == "DP0047");
        Assert.False(warning.IsError);
        Assert.Equal((2, 17), (warning.Location.Line, warning.Location.Column));
        Assert.Contains("after the meeting", warning.Message);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Minutes_published_late_are_no_longer_warned_about_once_that_day_is_long_past()
    {
        // A summer recess: the minutes of 10 June went public on 15 August; a year later the marks have expired.
        const string Path = "content/fi/meetings/kaupunginhallitus/2025-06-10.md";
        Assert.Single(Build(Path, "minutes_public: 2025-08-15", new DateOnly(2025, 8, 20)).Diagnostics, d => d.Code == "DP0047");
        Assert.DoesNotContain(Build(Path, "minutes_public: 2025-08-15", new DateOnly(2026, 8, 20)).Diagnostics, d => d.Code == "DP0047");
    }

    [Fact]
    public void Minutes_public_within_weeks_of_the_meeting_is_not_reported()
    {
        Assert.DoesNotContain(Build("content/fi/meetings/kaupunginhallitus/2025-03-14.md", "minutes_public: 2025-05-09").Diagnostics, d => d.Code == "DP0047");
    }

    // The minutes list who was present on one line, and the editor copies the line as it is.
    [Theory]
    [InlineData("attendees: Aila Pohjanvirta, Jarmo Kivelä, Sirpa Lohiniva", "[Aila Pohjanvirta, Jarmo Kivelä, Sirpa Lohiniva]")]
    [InlineData("attendees: Aila Pohjanvirta; Jarmo Kivelä", "[Aila Pohjanvirta, Jarmo Kivelä]")]
    [InlineData("attendees: Aila Pohjanvirta", "[Aila Pohjanvirta]")]
    [InlineData("attendees: Aila Pohjanvirta, puheenjohtaja, Jarmo Kivelä, Sirpa Lohiniva, jäsen", "[{ name: Aila Pohjanvirta, role: puheenjohtaja }, Jarmo Kivelä, { name: Sirpa Lohiniva, role: jäsen }]")]
    [InlineData("attendees: |\n  Aila Pohjanvirta\n  Jarmo Kivelä", "[Aila Pohjanvirta, Jarmo Kivelä]")]
    public void Attendees_written_on_one_line_are_answered_with_the_list_to_write(string field, string list)
    {
        var error = Assert.Single(Build("content/fi/meetings/kaupunginhallitus/2025-03-14.md", field).Diagnostics, d => d.Code == "DP0047");

        Assert.Equal((2, 12), (error.Location.Line, error.Location.Column));
        Assert.EndsWith($"; write 'attendees: {list}'", error.Message);
    }

    [Fact]
    public void Words_one_meeting_file_marks_and_its_translation_writes_unmarked_are_an_error_at_each_place_they_are_written()
    {
        using var site = new TestSite($$"""
            -- content/fi/2025/a.md --
            {{Decisions.Finnish()}}
            -- content/fi/meetings/kaupunginhallitus/2025-03-14.md --
            ---
            place: "[[Asukas Anttila]]{.personal}, kotikäynti"
            minutes_public: 2025-03-19
            attendees:
              - "[[Eero Esa]]{.personal}"
              - { name: Olli Esimerkki, role: "[[Sanna Sijainen]]{.personal} sijainen" }
            ---
            Sihteerinä [[Pekka Puro]]{.personal}.
            -- content/sv/meetings/kaupunginhallitus/2025-03-14.md --
            ---
            place: Asukas Anttila, hembesök
            minutes_public: 2025-03-19
            attendees:
              - Eero Esa
              - { name: Olli Esimerkki, role: Sanna Sijainen ersättare }
            ---
            Sekreterare Pekka Puro.
            """);

        var errors = site.Build().Diagnostics.Where(d => d.Code == "DP0102")
            .Select(d => (Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(d.Location.Path)))), d.Location.Line, d.Location.Column)).ToList();

        Assert.Equal([("sv", 2, 8), ("sv", 5, 5), ("sv", 6, 35), ("sv", 8, 13)], errors);
    }

    // Each page shows its own day, so the editor is told to correct the later one; the personal
    // data of both leaves by the earlier (PersonalDataTests).
    [Fact]
    public void Meeting_files_of_one_meeting_that_disagree_on_minutes_public_are_warned_about_at_the_later_day()
    {
        using var site = new TestSite($"""
            -- content/fi/2025/a.md --
            {Decisions.Finnish()}
            -- content/fi/meetings/kaupunginhallitus/2025-03-14.md --
            ---
            place: Kaupungintalo
            minutes_public: 2025-03-19
            ---
            -- content/sv/meetings/kaupunginhallitus/2025-03-14.md --
            ---
            place: Stadshuset
            minutes_public: 2025-04-09
            ---
            """);

        var result = site.Build();

        Assert.Equal(0, result.ExitCode);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "DP0180");
        Assert.False(warning.IsError);
        Assert.EndsWith("content/sv/meetings/kaupunginhallitus/2025-03-14.md", warning.Location.Path);
        Assert.Equal((3, 17), (warning.Location.Line, warning.Location.Column));
        Assert.Contains("but 2025-03-19 in ", warning.Message);
        Assert.Contains("content/fi/meetings/kaupunginhallitus/2025-03-14.md", warning.Message);
        Assert.Contains("taken off the site by the earlier day", warning.Message);
    }

    // The file without a day takes its translation's, as the meeting's decisions do.
    [Fact]
    public void Minutes_public_given_in_one_language_only_is_no_disagreement()
    {
        using var site = new TestSite($"""
            -- content/fi/2025/a.md --
            {Decisions.Finnish()}
            -- content/fi/meetings/kaupunginhallitus/2025-03-14.md --
            ---
            place: Kaupungintalo
            minutes_public: 2025-03-19
            ---
            -- content/sv/meetings/kaupunginhallitus/2025-03-14.md --
            ---
            place: Stadshuset
            ---
            """);

        var result = site.Build();

        Assert.True(result.ExitCode == 0 && result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void An_attendee_missing_from_the_register_is_warned_about_at_the_name()
    {
        using var site = new TestSite(MemberTown.Files.Replace("  - Eeva Eskola\n", "  - Eeva Eskola\n  - Outi Oja\n", StringComparison.Ordinal));

        var warning = Assert.Single(site.Build().Diagnostics, d => d.Code == "DP0267" && d.Message.Contains("Outi Oja", StringComparison.Ordinal));

        Assert.Equal((12, 5), (warning.Location.Line, warning.Location.Column));
    }

    [Theory]
    [InlineData("rooli", "did you mean 'role'")]
    [InlineData("roll", "did you mean 'role'")]
    [InlineData("rolle", "did you mean 'role'")]
    public void An_attendees_field_that_is_not_name_or_role_is_named_at_its_line_rather_than_lost(string field, string hint)
    {
        var result = Build("content/fi/meetings/kaupunginhallitus/2025-03-14.md", $"place: Sali\nattendees:\n  - {{ name: Olli Esimerkki, {field}: esittelijä }}");

        var warning = Assert.Single(result.Diagnostics, d => d.Code == "DP0048");
        Assert.Equal((4, 29), (warning.Location.Line, warning.Location.Column));
        Assert.Contains($"unknown field '{field}' of an attendee is ignored; {hint}", warning.Message);
    }

    // The Swedish calendar said 17:00 where the Finnish one said 16:00, and nothing told.
    [Theory]
    [InlineData("time: 16:00", "time: 17:00", "time", "'time: 17:00' differs from")]
    [InlineData("number: 3/2025", "number: 4/2025", "number", "'number: 4/2025' differs from")]
    [InlineData("status: held", "status: cancelled", "status", "'status: cancelled' differs from")]
    [InlineData("time: 16:00-18:00", "place: Stadshuset", "time", "'time' is missing here, but")]
    public void A_meeting_s_files_that_disagree_on_a_fact_warn_at_the_field(string finnish, string swedish, string field, string message)
    {
        using var site = new TestSite($"""
            -- content/fi/2025/a.md --
            {Decisions.Finnish()}
            -- content/fi/meetings/kaupunginhallitus/2025-03-14.md --
            ---
            {finnish}
            ---
            -- content/sv/meetings/kaupunginhallitus/2025-03-14.md --
            ---
            {swedish}
            ---
            """);

        var warning = Assert.Single(site.Build().Diagnostics, d => d.Code == "DP0242");

        Assert.EndsWith("content/sv/meetings/kaupunginhallitus/2025-03-14.md", warning.Location.Path);
        Assert.Equal(swedish.StartsWith(field, StringComparison.Ordinal) ? 2 : 1, warning.Location.Line);
        Assert.StartsWith(message, warning.Message);
        Assert.Contains("content/fi/meetings/kaupunginhallitus/2025-03-14.md, the same meeting in another language", warning.Message);
    }
}
