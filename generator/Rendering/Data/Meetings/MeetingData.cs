namespace DecisionsPortal.Rendering.Data.Meetings;

/// <summary>
/// One meeting as <c>meetings.json</c> gives it. <see cref="Phase"/>: "scheduled" (nothing
/// published yet), "agenda" (its agenda is out and not decided), "minutes" (its items are
/// decisions), "cancelled".
/// </summary>
public sealed record MeetingData(
    string Id,
    string Body,
    string BodyLabel,
    string Date,
    string? Number,
    string? Start,
    string? End,
    string? Place,
    string Phase,
    string? MinutesPublic,
    string Url,
    string Feed,
    string Calendar,
    IReadOnlyList<AgendaItemData> Items);

/// <summary>
/// One item of a meeting's agenda: <see cref="Decided"/> is false while it is only proposed
/// (status "agenda"); the item keeps its <see cref="Url"/> when it becomes a decision.
/// </summary>
public sealed record AgendaItemData(
    int? Section,
    string Title,
    string Language,
    string Url,
    string DataUrl,
    string? Status,
    bool Decided,
    string? Dnro,
    string? CaseUrl,
    string? CaseFeed);
