namespace DecisionsPortal.Search;

/// <summary>
/// A term in one document: its BM25F score quantised to a byte (<see cref="Impact"/>, so the
/// browser only adds numbers up), which of the term's surface forms occur (bit i = variant i),
/// and its positions, for phrases.
/// </summary>
public sealed record Posting(int Doc, int Impact, int VariantMask, IReadOnlyList<int> Positions);
