namespace DecisionsPortal.Search;

/// <summary>
/// The words of an index's vocabulary (those its documents hold at least once) by their term:
/// when an edit moves a few terms between base-form classes, <see cref="ReclassedDocuments"/> asks
/// for the words of those terms, and finds them here rather than in a pass over every word of the
/// corpus. Made from the vocabulary's counts, then kept in step with them by each patch (<see cref="Update"/>).
/// </summary>
internal sealed class TermWords
{
    private readonly Dictionary<string, List<IndexWord>> byTerm = new(StringComparer.Ordinal);

    public static TermWords Of(Dictionary<IndexWord, int> counts)
    {
        var words = new TermWords();
        foreach (var (word, count) in counts)
        {
            if (count > 0)
            {
                words.Add(word);
            }
        }

        return words;
    }

    /// <summary>The vocabulary's words whose term is <paramref name="term"/>.</summary>
    public IReadOnlyList<IndexWord> Of(string term) => byTerm.TryGetValue(term, out var words) ? words : [];

    /// <summary>The words that entered the vocabulary (now held once or more) and those that left it (held no more).</summary>
    public void Update(IEnumerable<IndexWord> entering, IEnumerable<IndexWord> leaving)
    {
        foreach (var word in entering)
        {
            Add(word);
        }

        foreach (var word in leaving)
        {
            if (word.Term is { } term && byTerm.TryGetValue(term, out var words))
            {
                words.Remove(word);
            }
        }
    }

    private void Add(IndexWord word)
    {
        if (word.Term is { } term)
        {
            (System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(byTerm, term, out _) ??= []).Add(word);
        }
    }
}
