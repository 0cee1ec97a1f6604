namespace DecisionsPortal.Rendering.Data;

/// <summary>
/// One decision in a language's bulk files (<c>decisions.json</c>, <c>decisions.csv</c>): every
/// field of its <see cref="DecisionData"/> but the texts (proposal, decision, the earlier text, preparation),
/// which its own <c>index.json</c> at <see cref="DataUrl"/> carries. The texts were two thirds of
/// the site's bytes at 10,000 decisions a language, each written three times (page, index.json,
/// bulk files); a journalist filters the bulk file by date, organ, topic or person and then fetches
/// the few records they read.
/// </summary>
public sealed record DecisionSummary(
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
    IReadOnlyList<TermData> Topics,
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
    string? MeetingFeed)
{
    public static DecisionSummary Of(DecisionData d) => new(
        d.Key, d.Language, d.Url, d.DataUrl, d.Translations, d.Title, d.Date, d.Body, d.Section, d.Dnro,
        d.Preparer, d.Presenter, d.Topics, d.Attachments, d.Aliases, d.Draft,
        d.Meeting, d.Status, d.Votes, d.Dissent, d.Updated, d.Confidential, d.CaseUrl, d.CaseFeed, d.MeetingUrl, d.MeetingFeed);
}
