namespace DecisionsPortal.Search;

/// <summary>
/// The index of one language's search page: documents numbered newest first (so date order is
/// id order and needs no sorting in the browser), and the terms in ordinal order. Postings are
/// flat arrays rather than an object each: term i's are <c>TermStarts[i]..TermStarts[i + 1]</c>,
/// in document order, each with its document, impact (BM25F quantised to a byte), the bits of
/// the term's <see cref="Variants"/> (surface forms, most common first) it contains, and its
/// positions <c>Positions[PositionFrom[k]..PositionTo[k]]</c> (the array may run on past the last ones).
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
    int[] Positions)
{
    /// <summary>
    /// Per term, the words of the corpus posted under it as forms of its word whose own terms differ
    /// ("luvat" under "lupa"'s term), most common first, then the compounds posted under it as a part's
    /// that do not hold it ("peruskorjauksen" under "korjaus"'s): what the browser marks in a result found by the term.
    /// </summary>
    internal string[][] Forms { get; init; } = [];

    /// <summary>Each posting's summed field weight: what a patch rescores a term from when a few decisions change.</summary>
    internal int[] Weights { get; init; } = [];

    /// <summary>Posting k's surface forms are <c>SurfaceList[SurfaceStarts[k]..SurfaceStarts[k + 1]]</c> (what a patch merges a changed decision's forms into).</summary>
    internal int[] SurfaceStarts { get; init; } = [];

    internal string[] SurfaceList { get; init; } = [];

    internal ReadOnlySpan<int> PositionsOf(int k) => Positions.AsSpan(PositionFrom[k], PositionTo[k] - PositionFrom[k]);

    internal ReadOnlySpan<string> SurfacesOf(int k) => SurfaceList.AsSpan(SurfaceStarts[k], SurfaceStarts[k + 1] - SurfaceStarts[k]);
}
