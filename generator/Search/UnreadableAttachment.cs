using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Search;

/// <summary>A PDF attachment whose text search could not read: its entry in the decision's front matter, its file and why.</summary>
public sealed record UnreadableAttachment(SourceLocation Location, string SourcePath, string Error);
