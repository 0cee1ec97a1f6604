using System.Runtime.InteropServices;

namespace DecisionsPortal.Search;

/// <summary>
/// Where a patch of the search index could differ from a full build: postings of decisions the
/// edit did not change that would move because a compound of theirs splits into other parts.
/// <see cref="IndexPatch"/> builds the index whole when it says so. (A base form's class that
/// changed moves postings too; those the patch makes again: <see cref="ReclassedDocuments"/>.)
/// </summary>
internal static class PatchGuards
{
    /// <summary>
    /// Whether a word entering or leaving the vocabulary changes the compound parts of a word that
    /// an unchanged decision holds (whose postings the patch would not touch). The splitter takes
    /// a word's longest head and longest tail found in the vocabulary, each at least
    /// <see cref="CompoundSplitter.MinPart"/> letters and leaving as many for the rest, so a
    /// vocabulary word can matter only to the words that start or end with it and are that much
    /// longer; of those, only the ones whose part terms really differ count (a longer new head
    /// with the same term as the old one, or a stop word, gives the same postings).
    /// </summary>
    internal static bool SplitsOtherwise(List<int> changed, List<CachedSearchDocument> old, Dictionary<string, SplittableWords> splittable, Dictionary<IndexWord, string> entering, Dictionary<IndexWord, string> leaving, Dictionary<string, VocabularyLookup> oldLookups, Dictionary<string, VocabularyLookup> newLookups)
    {
        // How many of the changed decisions held each word before the edit: the rest of its count is unchanged decisions.
        var inChanged = new Dictionary<IndexWord, int>();
        foreach (var d in changed)
        {
            foreach (var word in old[d].Analysis.Words)
            {
                if (word.Text.Length >= CompoundSplitter.MinWord)
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(inChanged, word, out _)++;
                }
            }
        }

        var seen = new HashSet<IndexWord>();
        var parts = new List<IndexWord>(2);
        foreach (var (part, language) in entering.Concat(leaving))
        {
            if (!splittable.TryGetValue(language, out var words))
            {
                continue;
            }

            foreach (var word in words.Containing(part.Text))
            {
                if (seen.Add(word) && words.Count(word) > inChanged.GetValueOrDefault(word)
                    && PartTerms(word, oldLookups[language], parts) != PartTerms(word, newLookups[language], parts))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The terms a word's compound parts add to its postings (as <see cref="PostingsBuilder"/> adds them), as one comparable string.</summary>
    private static string PartTerms(IndexWord word, VocabularyLookup vocabulary, List<IndexWord> parts)
    {
        parts.Clear();
        CompoundSplitter.Parts(word.Text, vocabulary, parts);
        var terms = parts.Select(p => p.Term).OfType<string>().Where(t => t != word.Term).Distinct().Order(StringComparer.Ordinal);
        return string.Join('\0', terms);
    }

}
