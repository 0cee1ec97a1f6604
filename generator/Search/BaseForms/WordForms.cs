namespace DecisionsPortal.Search.BaseForms;

/// <summary>
/// What a dictionary knows of one lower-cased word: its base forms (lower case, one per reading:
/// "kuusi" is both kuusi and kuu) and, for a compound, the base forms of its parts
/// ("kaupunginhallitus": kaupunki, hallitus). <see cref="Unknown"/> when the dictionary does not know the word.
/// <see cref="PartsKnown"/>: the dictionary splits compounds, so a known word's parts are only
/// these (none for "mielestä", which the corpus-vocabulary splitter would cut into miel + estä).
/// </summary>
public sealed record WordForms(IReadOnlyList<string> Bases, IReadOnlyList<string> Meant, IReadOnlyList<string> Parts, bool PartsKnown)
{
    public static readonly WordForms Unknown = new([], [], [], false);

    public bool Known => Bases.Count > 0;

    /// <summary>
    /// The forms of <paramref name="word"/> from a dictionary's readings. <see cref="Meant"/>: what a
    /// searcher who types the word means, its base forms, but only itself when it is a base form
    /// ("kuulla" is to hear, not also kuu "moon" + -lla; "hela" is hela, not also hel). In a
    /// decision's text every reading counts.
    /// </summary>
    public static WordForms Of(string word, List<string> bases, IReadOnlyList<string> parts, bool partsKnown) =>
        bases.Count == 0 ? Unknown : new WordForms(bases, bases.Contains(word) ? [word] : bases, parts, partsKnown);

    /// <summary>
    /// A number ("2024", "96036") is its own base form, and has no parts: what both dictionaries
    /// answer for every digit string tried (all of up to six digits, 50,000 longer ones), without
    /// the call — a quarter of the Swedish words of a corpus of decisions are numbers, and
    /// Hunspell makes each a compound of digits (sv_SE's COMPOUNDRULE 0*) at tens of microseconds.
    /// </summary>
    public static WordForms? OfNumber(string word, bool partsKnown) =>
        word.Length > 0 && !word.AsSpan().ContainsAnyExcept(Digits) ? new WordForms([word], [word], [], partsKnown) : null;

    // Not ContainsAnyExceptInRange('0', '9'): the installed tool's precompiled code of that generic
    // method boxed both bounds, two objects for every word a dictionary was asked about.
    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789");
}
