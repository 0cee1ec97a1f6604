using DecisionsPortal.Content;
using DecisionsPortal.Law;

namespace DecisionsPortal.Site;

/// <summary>
/// What the law adds to one decision page: the appeal that applies and its dates (null when the
/// minutes' publication date is unknown), its case's page (none for a case of one decision) and
/// feed, its meeting's page, and the newest later handling of its case, if there is one. <see cref="MinutesPublic"/> and <see cref="MeetingTime"/>
/// (the meeting's end, else its start) date when a decided item changed, for feeds;
/// <see cref="MeetingNumber"/> names the meeting as its own page does.
/// </summary>
public sealed record DecisionLaw(
    AppealKind? Appeal,
    AppealPeriod? Period,
    string? CasePath,
    string? MeetingPath,
    DecisionPage? NewerHandling,
    string? CaseFeedPath = null,
    MeetingId? Meeting = null,
    DateOnly? MinutesPublic = null,
    TimeOnly? MeetingTime = null,
    MeetingNumber? MeetingNumber = null)
{
    public static readonly DecisionLaw None = new(null, null, null, null, null);
}
