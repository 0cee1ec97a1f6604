using DecisionsPortal.Content;
using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Site;

/// <summary>
/// Finds which files are translations of each other (same path under another language folder,
/// or the same <c>key:</c>) and which files would collide on one URL.
/// </summary>
public static class TranslationPairing
{
    public static IReadOnlyList<DecisionPage> Pair(IReadOnlyList<Decision> decisions, SitePaths paths, DiagnosticBag diagnostics)
    {
        ReportDuplicates(decisions, d => paths.Decision(d.Language, d.Date, d.Slug), DiagnosticCodes.DuplicateSlug,
            (d, other) => $"another decision has the same address ({other.File.Path}); rename one of the files", diagnostics);
        ReportDuplicates(decisions, d => $"{d.Language}\n{d.Key}", DiagnosticCodes.DuplicateTranslationKey,
            (d, other) => $"key '{d.Key}' is also used by {other.File.Path}; each file of a language needs its own key", diagnostics);

        var byKey = decisions.GroupBy(d => d.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var group in byKey.Values)
        {
            WarnAboutMismatches(group, diagnostics);
        }

        return decisions
            .Select(d => new DecisionPage(d, paths.Decision(d.Language, d.Date, d.Slug), byKey[d.Key]
                .Where(t => t.Language != d.Language)
                .GroupBy(t => t.Language)
                .ToDictionary(g => g.Key, g => paths.Decision(g.Key, g.First().Date, g.First().Slug), StringComparer.Ordinal)))
            .ToList();
    }

    private static void ReportDuplicates(
        IReadOnlyList<Decision> decisions,
        Func<Decision, string> identity,
        string code,
        Func<Decision, Decision, string> message,
        DiagnosticBag diagnostics)
    {
        foreach (var group in decisions.GroupBy(identity, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var files = group.OrderBy(d => d.File.Path, StringComparer.Ordinal).ToList();
            foreach (var d in files)
            {
                var other = files.First(o => !ReferenceEquals(o, d));
                diagnostics.Error(code, d.File, message(d, other));
            }
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    // A translation that disagrees on date or organ is almost always a copy-paste slip in one of them.
    private static void WarnAboutMismatches(List<Decision> translations, DiagnosticBag diagnostics)
    {
        var first = translations.OrderBy(d => d.Language, StringComparer.Ordinal).First();
        foreach (var other in translations.Where(d => d.Language != first.Language))
        {
            if (other.Date != first.Date)
            {
                diagnostics.Warning(DiagnosticCodes.TranslationDateDiffers, other.LocationOf("date"),
                    $"date {Iso(other.Date)} differs from its translation {first.File.Path} ({Iso(first.Date)})");
            }

            if (other.Body != first.Body)
            {
                diagnostics.Warning(DiagnosticCodes.TranslationBodyDiffers, other.LocationOf("body"),
                    $"organ '{other.Body}' differs from its translation {first.File.Path} ('{first.Body}')");
            }
        }
    }
}
