using DecisionsPortal.Content;
using DecisionsPortal.Rendering.Views;

namespace DecisionsPortal.Rendering.Law;

/// <summary>
/// What the law adds to a decision page. <see cref="Case"/> is its case's page, <see cref="CaseFeed"/>
/// the case's feed when the case has no page (its one decision is this one), <see cref="Newer"/> the case's latest later handling.
/// A confidential decision's page shows only its notice; the Model stage has already removed the rest.
/// </summary>
public sealed record LawView(
    bool Confidential,
    string? StatusId,
    string? Status,
    LinkView? Meeting,
    LinkView? Case,
    string? CaseFeed,
    LinkView? Newer,
    string? Updated,
    string? UpdatedIso,
    IReadOnlyList<VoteRowView> Votes,
    IReadOnlyList<Dissent> Dissent,
    AppealView? Appeal);
