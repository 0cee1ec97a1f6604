namespace DecisionsPortal.Search;

/// <summary>A word's stem (<see cref="LanguageRules.CreateSpanStemmer"/>), valid until the stemmer's next call.</summary>
public delegate ReadOnlySpan<char> SpanStemmer(ReadOnlySpan<char> word);
