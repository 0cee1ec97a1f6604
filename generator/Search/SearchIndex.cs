namespace DecisionsPortal.Search;

/// <summary>
/// The index of one language's search page: documents numbered newest first (so date order is
/// id order and needs no sorting in the browser), and the terms in ordinal order.
/// </summary>
public sealed record SearchIndex(string Language, IReadOnlyList<SearchDocument> Documents, IReadOnlyList<TermEntry> Terms);
