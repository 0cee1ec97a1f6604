using System.Runtime.InteropServices;

namespace DecisionsPortal.Search;

/// <summary>
/// The indexed words of one document language long enough to be split into compound parts
/// (<see cref="CompoundSplitter.MinWord"/> letters), each with the number of documents holding it,
/// sorted by their text and by their text read backwards. A word that enters or leaves the
/// vocabulary can change only the parts of words it is a head or a tail of, and those are a
/// contiguous range of one order or the other: <c>serve</c> finds them by binary search instead of
/// reading every word of the corpus after each edit.
/// </summary>
internal sealed class SplittableWords
{
    private static readonly IComparer<IndexWord> ByText = Comparer<IndexWord>.Create((a, b) => string.CompareOrdinal(a.Text, b.Text));
    private static readonly IComparer<IndexWord> ByReversedText = Comparer<IndexWord>.Create((a, b) => CompareReversed(a.Text, b.Text));

    private readonly Dictionary<IndexWord, int> counts = [];
    private readonly List<IndexWord> byText = [];
    private readonly List<IndexWord> byReversedText = [];

    /// <summary>The splittable words of the documents, by the language of the document.</summary>
    public static Dictionary<string, SplittableWords> Of(IReadOnlyList<CachedSearchDocument> documents)
    {
        var result = new Dictionary<string, SplittableWords>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var words = CollectionsMarshal.GetValueRefOrAddDefault(result, document.Document.Language, out _) ??= new SplittableWords();
            foreach (var word in document.Analysis.Words)
            {
                if (word.Text.Length >= CompoundSplitter.MinWord)
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(words.counts, word, out _)++;
                }
            }
        }

        foreach (var words in result.Values)
        {
            words.byText.AddRange(words.counts.Keys);
            words.byText.Sort(ByText);
            words.byReversedText.AddRange(words.counts.Keys);
            words.byReversedText.Sort(ByReversedText);
        }

        return result;
    }

    /// <summary>In how many documents the word is.</summary>
    public int Count(IndexWord word) => counts.GetValueOrDefault(word);

    /// <summary>Counts the words of one document in (<paramref name="delta"/> 1) or out (−1).</summary>
    public void Apply(DocumentAnalysis analysis, int delta)
    {
        foreach (var word in analysis.Words)
        {
            if (word.Text.Length < CompoundSplitter.MinWord)
            {
                continue;
            }

            ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, word, out _);
            var before = count;
            count += delta;
            if (before == 0 && count > 0)
            {
                byText.Insert(~byText.BinarySearch(word, ByText), word);
                byReversedText.Insert(~byReversedText.BinarySearch(word, ByReversedText), word);
            }
            else if (before > 0 && count == 0)
            {
                byText.RemoveAt(byText.BinarySearch(word, ByText));
                byReversedText.RemoveAt(byReversedText.BinarySearch(word, ByReversedText));
                counts.Remove(word);
            }
        }
    }

    /// <summary>
    /// The words <paramref name="part"/> could be the head or the tail of: those that start or end
    /// with it and are at least <see cref="CompoundSplitter.MinPart"/> letters longer (the splitter
    /// leaves that much for the other side).
    /// </summary>
    public IEnumerable<IndexWord> Containing(string part)
    {
        var min = part.Length + CompoundSplitter.MinPart;
        for (var i = LowerBound(byText, part, string.CompareOrdinal); i < byText.Count && byText[i].Text.StartsWith(part, StringComparison.Ordinal); i++)
        {
            if (byText[i].Text.Length >= min)
            {
                yield return byText[i];
            }
        }

        for (var i = LowerBound(byReversedText, part, CompareReversed); i < byReversedText.Count && byReversedText[i].Text.EndsWith(part, StringComparison.Ordinal); i++)
        {
            if (byReversedText[i].Text.Length >= min)
            {
                yield return byReversedText[i];
            }
        }
    }

    /// <summary>The first word not before <paramref name="key"/> in the order <paramref name="compare"/>.</summary>
    private static int LowerBound(List<IndexWord> words, string key, Func<string, string, int> compare)
    {
        int low = 0, high = words.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (compare(words[mid].Text, key) < 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    /// <summary>Ordinal order of the strings read from the end: the words ending with a text are a contiguous range from it.</summary>
    private static int CompareReversed(string a, string b)
    {
        int i = a.Length - 1, j = b.Length - 1;
        for (; i >= 0 && j >= 0; i--, j--)
        {
            if (a[i] != b[j])
            {
                return a[i] < b[j] ? -1 : 1;
            }
        }

        return a.Length.CompareTo(b.Length);
    }
}
