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

    /// <summary>The known words of one document language (none when it has no dictionary).</summary>
    public IEnumerable<IndexWord> In(string language) => counts.TryGetValue(language, out var words) ? words.Keys : [];

    public static KnownWords Of(IReadOnlyList<SearchDocument> docs, IReadOnlyList<DocumentAnalysis> analyses)
    {
        // Counted by word id first (a word's forms asked once, not for each document holding it),
        // then into the dictionaries in the order the words were first seen, as counting into them directly did.
        var known = new KnownWords();
        var tallies = new List<(Dictionary<IndexWord, int> Words, Tally Tally)>();
        string? language = null;
        Tally? tally = null;
        for (var d = 0; d < docs.Count; d++)
        {
            if (!string.Equals(docs[d].Language, language, StringComparison.Ordinal))
            {
                language = docs[d].Language;
                var words = known.Of(language);
                tally = tallies.Find(t => ReferenceEquals(t.Words, words)).Tally;
                if (tally is null)
                {
                    tally = new Tally();
                    tallies.Add((words, tally));
                }
            }

            tally!.Count(analyses[d]);
        }

        foreach (var (words, counted) in tallies)
        {
            words.EnsureCapacity(counted.Seen.Count);
            foreach (var word in counted.Seen)
            {
                if (word.Forms.Known)
                {
                    words[word] = counted.Counts[word.Id];
                }
            }
        }

        return known;
    }

    /// <summary>How many documents of one language hold each word, by its id, and the words in the order first seen.</summary>
    private sealed class Tally
    {
        public int[] Counts = new int[1024];
        public readonly List<IndexWord> Seen = [];

        public void Count(DocumentAnalysis analysis)
        {
            var ids = analysis.Ids;
            for (var i = 0; i < ids.Length; i++)
            {
                var id = ids[i];
                if (id >= Counts.Length)
                {
                    Array.Resize(ref Counts, Math.Max(Counts.Length * 2, id + 1));
                }

                if (Counts[id]++ == 0)
                {
                    Seen.Add(analysis.Words[i]);
                }
            }
        }
    }

    /// <summary>
    /// Counts the old versions of edited documents out and their new versions in; the known words
    /// that came into the corpus and that left it, by document language where any did (a word kept
    /// by an edit of the only document holding it neither came nor left).
    /// </summary>
    public Dictionary<string, (List<IndexWord> Entered, List<IndexWord> Left)> Replace(IEnumerable<(string Language, DocumentAnalysis Analysis)> before, IEnumerable<(string Language, DocumentAnalysis Analysis)> after)
    {
        var left = new Dictionary<IndexWord, string>();
        foreach (var (language, analysis) in before)
        {
            var words = Of(language);
            foreach (var word in analysis.Words)
            {
                if (word.Forms.Known && --CollectionsMarshal.GetValueRefOrAddDefault(words, word, out _) == 0)
                {
                    words.Remove(word);
                    left[word] = language;
                }
            }
        }

        var moved = new Dictionary<string, (List<IndexWord> Entered, List<IndexWord> Left)>(StringComparer.Ordinal);
        foreach (var (language, analysis) in after)
        {
            var words = Of(language);
            foreach (var word in analysis.Words)
            {
                if (word.Forms.Known && ++CollectionsMarshal.GetValueRefOrAddDefault(words, word, out _) == 1 && !left.Remove(word))
                {
                    Moved(language).Entered.Add(word);
                }
            }
        }

        foreach (var (word, language) in left)
        {
            Moved(language).Left.Add(word);
        }

        return moved;

        (List<IndexWord> Entered, List<IndexWord> Left) Moved(string language)
        {
            if (!moved.TryGetValue(language, out var lists))
            {
                lists = ([], []);
                moved[language] = lists;
            }

            return lists;
        }
    }

    private Dictionary<IndexWord, int> Of(string language) => CollectionsMarshal.GetValueRefOrAddDefault(counts, language, out _) ??= [];
}
