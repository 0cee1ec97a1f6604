using DecisionsPortal.Content;

namespace DecisionsPortal.Search;

/// <summary>A decision's search document and analysis, with the decision they were made from.</summary>
internal sealed record CachedSearchDocument(Decision Source, SearchDocument Document, DocumentAnalysis Analysis)
{
    /// <summary>
    /// Whether <paramref name="decision"/> gives the same search document: the same instance
    /// (an unchanged file that the load cache kept), or equal in every field search reads.
    /// </summary>
    public bool Matches(Decision decision) => ReferenceEquals(Source, decision) || (
        Source.Language == decision.Language && Source.Title == decision.Title && Source.Date == decision.Date
        && Source.Body == decision.Body && Source.Dnro == decision.Dnro && Source.Preparer.Name == decision.Preparer.Name
        && Source.Presenter.Name == decision.Presenter.Name && Source.Proposal == decision.Proposal
        && Source.DecisionText == decision.DecisionText && Source.Markdown == decision.Markdown
        && Source.Topics.SequenceEqual(decision.Topics, StringComparer.Ordinal));
}
