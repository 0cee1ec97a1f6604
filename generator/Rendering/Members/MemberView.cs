using DecisionsPortal.Rendering.Views;

namespace DecisionsPortal.Rendering.Members;

/// <summary>What a person page adds for an elected member: group, roles, votes, dissents, attendance and the feed to follow.</summary>
public sealed record MemberView(
    string? Group,
    IReadOnlyList<MemberRoleView> Roles,
    IReadOnlyList<MemberVoteView> Votes,
    IReadOnlyList<DecisionSummaryView> Dissents,
    IReadOnlyList<AttendanceView> Attendance,
    IReadOnlyList<LinkView> Meetings,
    FeedView Feed);

/// <summary>A seat in an organ: "Kaupunginhallitus, jäsen, 1.6.2023–31.5.2025".</summary>
public sealed record MemberRoleView(LinkView Organ, string Role, string From, string FromIso, string? To, string? ToIso);

/// <summary>How the member voted on one decision.</summary>
public sealed record MemberVoteView(DecisionSummaryView Decision, string Side, string Label);

/// <summary>Attendance in one organ: meetings attended of those held in the member's terms whose minutes list the attendees.</summary>
public sealed record AttendanceView(string Organ, int Attended, int Held);
