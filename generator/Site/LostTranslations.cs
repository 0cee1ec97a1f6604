using DecisionsPortal.Content;
using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Site;

/// <summary>
/// Translations pair by file name (or 'key:'). Renaming one file of a pair (a better address, a
/// typo, a capital) leaves both on the site, each unpaired, with nothing but the info line every
/// untranslated decision gets. When an unpaired file's only unpaired match in another language
/// has its date, organ and § (or diary number), the two are named together, once; so are two files
/// at one address whose keys differ, a 'key:' written in one of them only.
/// </summary>
public static class LostTranslations
{
    public static void Check(IReadOnlyList<Decision> published, DiagnosticBag diagnostics)
    {
        // Counted, not grouped: serve runs this after every edit of 20,000 files, nearly all paired.
        var files = new Dictionary<string, int>(published.Count, StringComparer.Ordinal);
        foreach (var decision in published)
        {
            System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(files, decision.Key, out _)++;
        }

        var alone = published.Where(d => files[d.Key] == 1).OrderBy(d => d.File.Path, StringComparer.Ordinal).ToList();
        var byDay = alone.ToLookup(d => (d.Date, d.Body));
        var named = new HashSet<Decision>(ReferenceEqualityComparer.Instance);
        OneAddressTwoKeys(alone, named, diagnostics);
        foreach (var decision in alone)
        {
            if (named.Contains(decision) || Match(decision, byDay) is not { } other || Match(other, byDay) != decision)
            {
                continue;
            }

            named.Add(other);
            diagnostics.Warning(DiagnosticCodes.TranslationRenamed, decision.File,
                $"this decision has no translation in {other.Language}, and {other.File.Path}, of the same date, organ and {Evidence(decision, other)}, has none in {decision.Language}: if they are one decision, give the two files the same name (the name is the address), or the same 'key:'");
        }
    }

    // Files at one address in two languages, one with a 'key:' the other has not: the key the editor
    // wrote is named, the later language's where both wrote one. A confidential one is an error already (DP0108).
    private static void OneAddressTwoKeys(List<Decision> alone, HashSet<Decision> named, DiagnosticBag diagnostics)
    {
        foreach (var group in alone.Where(d => !d.Law.Confidential).GroupBy(d => (d.Date.Year, d.Slug)).Where(g => g.Skip(1).Any()))
        {
            var pair = group.OrderBy(d => d.Language, StringComparer.Ordinal).ToList();
            var (first, second) = (pair[0], pair[1]);
            if (first.Language == second.Language || !pair.Any(d => d.FieldLocations.ContainsKey("key")))
            {
                continue;
            }

            var (warned, other) = second.FieldLocations.ContainsKey("key") ? (second, first) : (first, second);
            named.UnionWith(pair);
            diagnostics.Warning(DiagnosticCodes.TranslationKeyDiffers, warned.LocationOf("key"),
                $"this file is at the address of {other.File.Path} in another language, but not its key ('{warned.Key}' here, '{other.Key}' there), so the two are not paired as translations: each language's pages show both and link neither to the other; write the same 'key:' in both files, or in neither");
        }
    }

    // The one unpaired decision of another language that is this one by its date, organ and § or diary number.
    private static Decision? Match(Decision decision, ILookup<(DateOnly, string), Decision> byDay)
    {
        var matches = byDay[(decision.Date, decision.Body)].Where(o => o.Language != decision.Language && Evidence(decision, o) is not null).Take(2).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    // The diary number only where a § is missing: one case is often decided under two §s of one meeting.
    private static MessageText? Evidence(Decision a, Decision b) =>
        a.Section is { } section && section == b.Section ? MessageText.Of($"§ {section}")
        : a.Section is not null && b.Section is not null ? null
        : !string.IsNullOrWhiteSpace(a.Dnro) && string.Equals(a.Dnro.Trim(), b.Dnro?.Trim(), StringComparison.Ordinal) ? MessageText.Of($"diary number {a.Dnro.Trim()}")
        : null;
}
