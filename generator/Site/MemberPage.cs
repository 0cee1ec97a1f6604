using DecisionsPortal.Content.Members;

namespace DecisionsPortal.Site;

/// <summary>
/// A member as shown in one language: the person page (the same page kind as a preparer's, at
/// the same address) and its feed, with the member's votes and dissents newest first and the
/// meetings attended.
/// </summary>
public sealed record MemberPage(
    string Language,
    Member Member,
    string Path,
    string FeedPath,
    IReadOnlyList<MemberVote> Votes,
    IReadOnlyList<MemberDissent> Dissents,
    IReadOnlyList<MemberAttendance> Attendance);

/// <summary>How the member voted on a decision: <c>for</c>, <c>against</c>, <c>abstained</c> or <c>absent</c>.</summary>
public sealed record MemberVote(DecisionPage Page, string Side);

/// <summary>A decision the member left a dissenting opinion on.</summary>
public sealed record MemberDissent(DecisionPage Page);

/// <summary>A meeting the member attended, with the role the minutes give.</summary>
public sealed record MemberAttendance(MeetingId Meeting, string Path, string? Role);
