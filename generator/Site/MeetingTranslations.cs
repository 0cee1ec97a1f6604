using DecisionsPortal.Content;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Shared;

namespace DecisionsPortal.Site;

/// <summary>
/// One meeting's files in two languages state the same facts: its number, its time and whether it
/// was held. One that disagrees (a time corrected in one file only) puts another time in one
/// language's calendar, silently; each is warned at its field in the later language's file. The
/// day the minutes went public is the law pass's (DP0180); the place and notes are translated.
/// </summary>
public static class MeetingTranslations
{
    public static void Check(IReadOnlyList<Meeting> meetings, DiagnosticBag diagnostics)
    {
        foreach (var meeting in meetings.GroupBy(m => (m.Body, m.Date)).Where(g => g.Skip(1).Any()))
        {
            var files = meeting.OrderBy(m => m.Language, StringComparer.Ordinal).ToList();
            var first = files[0];
            foreach (var other in files.Skip(1))
            {
                foreach (var (field, value) in Facts)
                {
                    var (mine, theirs) = (value(other), value(first));
                    if (mine == theirs)
                    {
                        continue;
                    }

                    var message = (mine, theirs) switch
                    {
                        (null, _) => MessageText.Of($"'{field}' is missing here, but {first.File.Path}, the same meeting in another language, has '{field}: {theirs}'; copy it here, or the two languages' pages and calendars differ"),
                        (_, null) => MessageText.Of($"'{field}: {mine}' is not in {first.File.Path}, the same meeting in another language; add it there too, or remove it here, or the two languages' pages and calendars differ"),
                        _ => MessageText.Of($"'{field}: {mine}' differs from {first.File.Path}, the same meeting in another language ('{theirs}'); write the same {field} in both files, or the two languages' pages and calendars differ"),
                    };
                    diagnostics.Warning(DiagnosticCodes.TranslationFieldDiffers, other.LocationOf(field), message);
                }
            }
        }
    }

    private static readonly (string Field, Func<Meeting, string?> Value)[] Facts =
    [
        ("number", m => m.Number?.ToString()),
        ("time", m => m.Start is not { } start ? null : m.End is { } end ? $"{IsoDate.Format(start)}-{IsoDate.Format(end)}" : IsoDate.Format(start)),
        ("status", m => m.Cancelled ? "cancelled" : "held"),
    ];
}
