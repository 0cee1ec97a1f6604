using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Content;

/// <summary>An old, site-relative address of a decision (front matter <c>aliases:</c>), kept working by a redirect page.</summary>
public sealed record Alias(string Path, SourceLocation Location);
