namespace DecisionsPortal.Search;

/// <summary>
/// A term of the dictionary: its most common surface forms (for exact-form ranking and for
/// "did you mean") and its postings in document order.
/// </summary>
public sealed record TermEntry(string Term, IReadOnlyList<string> Variants, IReadOnlyList<Posting> Postings);
