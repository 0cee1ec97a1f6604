using DecisionsPortal.Diagnostics;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Site;

/// <summary>
/// A name marked with capitals and written unmarked surname first ('Quorvinen Zacharias', as
/// signatures and lists write it) stays on the site after the last day. The decision's own file
/// warned (DP0178); its translation, a meeting file and the meeting's file in the other language
/// did not, and the copy stayed on their pages and in their search (seen black-box first).
/// </summary>
public sealed class SurnameFirstNamesTests
{
    private const string Name = "Zacharias Quorvinen";
    private const string Marked = $"[[{Name}]]{{.personal}}";

    private static readonly string Config = TestSite.DefaultConfig.Replace(
        "kaupunginhallitus: { fi: Kaupunginhallitus, sv: Stadsstyrelsen }",
        "kaupunginhallitus: { fi: Kaupunginhallitus, sv: Stadsstyrelsen, appeal: rectification }",
        StringComparison.Ordinal) + "\neditor_language: en\n";

    [Theory]
    [InlineData("Ansökan lämnades av Quorvinen Zacharias.", 10, 21)]
    [InlineData("Underskrift: Quorvinen, Zacharias", 10, 14)]
    [InlineData("Ansökan lämnades av Anna Quorvinen, Zacharias Virtanen och andra.", 0, 0)]
    public void The_translation_writing_a_name_the_other_file_marks_surname_first_is_a_warning_there(string swedishText, int line, int column)
    {
        using var site = Site(
            Decisions.Finnish(title: "Avustus", date: "2025-03-05", text: $"Hakemuksen jätti {Marked}."),
            Decisions.Swedish(title: "Bidrag", date: "2025-03-05", text: swedishText),
            Meeting("", ""), Meeting("", ""));

        var expected = line == 0 ? [] : new[] { ("content/sv/2025/avustus.md", line, column) };
        Assert.Equal(expected, Warnings(site));
    }

    [Theory]
    [InlineData("fi", "Asiantuntijana kuultiin Quorvinen Zacharias.", 6, 25)]
    [InlineData("sv", "Som sakkunnig hördes Quorvinen, Zacharias.", 6, 22)]
    [InlineData("sv", "Som sakkunniga hördes Anna Quorvinen, Zacharias Virtanen och andra.", 0, 0)]
    public void A_meeting_file_writing_a_name_it_or_its_other_language_marks_surname_first_is_a_warning_there(string language, string notes, int line, int column)
    {
        using var site = Site(
            Decisions.Finnish(title: "Avustus", date: "2025-03-05"),
            Decisions.Swedish(title: "Bidrag", date: "2025-03-05"),
            Meeting($"\"{Marked}\"", language == "fi" ? notes : ""),
            Meeting("Anna Aho", language == "sv" ? notes : ""));

        var expected = line == 0 ? [] : new[] { ($"content/{language}/meetings/kaupunginhallitus/2025-03-05.md", line, column) };
        Assert.Equal(expected, Warnings(site));
    }

    [Fact]
    public void A_meeting_attendee_written_surname_first_where_the_other_language_marks_the_name_is_a_warning_at_it()
    {
        using var site = Site(
            Decisions.Finnish(title: "Avustus", date: "2025-03-05"),
            Decisions.Swedish(title: "Bidrag", date: "2025-03-05"),
            Meeting($"\"{Marked}\"", ""), Meeting("\"Quorvinen Zacharias\"", ""));

        Assert.Equal([("content/sv/meetings/kaupunginhallitus/2025-03-05.md", 4, 13)], Warnings(site));
    }

    // Each DP0178 warning as (file, line, column): the build goes on, and no message names the person.
    private static List<(string, int, int)> Warnings(TestSite site)
    {
        var result = site.BuildOn(new DateOnly(2025, 4, 1));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var warnings = result.Diagnostics.Where(d => d.Code == "DP0178").ToList();
        Assert.All(warnings, w => Assert.False(w.IsError));
        Assert.All(warnings, w => Assert.DoesNotContain("Quorvinen", w.Message, StringComparison.OrdinalIgnoreCase));
        var root = site.Root.TrimEnd('/') + "/";
        return warnings.Select(w => (w.Location.Path.Replace(root, "", StringComparison.Ordinal), w.Location.Line, w.Location.Column)).ToList();
    }

    // The minutes public on 2025-03-07, so a mark's last day is 2025-03-28; the notes at line 6.
    private static string Meeting(string attendee, string notes) =>
        $"---\nnumber: 3/2025\nminutes_public: 2025-03-07\nattendees: [{(attendee.Length > 0 ? attendee + ", " : "")}Maija Meikäläinen]\n---\n{notes}\n";

    private static TestSite Site(string finnish, string swedish, string finnishMeeting, string swedishMeeting) => new($"""
        -- site.yml --
        {Config}
        -- content/fi/meetings/kaupunginhallitus/2025-03-05.md --
        {finnishMeeting}
        -- content/sv/meetings/kaupunginhallitus/2025-03-05.md --
        {swedishMeeting}
        -- content/fi/2025/avustus.md --
        {finnish}
        -- content/sv/2025/avustus.md --
        {swedish}
        """);
}
