namespace DecisionsPortal.Search;

/// <summary>
/// The last index one language's <see cref="LanguageSearchCache"/> built: enough to patch it after
/// an edit of a few decisions (<see cref="IncrementalIndexer"/>) instead of building it anew.
/// </summary>
internal sealed record IndexState(
    int VocabularyBuild,
    Dictionary<IndexWord, int> VocabularyCounts,
    TermRef[] Terms,
    Dictionary<string, int> Ranks,
    double[] Lengths,
    double Average,
    List<CachedSearchDocument> Ordered,
    WrittenIndex Written);
