namespace DecisionsPortal.Search;

/// <summary>
/// The last index one language's <see cref="LanguageSearchCache"/> built: enough to patch it after
/// an edit of a few decisions (<see cref="LanguageIndexer"/>) instead of building it anew.
/// <see cref="Terms"/> is in rank (ordinal) order, so a term's rank is found by binary search;
/// <see cref="Splittable"/> (by document language) finds the words a word entering or leaving the
/// vocabulary could be a compound part of; <see cref="Classes"/> are the base-form classes it was built with, from the words of <see cref="Known"/>. <see cref="Files"/> are what it wrote for <see cref="Page"/>.
/// </summary>
internal sealed record IndexState(
    Dictionary<IndexWord, int> VocabularyCounts,
    BaseForms.KnownWords Known,
    Dictionary<string, BaseForms.BaseFormClasses> Classes,
    IndexedTerm[] Terms,
    double[] Lengths,
    double Average,
    List<CachedSearchDocument> Ordered,
    WrittenIndex Written,
    SearchPageInfo Page,
    SearchFiles Files)
{
    // Made from the documents of Ordered when a patch first asks, which only serve's edits do:
    // counting and sorting every long word twice was a twentieth of a one-off build's search index,
    // for a state no one reads. A patch changes it in place, and `with` hands it on as it is.
    private Dictionary<string, SplittableWords>? splittable;

    public Dictionary<string, SplittableWords> Splittable => splittable ??= SplittableWords.Of(Ordered);

    // As the splittable words: made when a patch first asks, then changed in place by each patch.
    private TermWords? termWords;

    /// <summary>The words of <see cref="VocabularyCounts"/> by their term.</summary>
    public TermWords TermWords => termWords ??= TermWords.Of(VocabularyCounts);

    /// <summary>After a patch changed <see cref="VocabularyCounts"/>: the words that entered and left it.</summary>
    public void VocabularyMoved(IEnumerable<IndexWord> entering, IEnumerable<IndexWord> leaving) => termWords?.Update(entering, leaving);
}
