namespace DecisionsPortal.Search;

/// <summary>
/// The last index one language's <see cref="LanguageSearchCache"/> built: enough to patch it after
/// an edit of a few decisions (<see cref="IncrementalIndexer"/>) instead of building it anew.
/// <see cref="Terms"/> is in rank (ordinal) order, so a term's rank is found by binary search;
/// <see cref="Splittable"/> (by document language) finds the words a word entering or leaving the
/// vocabulary could be a compound part of; <see cref="Classes"/> are the base-form classes it was built with, from the words of <see cref="Known"/>. <see cref="Files"/> are what it wrote for <see cref="Page"/>.
/// </summary>
internal sealed record IndexState(
    Dictionary<IndexWord, int> VocabularyCounts,
    Dictionary<string, SplittableWords> Splittable,
    BaseForms.KnownWords Known,
    Dictionary<string, BaseForms.BaseFormClasses> Classes,
    IndexedTerm[] Terms,
    double[] Lengths,
    double Average,
    List<CachedSearchDocument> Ordered,
    WrittenIndex Written,
    SearchPageInfo Page,
    SearchFiles Files);
