namespace DecisionsPortal.Search;

/// <summary>
/// The index of one language's search page: documents numbered newest first (so date order is
/// id order and needs no sorting in the browser), and the terms in ordinal order. Postings are
/// flat arrays rather than an object each: term i's are <c>TermStarts[i]..TermStarts[i + 1]</c>,
/// in document order, each with its document, impact (BM25F quantised to a byte), the bits of
/// the term's <see cref="Variants"/> (surface forms, most common first) it contains, and its
/// positions <c>Positions[PositionFrom[k]..PositionTo[k]]</c>.
/// </summary>
public sealed record SearchIndex(
    string Language,
    IReadOnlyList<SearchDocument> Documents,
    string[] Terms,
    int[] TermStarts,
    string[][] Variants,
    int[] Docs,
    byte[] Impacts,
    int[] Masks,
    int[] PositionFrom,
    int[] PositionTo,
    int[] Positions);
