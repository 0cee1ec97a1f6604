using DecisionsPortal.Content;
using DecisionsPortal.Rendering.Views;

namespace DecisionsPortal.Rendering.Law;

/// <summary>
/// What the law adds to a decision page. <see cref="Newer"/> is the case's latest later handling.
/// A confidential decision's page shows only its notice; the Model stage has already removed the rest.
/// </summary>
public sealed record LawView(
    bool Confidential,
    string? StatusId,
    string? Status,
    LinkView? Meeting,
    LinkView? Case,
    LinkView? Newer,
    string? Updated,
    string? UpdatedIso,
    IReadOnlyList<VoteRowView> Votes,
    IReadOnlyList<Dissent> Dissent,
    AppealView? Appeal);
