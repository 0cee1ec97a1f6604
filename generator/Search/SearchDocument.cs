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
    string Snippet);
