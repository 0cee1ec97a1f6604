using System.Runtime.InteropServices;

namespace DecisionsPortal.Search;

/// <summary>
/// The compound dictionary of one index build: how many documents hold each word (by reference:
/// a word is one <see cref="IndexWord"/> per analyser), and the look-up a compound is split with.
/// </summary>
internal static class Vocabulary
{
    /// <summary>Per word, the number of <paramref name="analyses"/> whose vocabulary holds it.</summary>
    public static Dictionary<IndexWord, int> Counts(IEnumerable<DocumentAnalysis> analyses)
    {
        var counts = new Dictionary<IndexWord, int>();
        foreach (var analysis in analyses)
        {
            foreach (var word in analysis.Vocabulary)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(counts, word, out _)++;
            }
        }

        return counts;
    }

    /// <summary>Per document language, the look-up of the words for which <paramref name="isIn"/> holds.</summary>
    public static Dictionary<string, VocabularyLookup> Lookups(IReadOnlyDictionary<string, TextAnalyzer> analyzers, Func<IndexWord, bool> isIn) =>
        analyzers.ToDictionary(a => a.Key, a => (VocabularyLookup)(span => a.Value.Find(span) is { } w && isIn(w) ? w : null), StringComparer.Ordinal);

    /// <summary>The look-ups of the words that <paramref name="counts"/> holds at least once.</summary>
    public static Dictionary<string, VocabularyLookup> Lookups(IReadOnlyDictionary<string, TextAnalyzer> analyzers, Dictionary<IndexWord, int> counts) =>
        Lookups(analyzers, w => counts.GetValueOrDefault(w) > 0);
}
