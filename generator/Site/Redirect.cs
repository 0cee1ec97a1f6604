using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Site;

/// <summary>A small page at an old address (<see cref="Path"/>, a folder ending in '/' or an .html file) that leads to a decision.</summary>
public sealed record Redirect(string Path, DecisionPage Target, SourceLocation Location);
