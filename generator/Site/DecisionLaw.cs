using DecisionsPortal.Law;

namespace DecisionsPortal.Site;

/// <summary>
/// What the law adds to one decision page: the appeal that applies and its dates (null when the
/// minutes' publication date is unknown), its case and meeting pages, and the newest later
/// handling of its case, if there is one.
/// </summary>
public sealed record DecisionLaw(
    AppealKind? Appeal,
    AppealPeriod? Period,
    string? CasePath,
    string? MeetingPath,
    DecisionPage? NewerHandling,
    MeetingId? Meeting = null)
{
    public static readonly DecisionLaw None = new(null, null, null, null, null);
}
