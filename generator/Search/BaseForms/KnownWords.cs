using System.Runtime.InteropServices;

namespace DecisionsPortal.Search.BaseForms;

/// <summary>
/// The words the dictionary knows, by document language, each with the number of documents holding
/// it. The base-form classes are made from these sets alone, so after an edit that brings no such
/// word in and takes none out, serve keeps the last classes instead of making them from the whole corpus.
/// </summary>
internal sealed class KnownWords
{
    private readonly Dictionary<string, Dictionary<IndexWord, int>> counts = new(StringComparer.Ordinal);

    /// <summary>The distinct known words of each document language.</summary>
    public IEnumerable<(string Language, IEnumerable<IndexWord> Words)> ByLanguage => counts.Select(c => (c.Key, (IEnumerable<IndexWord>)c.Value.Keys));

    public static KnownWords Of(IReadOnlyList<SearchDocument> docs, IReadOnlyList<DocumentAnalysis> analyses)
    {
        var known = new KnownWords();
        for (var d = 0; d < docs.Count; d++)
        {
            known.Count(docs[d].Language, analyses[d]);
        }

        return known;
    }

    /// <summary>
    /// Counts the old versions of edited documents out and their new versions in; whether the set
    /// of a language's known words changed (a word kept by an edit of the only document holding it does not change it).
    /// </summary>
    public bool Replace(IEnumerable<(string Language, DocumentAnalysis Analysis)> before, IEnumerable<(string Language, DocumentAnalysis Analysis)> after)
    {
        var left = new HashSet<IndexWord>(ReferenceEqualityComparer.Instance);
        foreach (var (language, analysis) in before)
        {
            var words = Of(language);
            foreach (var word in analysis.Words)
            {
                if (word.Forms.Known && --CollectionsMarshal.GetValueRefOrAddDefault(words, word, out _) == 0)
                {
                    words.Remove(word);
                    left.Add(word);
                }
            }
        }

        var entered = false;
        foreach (var (language, analysis) in after)
        {
            var words = Of(language);
            foreach (var word in analysis.Words)
            {
                if (word.Forms.Known && ++CollectionsMarshal.GetValueRefOrAddDefault(words, word, out _) == 1)
                {
                    entered |= !left.Remove(word);
                }
            }
        }

        return entered || left.Count > 0;
    }

    private void Count(string language, DocumentAnalysis analysis)
    {
        var words = Of(language);
        foreach (var word in analysis.Words)
        {
            if (word.Forms.Known)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(words, word, out _)++;
            }
        }
    }

    private Dictionary<IndexWord, int> Of(string language)
    {
        if (!counts.TryGetValue(language, out var words))
        {
            words = new Dictionary<IndexWord, int>(ReferenceEqualityComparer.Instance);
            counts[language] = words;
        }

        return words;
    }
}
