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

    [Fact]
    public void An_attendee_marked_in_one_meeting_file_and_written_unmarked_in_the_other_is_an_error_there()
    {
        using var site = Site("", "", Meeting($"\"[[{Name}]]{{.personal}}\""), Meeting(Name));

        var result = site.BuildOn(AfterLastDay);

        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.PersonalTranslationKept);
        Assert.EndsWith("content/sv/meetings/kaupunginhallitus/2025-03-05.md", error.Location.Path, StringComparison.Ordinal);
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
