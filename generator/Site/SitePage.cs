namespace DecisionsPortal.Site;

/// <summary>
/// One HTML page of the site: its path, the same page in each language that really has it
/// (itself included) and, for a decision, the date it was last changed.
/// </summary>
public sealed record SitePage(string Path, IReadOnlyDictionary<string, string> Languages, DateOnly? Date);
