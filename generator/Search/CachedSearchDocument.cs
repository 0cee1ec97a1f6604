using DecisionsPortal.Content;

namespace DecisionsPortal.Search;

/// <summary>
/// A decision's search document and analysis, with the decision, the people's names
/// (<see cref="DecisionPeople"/>: its meeting's attendees are in another file) and its searchable
/// attachments' files (<see cref="AttachmentText.Key"/>: a PDF may change beside an unchanged
/// decision) they were made from, and the attachments whose text could not be read.
/// </summary>
internal sealed record CachedSearchDocument(Decision Source, string People, string AttachmentFiles, SearchDocument Document, DocumentAnalysis Analysis)
{
    public IReadOnlyList<UnreadableAttachment> Unreadable { get; init; } = [];

    /// <summary>
    /// Whether <paramref name="decision"/> gives the same search document: the same instance
    /// (an unchanged file that the load cache kept), or equal in every field search reads; and the same people and attachment files.
    /// </summary>
    public bool Matches(Decision decision, string people, string attachmentFiles) => People == people && AttachmentFiles == attachmentFiles && (ReferenceEquals(Source, decision) || (
        Source.Language == decision.Language && Source.Title == decision.Title && Source.Date == decision.Date
        && Source.Body == decision.Body && Source.Dnro == decision.Dnro && Source.Preparer.Name == decision.Preparer.Name
        && Source.Presenter.Name == decision.Presenter.Name && Source.Proposal == decision.Proposal
        && Source.DecisionText == decision.DecisionText && Source.Markdown == decision.Markdown
        && Source.Law.Status == decision.Law.Status
        && Source.Topics.SequenceEqual(decision.Topics, StringComparer.Ordinal)));
}
