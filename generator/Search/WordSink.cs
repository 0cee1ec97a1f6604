namespace DecisionsPortal.Search;

/// <summary>
/// Receives the words <see cref="Tokenizer.Scan"/> finds: the lower-cased word (valid only during
/// the call), its position, and whether it is a hyphenated compound's joined form.
/// </summary>
public delegate void WordSink(ReadOnlySpan<char> word, int position, bool joined);
