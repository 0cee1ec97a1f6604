namespace DecisionsPortal.Rendering.Data;

/// <summary>
/// One decision as open data: every field of its front matter, its text, and its addresses.
/// Serialised with snake_case names; the shape is published as data/decisions.schema.json.
/// <see cref="Previous"/> is the text first published, kept after a correction, as published
/// (expired personal data replaced, as on the page). <see cref="CaseFeed"/> and
/// <see cref="MeetingFeed"/> are the Atom feeds that follow the decision's case and meeting; its
/// <see cref="Body"/> and each of its <see cref="Topics"/> name their own. <see cref="CaseUrl"/>
/// is null for a case of one decision, which has its feed but no page.
/// </summary>
public sealed record DecisionData(
    string Key,
    string Language,
    string Url,
    string DataUrl,
    IReadOnlyList<TranslationData> Translations,
    string Title,
    string Date,
    FollowedTermData Body,
    int? Section,
    string? Dnro,
    PersonData Preparer,
    PersonData Presenter,
    string Proposal,
    string? Decision,
    string? Previous,
    string Text,
    IReadOnlyList<FollowedTermData> Topics,
    IReadOnlyList<AttachmentData> Attachments,
    IReadOnlyList<string> Aliases,
    bool Draft,
    string? Meeting,
    string? Status,
    Content.Votes? Votes,
    IReadOnlyList<Content.Dissent> Dissent,
    string? Updated,
    bool Confidential,
    string? CaseUrl,
    string? CaseFeed,
    string? MeetingUrl,
    string? MeetingFeed);
