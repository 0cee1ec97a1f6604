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
    public static void Check(IReadOnlyList<Decision> loaded, DiagnosticBag diagnostics)
    {
        var groups = loaded
            .Where(d => !string.IsNullOrWhiteSpace(d.Dnro))
            .GroupBy(d => (d.Language, Slug: Slugs.From(d.Dnro!.Trim())))
            .Where(g => g.Key.Slug.Length > 0);
        foreach (var group in groups)
        {
            var spellings = group
                .GroupBy(d => d.Dnro!.Trim(), StringComparer.Ordinal)
                .Select(s => s.OrderBy(d => d.File.Path, StringComparer.Ordinal).First())
                .OrderBy(d => d.File.Path, StringComparer.Ordinal)
                .ToList();
            if (spellings.Count < 2)
            {
                continue;
            }

            var first = spellings[0];
            foreach (var other in spellings.Skip(1))
            {
                var at = first.LocationOf("dnro");
                diagnostics.Error(DiagnosticCodes.DuplicateCase, other.LocationOf("dnro"),
                    $"the diary number '{other.Dnro!.Trim()}' and '{first.Dnro!.Trim()}' in {at.Path}({at.Line},{Math.Max(at.Column, 1)}) would make one case page; write one case's number the same way everywhere, or give two cases numbers that differ in more than punctuation and case");
            }
        }
    }
}
