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
        // Found in any order, then only the clashing ones in the order of their files' paths (the
        // first is named, the later warned about): serve runs this after every edit of 20,000 files.
        var seen = new Dictionary<(string Language, MeetingId Meeting, int Section), Decision>();
        var clashing = new HashSet<(string Language, MeetingId Meeting, int Section)>();
        foreach (var decision in published)
        {
            if (decision.Section is { } section && !seen.TryAdd(Key(decision, section), decision))
            {
                clashing.Add(Key(decision, section));
            }
        }

        if (clashing.Count == 0)
        {
            return;
        }

        var first = new Dictionary<(string Language, MeetingId Meeting, int Section), Decision>();
        foreach (var decision in published.Where(d => d.Section is { } s && clashing.Contains(Key(d, s))).OrderBy(d => d.File.Path, StringComparer.Ordinal))
        {
            var section = decision.Section!.Value;
            var meeting = Key(decision, section).Meeting;
            if (first.TryAdd((decision.Language, meeting, section), decision))
            {
                continue;
            }

            var other = first[(decision.Language, meeting, section)];
            var at = other.LocationOf("section");
            diagnostics.Warning(DiagnosticCodes.SectionTwiceInMeeting, decision.LocationOf("section"),
                $"§ {section} of the meeting of '{decision.Body}' on {Shared.IsoDate.Format(meeting.Date)} is also given to {at.Path}({at.Line},{at.Column}); each § of the minutes is one decision: correct 'section'");
        }

        (string Language, MeetingId Meeting, int Section) Key(Decision decision, int section) =>
            (decision.Language, law.Of(decision).Meeting ?? new MeetingId(decision.Body, decision.Date), section);
    }
}
