namespace DecisionsPortal.Site;

/// <summary>A meeting is one organ on one day; its files in every language and its decisions share this.</summary>
public readonly record struct MeetingId(string Body, DateOnly Date);
