namespace DecisionsPortal.Rendering.Views;

/// <summary>Everything a decision page shows, with Markdown parsed and made safe, written as HTML where the page shows it.</summary>
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
    MarkdownHtml Preparation,
    MarkdownHtml Proposal,
    MarkdownHtml? Decision,
    IReadOnlyList<LinkView> Topics,
    IReadOnlyList<AttachmentView> Attachments,
    LinkView Year);
