namespace DecisionsPortal.Search;

/// <summary>One index language's part of <see cref="SearchCache"/>; used by one thread at a time.</summary>
internal sealed class LanguageSearchCache(Func<string, BaseForms.IBaseFormSource?> dictionary)
{
    /// <summary>The base-form dictionary of a document language, null when it has none.</summary>
    public Func<string, BaseForms.IBaseFormSource?> Dictionary { get; } = dictionary;

    public Dictionary<string, TextAnalyzer> Analyzers { get; } = new(StringComparer.Ordinal);

    /// <summary>By page path.</summary>
    public Dictionary<string, CachedSearchDocument> Documents { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The last build's index, to patch; null until one is built or after a build that could not keep it.</summary>
    public IndexState? Index { get; set; }

    /// <summary>Whether <see cref="Documents"/> and <see cref="Index"/> are kept after a build (<see cref="SearchCache.KeepsIndexes"/>).</summary>
    public bool Keeps { get; init; } = true;

    /// <summary>How many builds patched the previous index rather than building it anew.</summary>
    public int Patched { get; set; }
}
