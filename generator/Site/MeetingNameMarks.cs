using DecisionsPortal.Content;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Law;

namespace DecisionsPortal.Site;

/// <summary>
/// A meeting file and the decisions made at that meeting are read side by side: an attendee the
/// meeting file marks as personal data (a resident heard, an expert) and a decision of the meeting
/// names unmarked, or words a decision's text marks (the applicant) and the meeting's notes or
/// attendance write unmarked, stayed on the site after the last day in the other file. A warning
/// (<see cref="DiagnosticCodes.PersonalMarkMissedInMeeting"/>), not an error as within one file: the same name
/// may be personal data in one and an official's in the other. The names a decision marks in its
/// votes or dissent are not sought in the meeting's attendance: how someone voted is what is
/// withheld there, not that they were present.
/// </summary>
internal static class MeetingNameMarks
{
    public static void Check(IReadOnlyList<Decision> loaded, IReadOnlyList<Meeting> meetings, DiagnosticBag diagnostics, ModelCache cache, SurnameForms forms)
    {
        if (meetings.Count == 0)
        {
            return;
        }

        var held = meetings.GroupBy(m => (m.Body, m.Date)).ToDictionary(g => g.Key, g => g.OrderBy(m => m.File.Path, StringComparer.Ordinal).ToList());
        var decisions = loaded.Where(d => !d.Law.Confidential && held.ContainsKey((d.Body, d.Date))).OrderBy(d => d.File.Path, StringComparer.Ordinal).ToList();

        foreach (var (id, files) in held)
        {
            var marking = files.Select(m => (m.File.Path, Marked: TranslationNameMarks.MeetingMarkedWords(m))).Where(m => m.Marked.Count > 0).ToList();
            foreach (var d in marking.Count == 0 ? [] : decisions.Where(d => (d.Body, d.Date) == id))
            {
                // The meeting's files in both languages mark the same attendee: a place is told once.
                var told = new HashSet<SourceLocation>();
                foreach (var (path, marked) in marking)
                {
                    foreach (var place in TranslationNameMarks.UnmarkedPlaces(d, marked, _ => true, forms).Where(told.Add))
                    {
                        diagnostics.Warning(DiagnosticCodes.PersonalMarkMissedInMeeting, place,
                            $"words that {path}, the file of this decision's meeting, marks as personal data are written here without the mark, and would stay on the site after that file's last day; mark them here too: [[…]]{{.personal}}");
                    }
                }
            }
        }

        foreach (var d in decisions.Where(d => cache.MayHavePersonalMarks(d, PersonalDataRedaction.MayHaveMarks)))
        {
            var marked = TranslationNameMarks.Texts(d).Where(t => PersonalDataMarks.MayHave(t.Text)).SelectMany(t => UnmarkedCopies.MarkedIn(t.Text)).ToHashSet(StringComparer.Ordinal);

            if (marked.Count == 0)
            {
                continue;
            }

            foreach (var m in held[(d.Body, d.Date)])
            {
                var names = m.Attendees.Where(a => !PersonalDataMarks.Has(a.Name) && marked.Contains(WordsAsRead.Key(a.Name))).Select(a => a.Location);
                foreach (var place in TranslationNameMarks.UnmarkedInMeeting(m, marked, forms).Concat(names).Distinct())
                {
                    diagnostics.Warning(DiagnosticCodes.PersonalMarkMissedInMeeting, place,
                        $"words that {d.File.Path}, a decision of this meeting, marks as personal data are written here without the mark, and would stay on the site after that file's last day; mark them here too: [[…]]{{.personal}}");
                }
            }
        }
    }
}
