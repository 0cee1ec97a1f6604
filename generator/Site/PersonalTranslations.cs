using DecisionsPortal.Content;
using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Site;

/// <summary>
/// Translations withhold the same personal data. A field one file of a key marks as personal
/// (<c>personal: [attachments]</c>) but its translation, which writes it too, does not stays on
/// the translation's page, name and file, after the last day: an error on that file, as a public translation of a
/// confidential decision is (<see cref="Publication.ConfidentialKeys"/>). A field added to the
/// original after it was translated is the usual way to get here.
/// </summary>
internal static class PersonalTranslations
{
    public static void Check(IReadOnlyList<Decision> loaded, DiagnosticBag diagnostics)
    {
        var marked = loaded.Where(d => d.Law.Personal.Count > 0).Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
        if (marked.Count == 0)
        {
            return;
        }

        foreach (var group in loaded.Where(d => marked.Contains(d.Key)).GroupBy(d => d.Key, StringComparer.Ordinal))
        {
            var files = group.OrderBy(d => d.File.Path, StringComparer.Ordinal).ToList();
            foreach (var d in files.Where(d => !d.Law.Confidential))
            {
                foreach (var other in files.Where(o => o.Language != d.Language))
                {
                    var missing = other.Law.Personal.Where(f => !d.Law.Personal.Contains(f, StringComparer.Ordinal) && Holds(d, f)).ToList();
                    if (missing.Count > 0)
                    {
                        var all = string.Join(", ", d.Law.Personal.Concat(missing).Distinct(StringComparer.Ordinal));
                        diagnostics.Error(DiagnosticCodes.PersonalTranslationKept, d.LocationOf("personal"),
                            $"this file has the key of {other.File.Path}, which marks {string.Join(", ", missing.Select(f => $"'{f}'"))} as personal data, and would keep them on the site after that file's last day; write 'personal: [{all}]' here too");
                        break;
                    }
                }
            }
        }
    }

    // Whether the file writes the field at all: one it leaves empty has nothing to keep.
    private static bool Holds(Decision d, string field) => field switch
    {
        "decision" => !string.IsNullOrWhiteSpace(d.DecisionText),
        "votes" => d.Law.Votes is not null,
        "dissent" => d.Law.Dissent.Count > 0,
        "attachments" => d.Attachments.Count > 0,
        "previous" => !string.IsNullOrWhiteSpace(d.Law.Previous),
        _ => true,
    };
}
