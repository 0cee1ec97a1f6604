using DecisionsPortal.Content;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Shared;

namespace DecisionsPortal.Site;

/// <summary>
/// Translations withhold what their original withholds, as a public translation of a confidential
/// decision may not be (<see cref="Publication.ConfidentialKeys"/>). A file whose translation is
/// withdrawn would keep on the site what that file took off (a decision published by mistake is
/// withdrawn).
/// Translations are paired by key, and a file's path is its key unless it writes one: a file that
/// writes a key while the other language's file at its address does not (or another key) is not
/// paired, so none of these checks saw that file publish what this one withholds. A field one file marks as personal (<c>personal: [attachments]</c>) but its
/// translation, which writes it too, does not, stays on the translation's page after the last
/// day; a field added to the original after it was translated is the usual way there. Both are
/// errors on the translation.
/// </summary>
internal static class TranslationWithholding
{
    public static void Check(IReadOnlyList<Decision> loaded, DiagnosticBag diagnostics)
    {
        CheckWithdrawn(loaded, diagnostics);
        CheckPersonal(loaded, diagnostics);
        CheckUnpaired(loaded, diagnostics);
    }

    private static void CheckUnpaired(IReadOnlyList<Decision> loaded, DiagnosticBag diagnostics)
    {
        HashSet<(string Key, string Language)>? paired = null;
        foreach (var files in GroupsWhere(loaded, d => (d.Date.Year, d.Slug), d => Withholds(d) is not null))
        {
            // A file whose own key has a file in the other language is paired, as another decision's translation.
            paired ??= loaded.Select(d => (d.Key, d.Language)).ToHashSet();
            foreach (var held in files.Where(d => Withholds(d) is not null))
            {
                foreach (var d in files.Where(d => d.Language != held.Language && !string.Equals(d.Key, held.Key, StringComparison.Ordinal) && Withholds(d) is null && !paired.Contains((d.Key, held.Language))))
                {
                    diagnostics.Error(DiagnosticCodes.UnpairedTranslationPublished, d.File,
                        $"this file has the address of {held.File.Path} in another language but not its key, so it is not paired with it as its translation, and would publish what that file withholds ('{Withholds(held)}'); give both files the same 'key:' (or neither), or rename one of them");
                }
            }
        }
    }

    // What keeps a decision, or its content, off the site: null when nothing does.
    private static string? Withholds(Decision d) =>
        d.Law.Confidential ? "confidential: true"
        : d.Law.Withdrawn ? "withdrawn"
        : null;

    // The files of each group (by key) where one file has what is asked, each group in path order.
    private static IEnumerable<List<Decision>> GroupsWhere<TKey>(IReadOnlyList<Decision> loaded, Func<Decision, TKey> key, Func<Decision, bool> has)
    {
        var keys = loaded.Where(has).Select(key).ToHashSet();
        return keys.Count == 0 ? [] : loaded.Where(d => keys.Contains(key(d))).GroupBy(key).Select(g => g.OrderBy(d => d.File.Path, StringComparer.Ordinal).ToList());
    }

    private static void CheckWithdrawn(IReadOnlyList<Decision> loaded, DiagnosticBag diagnostics)
    {
        foreach (var files in GroupsWhere(loaded, d => d.Key, d => d.Law.Withdrawn))
        {
            var first = files.First(d => d.Law.Withdrawn);
            foreach (var d in files.Where(d => !d.Law.Withdrawn && d.Language != first.Language))
            {
                var day = first.Law.WithdrawnOn is { } on ? IsoDate.Format(on) : "true";
                diagnostics.Error(DiagnosticCodes.WithdrawnTranslationPublished, d.File,
                    $"this file has the key of {first.File.Path}, which is withdrawn, and would keep on the site what that file took off; add 'withdrawn: {day}' here too");
            }
        }
    }

    private static void CheckPersonal(IReadOnlyList<Decision> loaded, DiagnosticBag diagnostics)
    {
        foreach (var files in GroupsWhere(loaded, d => d.Key, d => d.Law.Personal.Count > 0))
        {
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
