namespace DecisionsPortal.Rendering.Law;

/// <summary>The appeal instructions of a decision page; the dates are null when the minutes' publication day is unknown.</summary>
public sealed record AppealView(
    string Kind,
    string Title,
    MarkdownHtml Text,
    string? MinutesPublic,
    string? MinutesPublicIso,
    string? NoticeReceived,
    string? NoticeReceivedIso,
    string? LastDay,
    string? LastDayIso);
