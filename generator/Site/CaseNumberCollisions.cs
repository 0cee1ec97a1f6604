using DecisionsPortal.Content;
using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Site;

/// <summary>
/// A case page's address is made from its diary number, and slugging drops punctuation and case:
/// <c>KEM/1/2025</c>, <c>KEM-1-2025</c> and <c>kem.1.2025</c> would be one page. Two spellings are
/// either one case written two ways or two cases; only the editor knows which, so it is an error
/// naming both files rather than a silent merge.
/// </summary>
public static class CaseNumberCollisions
{
    /// <param name="slugOf">Makes a slug of a diary number (serve remembers each unchanged decision's).</param>
    public static void Check(IReadOnlyList<Decision> loaded, DiagnosticBag diagnostics, Func<string, string> slugOf)
    {
        // Grouped by hand: almost every number has one spelling, and a LINQ group of each of
        // thousands of diary numbers was most of this check's time in serve's rebuilds. A list is made
        // only for a slug that more than one decision of a language has.
        var groups = new Dictionary<(string Language, string Slug), (Decision First, List<Decision>? More)>(loaded.Count);
        foreach (var decision in loaded)
        {
            if (string.IsNullOrWhiteSpace(decision.Dnro) || slugOf(decision.Dnro.Trim()) is not { Length: > 0 } slug)
            {
                continue;
            }

            ref var group = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(groups, (decision.Language, slug), out var exists);
            if (!exists)
            {
                group.First = decision;
            }
            else
            {
                (group.More ??= [group.First]).Add(decision);
            }
        }

        foreach (var (one, group) in groups.Values)
        {
            if (group is null || group.All(d => SameSpelling(d, one)))
            {
                continue;
            }

            var spellings = group
                .GroupBy(d => d.Dnro!.Trim(), StringComparer.Ordinal)
                .Select(s => s.OrderBy(d => d.File.Path, StringComparer.Ordinal).First())
                .OrderBy(d => d.File.Path, StringComparer.Ordinal)
                .ToList();
            var first = spellings[0];
            foreach (var other in spellings.Skip(1))
            {
                var at = first.LocationOf("dnro");
                diagnostics.Error(DiagnosticCodes.DuplicateCase, other.LocationOf("dnro"),
                    $"the diary number '{other.Dnro!.Trim()}' and '{first.Dnro!.Trim()}' in {at.Path}({at.Line},{Math.Max(at.Column, 1)}) would make one case page; write one case's number the same way everywhere, or give two cases numbers that differ in more than punctuation and case");
            }
        }
    }

    private static bool SameSpelling(Decision a, Decision b) => a.Dnro.AsSpan().Trim().SequenceEqual(b.Dnro.AsSpan().Trim());
}
