using DecisionsPortal.Content;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Law;

namespace DecisionsPortal.Site;

/// <summary>
/// A name marked with capitals and written unmarked with its words in another order, surname
/// first as signatures and lists write it ('Hakija Pekka', 'Hakija, Pekka'), stays on the site
/// after the last day: in the file that marks it, in its translation, in a meeting file and in the
/// meeting's file in another language alike, since a name is not translated. A warning, not an
/// error as the same words in their own order are (<see cref="TranslationNameMarks"/>): old content
/// whose marks expired long ago must not stop the nightly build that takes every other expired
/// mark off the site.
/// </summary>
internal static class SurnameFirstNames
{
    // A decision's and a meeting's file say the same of their own marks.
    private static readonly MessageText OwnMarks = MessageText.Of($"a name this file marks as personal data is written here unmarked with its words in another order (surname first), and would stay on the site after the last day; mark it here too: [[…]]{{.personal}}");

    /// <param name="other">The other language's file that marks the words, or null for the file's own marks.</param>
    public static void InDecision(Decision d, HashSet<string> marked, string? other, DiagnosticBag diagnostics)
    {
        var names = TranslationNameMarks.Fields(d).Where(f => f.Names.Any(n => !PersonalDataMarks.Has(n) && UnmarkedCopies.FirstInOtherOrder(n, marked) >= 0)).Select(f => d.LocationOf(f.Field));
        Warn(names.Concat(TranslationNameMarks.Found(d, text => UnmarkedCopies.FirstInOtherOrder(text, marked))), other is null
            ? OwnMarks
            : MessageText.Of($"a name that {other}, which has this file's key, marks as personal data is written here unmarked with its words in another order (surname first), and would stay on the site after that file's last day; mark it here too: [[…]]{{.personal}}"), diagnostics);
    }

    /// <param name="other">The same meeting's file in another language that marks the words, or null for the file's own marks.</param>
    public static void InMeeting(Meeting m, HashSet<string> marked, string? other, DiagnosticBag diagnostics)
    {
        var names = m.Attendees.Where(a => !PersonalDataMarks.Has(a.Name) && UnmarkedCopies.FirstInOtherOrder(a.Name, marked) >= 0).Select(a => a.Location);
        Warn(names.Concat(TranslationNameMarks.Found(m, text => UnmarkedCopies.FirstInOtherOrder(text, marked))), other is null
            ? OwnMarks
            : MessageText.Of($"a name that {other}, the same meeting's file in another language, marks as personal data is written here unmarked with its words in another order (surname first), and would stay on the site after that file's last day; mark it here too: [[…]]{{.personal}}"), diagnostics);
    }

    private static void Warn(IEnumerable<SourceLocation> places, MessageText message, DiagnosticBag diagnostics)
    {
        foreach (var place in places.Distinct())
        {
            diagnostics.Warning(DiagnosticCodes.PersonalNameOtherOrder, place, message);
        }
    }
}
