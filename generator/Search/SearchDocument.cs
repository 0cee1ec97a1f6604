namespace DecisionsPortal.Search;

/// <summary>
/// A decision as search sees it: three weighted fields (title, proposal, the rest) in its own
/// language, the facets, and what a result shows (path, snippet source).
/// </summary>
public sealed record SearchDocument(
    string Language,
    string Title,
    string Proposal,
    string Text,
    DateOnly Date,
    string Body,
    IReadOnlyList<string> Topics,
    string Path,
    string Snippet)
{
    /// <summary>What a result says beside its date and organ, e.g. that an agenda item is not decided yet; null for none.</summary>
    public string? Note { get; init; }

    /// <summary>The attachments whose text is indexed (as its own field, see <see cref="SearchIndexBuilder.Analyze"/>); a result found only in them names them.</summary>
    public IReadOnlyList<SearchAttachment> Attachments { get; init; } = [];
}
