namespace DecisionsPortal.Rendering.Data;

/// <summary>
/// One decision as open data: every field of its front matter, its text, and its addresses.
/// Serialised with snake_case names; the shape is published as data/decisions.schema.json.
/// </summary>
public sealed record DecisionData(
    string Key,
    string Language,
    string Url,
    string DataUrl,
    IReadOnlyList<TranslationData> Translations,
    string Title,
    string Date,
    TermData Body,
    int? Section,
    string? Dnro,
    PersonData Preparer,
    PersonData Presenter,
    string Proposal,
    string? Decision,
    string Text,
    IReadOnlyList<TermData> Topics,
    IReadOnlyList<AttachmentData> Attachments,
    IReadOnlyList<string> Aliases,
    bool Draft,
    string? Meeting,
    string? Status,
    Content.Votes? Votes,
    IReadOnlyList<Content.Dissent> Dissent,
    string? Updated,
    bool Confidential);
