using DecisionsPortal.Content;
using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Site;

/// <summary>
/// Each § of a meeting's minutes is one decision. A file copied to start the next one keeps its
/// 'section:', and the meeting's agenda then lists two decisions under one §, with nothing said:
/// a warning at the later file's 'section:' names the first.
/// </summary>
public static class SectionClashes
{
    public static void Check(IReadOnlyList<Decision> published, LawPass.Result law, DiagnosticBag diagnostics)
    {
        var first = new Dictionary<(string Language, MeetingId Meeting, int Section), Decision>();
        foreach (var decision in published.OrderBy(d => d.File.Path, StringComparer.Ordinal))
        {
            if (decision.Section is not { } section)
            {
                continue;
            }

            var meeting = law.Of(decision).Meeting ?? new MeetingId(decision.Body, decision.Date);
            if (first.TryAdd((decision.Language, meeting, section), decision))
            {
                continue;
            }

            var other = first[(decision.Language, meeting, section)];
            var at = other.LocationOf("section");
            diagnostics.Warning(DiagnosticCodes.SectionTwiceInMeeting, decision.LocationOf("section"),
                $"§ {section} of the meeting of '{decision.Body}' on {Shared.IsoDate.Format(meeting.Date)} is also given to {at.Path}({at.Line},{at.Column}); each § of the minutes is one decision: correct 'section'");
        }
    }
}
