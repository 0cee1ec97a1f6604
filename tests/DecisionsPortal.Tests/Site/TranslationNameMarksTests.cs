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
        Assert.Contains($"'{Name}'", error.Message, StringComparison.Ordinal);
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

    [Fact]
    public void Words_marked_in_the_texts_of_both_languages_are_on_no_page_after_the_last_day_and_a_longer_word_holding_them_is_no_error()
    {
        var marked = $"[[{Name}]]{{.personal}}";
        using var site = Site(
            Decisions.Finnish(title: "Avustus", date: "2025-03-05", text: $"Hakija {marked} hakee avustusta."),
            Decisions.Swedish(title: "Bidrag", date: "2025-03-05", text: $"Sökanden {marked} ansöker om bidrag, {Name}s förening inte."));

        Assert.True(site.BuildOn(new DateOnly(2025, 3, 10)).Succeeded);
        var result = site.BuildOn(AfterLastDay);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        // Only the longer word, which no one marked, is left.
        Assert.NotEmpty(site.FilesContaining(Name));
        Assert.All(site.FilesContaining(Name), path =>
        {
            var text = File.ReadAllText(Path.Combine(site.Output, path));
            Assert.Equal(text.Split($"{Name}s").Length, text.Split(Name).Length);
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

    private static TestSite Site(string finnishFile, string swedishFile) => new($"""
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
