using DecisionsPortal.Diagnostics;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Site;

public sealed class MeetingNameMarksTests
{
    // Seen in review: a meeting with files in both languages, both marking the expert heard, told
    // the decision's one unmarked copy twice, once for each file.
    [Fact]
    public void A_name_both_meeting_files_mark_is_told_once_where_a_decision_writes_it_unmarked()
    {
        static string Meeting(string role) => $"---\nnumber: 3/2025\nminutes_public: 2025-03-21\nattendees: [{{ name: \"[[Kerttu Kuultava]]{{.personal}}\", role: {role} }}]\n---\n";
        using var site = new TestSite($"""
            -- content/fi/meetings/kaupunginhallitus/2025-03-14.md --
            {Meeting("asiantuntija")}
            -- content/sv/meetings/kaupunginhallitus/2025-03-14.md --
            {Meeting("sakkunnig")}
            -- content/fi/2025/avustus.md --
            {Decisions.Finnish(title: "Avustus", date: "2025-03-14", text: "Asiantuntijana kuultiin Kerttu Kuultava.")}
            """);

        var result = site.BuildOn(new DateOnly(2025, 3, 24));

        var told = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.PersonalMarkMissedInMeeting);
        Assert.EndsWith("content/fi/2025/avustus.md", told.Location.Path, StringComparison.Ordinal);
    }
}
