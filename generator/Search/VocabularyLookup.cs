namespace DecisionsPortal.Search;

/// <summary>The vocabulary word equal to <paramref name="word"/>, or null: the compound dictionary of one index build.</summary>
internal delegate IndexWord? VocabularyLookup(ReadOnlySpan<char> word);
