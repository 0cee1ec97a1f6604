namespace DecisionsPortal.Search;

/// <summary>
/// Finds the parts of one-word compounds ("kaupunginhallitus" → "hallitus", "kaupungin";
/// "stadsstyrelsen" → "styrelsen") with a dictionary drawn from the corpus's own vocabulary, in
/// the manner of Lucene's DictionaryCompoundWordTokenFilter but stricter: only the longest known
/// tail and the longest known head, each at least <see cref="MinPart"/> letters, so that short
/// words inside long ones ("asia" in "asiakirja") do not flood the index. Deterministic: the
/// result depends only on the word and the vocabulary.
/// </summary>
public static class CompoundSplitter
{
    public const int MinPart = 4;

    public const int MinWord = 2 * MinPart;

    /// <summary>
    /// Longer tokens are no compounds of words (Hunspell takes no word over 100 letters either):
    /// a pasted hash, an address's tail, or hostile text, whose every split would be looked up,
    /// each costing its length, so a megabyte of letters would take the build minutes.
    /// </summary>
    public const int MaxWord = 100;

    /// <summary>The parts of <paramref name="word"/> that <paramref name="vocabulary"/> knows, tail first, added to <paramref name="found"/>; looked up without a substring each.</summary>
    internal static void Parts(string word, VocabularyLookup vocabulary, List<IndexWord> found)
    {
        if (word.Length is < MinWord or > MaxWord)
        {
            return;
        }

        for (var i = MinPart; i <= word.Length - MinPart; i++)
        {
            if (vocabulary(word.AsSpan(i)) is { } tail)
            {
                found.Add(tail);
                break;
            }
        }

        for (var j = word.Length - MinPart; j >= MinPart; j--)
        {
            if (vocabulary(word.AsSpan(0, j)) is { } head)
            {
                found.Add(head);
                break;
            }
        }
    }
}
