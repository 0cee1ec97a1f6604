using DecisionsPortal.Content;

namespace DecisionsPortal.Site;

/// <summary>
/// A meeting as shown in one language: its file in this language (or another, when only that one
/// exists; null when the meeting is known only from its decisions) and its agenda in § order.
/// </summary>
public sealed record MeetingPage(
    string Language,
    MeetingId Id,
    string Path,
    MeetingNumber? Number,
    Meeting? File,
    bool Cancelled,
    DateOnly? MinutesPublic,
    IReadOnlyList<DecisionPage> Agenda);
