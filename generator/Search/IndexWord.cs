using DecisionsPortal.Search.BaseForms;

namespace DecisionsPortal.Search;

/// <summary>
/// A distinct word of one language as its <see cref="TextAnalyzer"/> caches it: the word, its
/// term (null for a stop word) and its dictionary forms. Immutable, as it is kept between
/// <c>serve</c>'s builds: what one index build works out about a word (its term ids, whether it
/// is in the vocabulary) lives in that build's <see cref="PostingsBuilder"/> and vocabulary counts.
/// </summary>
internal sealed class IndexWord(int id, string text, string? term, IBaseFormSource? dictionary = null)
{
    // Asked for when first needed: a base form looked up only for its term (BaseFormClasses)
    // never costs the dictionary a call. The dictionary's answer for a word never changes, so
    // the word stays immutable to its readers.
    private WordForms? forms;

    /// <summary>
    /// The word's number in its analyser (0, 1, … in the order first seen): a build counts and
    /// resolves words of one language in arrays by it, not in dictionaries keyed by the word
    /// object, which cost a hash and a probe for each of millions of (document, word) pairs.
    /// </summary>
    public int Id { get; } = id;

    public string Text { get; } = text;

    public string? Term { get; } = term;

    /// <summary>
    /// Its id: a word equals only itself (object equality), and the id is a cheaper hash than the
    /// runtime's identity hash, which the compound look-ups would pay millions of times in probing the vocabulary counts.
    /// Words of two analysers can share an id; only their hashes collide, never their equality.
    /// </summary>
    public override int GetHashCode() => Id;

    /// <summary>The word's base forms and compound parts from its language's dictionary (<see cref="WordForms.Unknown"/> when it has none, does not know the word, or the word is a stop word).</summary>
    public WordForms Forms => forms ??= Term is null || dictionary is null ? WordForms.Unknown : dictionary.Analyse(Text);
}
