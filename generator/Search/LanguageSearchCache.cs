namespace DecisionsPortal.Search;

/// <summary>One index language's part of <see cref="SearchCache"/>; used by one thread at a time.</summary>
internal sealed class LanguageSearchCache(Func<string, BaseForms.IBaseFormSource?> dictionary)
{
    /// <summary>The base-form dictionary of a document language, null when it has none.</summary>
    public Func<string, BaseForms.IBaseFormSource?> Dictionary { get; } = dictionary;

    public Dictionary<string, TextAnalyzer> Analyzers { get; } = new(StringComparer.Ordinal);

    /// <summary>By page path, in the order of <see cref="Listed"/>.</summary>
    public Dictionary<string, CachedSearchDocument> Documents { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The pages <see cref="Documents"/> are of, in the language's listed order, with their entries and places in <see cref="Index"/>.</summary>
    public ListedDocuments Listed { get; set; } = ListedDocuments.None;

    /// <summary>The last build's index, to patch; null until one is built or after a build that could not keep it.</summary>
    public IndexState? Index { get; set; }

    /// <summary>Whether <see cref="Documents"/> and <see cref="Index"/> are kept after a build (<see cref="SearchCache.KeepsIndexes"/>).</summary>
    public bool Keeps { get; init; } = true;

    /// <summary>How many builds patched the previous index rather than building it anew.</summary>
    public int Patched { get; set; }
}

/// <summary>
/// The last build's pages of one index language in their listed order, each one's entry (the
/// value of <see cref="LanguageSearchCache.Documents"/> at its path) and its place in the index's
/// order (<see cref="IndexState.Ordered"/>); places are empty where no index was kept.
/// </summary>
internal sealed record ListedDocuments(Site.DecisionPage[] Pages, CachedSearchDocument[] Entries, int[] Places)
{
    public static readonly ListedDocuments None = new([], [], []);
}
