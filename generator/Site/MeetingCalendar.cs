namespace DecisionsPortal.Site;

/// <summary>One organ's meetings in one language, newest first, with its iCalendar feed.</summary>
public sealed record MeetingCalendar(string Language, string Body, string Path, string FeedPath, IReadOnlyList<MeetingPage> Meetings);
