using DecisionsPortal.Content;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Law;

namespace DecisionsPortal.Site;

/// <summary>
/// A name that one file marks as personal data ('[[Anna Aho]]{.personal}') in its votes or
/// dissent, and its translation writes without the mark in its own, stayed on the translation's
/// page, in its search and open data after the last day; so did an attendee that one meeting file
/// marks and the meeting's file in the other language does not. A name is written alike in both
/// languages, so the slip can be seen: an error on the file that writes it unmarked
/// (<see cref="DiagnosticCodes.PersonalTranslationKept"/>, as <see cref="TranslationWithholding"/>
/// for a field listed under 'personal:').
/// </summary>
internal static class TranslationNameMarks
{
    public static void Check(IReadOnlyList<Decision> loaded, IReadOnlyList<Meeting> meetings, DiagnosticBag diagnostics)
    {
        // Only the keys of files that mark a name can hold the slip (as TranslationWithholding
        // groups only marked keys): grouping every decision was a pass over the site per rebuild.
        var marking = loaded.Where(d => !d.Law.Confidential && Fields(d).Any(f => f.Names.Any(PersonalDataMarks.Has)))
            .Select(d => d.Key)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var group in loaded.Where(d => !d.Law.Confidential && marking.Contains(d.Key)).GroupBy(d => d.Key, StringComparer.Ordinal))
        {
            var files = group.OrderBy(d => d.File.Path, StringComparer.Ordinal).ToList();
            foreach (var d in files)
            {
                foreach (var (field, names) in Fields(d))
                {
                    var other = files.Where(o => o.Language != d.Language)
                        .Select(o => (o.File.Path, Marked: Marked(Fields(o).SelectMany(f => f.Names))))
                        .Select(o => (o.Path, Name: names.FirstOrDefault(n => !PersonalDataMarks.Has(n) && o.Marked.Contains(n.Trim()))))
                        .FirstOrDefault(o => o.Name is not null);
                    if (other.Name is { } name)
                    {
                        diagnostics.Error(DiagnosticCodes.PersonalTranslationKept, d.LocationOf(field),
                            $"'{name.Trim()}' is marked as personal data in {other.Path}, which has this file's key, and would stay on the site here after that file's last day; mark it here too: [[{name.Trim()}]]{{.personal}}");
                    }
                }
            }
        }

        foreach (var held in meetings.GroupBy(m => new MeetingId(m.Body, m.Date)))
        {
            var files = held.OrderBy(m => m.File.Path, StringComparer.Ordinal).ToList();
            foreach (var m in files)
            {
                var other = files.Where(o => o.Language != m.Language)
                    .Select(o => (o.File.Path, Marked: Marked(o.Attendees.Select(a => a.Name))))
                    .Select(o => (o.Path, Name: m.Attendees.Select(a => a.Name).FirstOrDefault(n => !PersonalDataMarks.Has(n) && o.Marked.Contains(n.Trim()))))
                    .FirstOrDefault(o => o.Name is not null);
                if (other.Name is { } name)
                {
                    diagnostics.Error(DiagnosticCodes.PersonalTranslationKept, m.File,
                        $"'{name.Trim()}' is marked as personal data in {other.Path}, the same meeting's file in another language, and would stay on the site here after that file's last day; mark it here too: [[{name.Trim()}]]{{.personal}}");
                }
            }
        }
    }

    // The names of votes and dissent, but of a field listed under 'personal:', which withholds them all.
    private static IEnumerable<(string Field, IReadOnlyList<string> Names)> Fields(Decision d)
    {
        var law = d.Law;
        if (law.Votes is { } votes && !law.Personal.Contains("votes", StringComparer.Ordinal))
        {
            yield return ("votes", new[] { votes.For, votes.Against, votes.Abstained, votes.Absent }.SelectMany(side => side?.Names ?? []).ToList());
        }

        if (law.Dissent.Count > 0 && !law.Personal.Contains("dissent", StringComparer.Ordinal))
        {
            yield return ("dissent", law.Dissent.Select(x => x.Name).ToList());
        }
    }

    private static HashSet<string> Marked(IEnumerable<string> names) =>
        names.Where(PersonalDataMarks.Has).Select(n => PersonalDataMarks.Unmark(n).Trim()).ToHashSet(StringComparer.Ordinal);
}
