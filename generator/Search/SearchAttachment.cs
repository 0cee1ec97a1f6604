namespace DecisionsPortal.Search;

/// <summary>A decision's attachment whose text is searchable: its title and address (a path under the site's base) for the result, and its text.</summary>
public sealed record SearchAttachment(string Title, string Path, string Text);
