namespace DecisionsPortal.Rendering.Views;

/// <summary>Everything a decision page shows, with Markdown already rendered to safe HTML.</summary>
public sealed record DecisionView(
    string Title,
    string Url,
    string Date,
    string DateIso,
    LinkView Body,
    int? Section,
    string? Dnro,
    PersonView Preparer,
    PersonView Presenter,
    RawHtml Preparation,
    RawHtml Proposal,
    RawHtml? Decision,
    IReadOnlyList<LinkView> Topics,
    IReadOnlyList<AttachmentView> Attachments,
    LinkView Year);
