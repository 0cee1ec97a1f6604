namespace DecisionsPortal.Serving;

/// <summary>What <c>serve</c> is told: the site, the port (0: any free one), whether drafts are shown, and the language of its messages (<c>--lang</c>).</summary>
public sealed record ServeOptions(string ConfigPath, int Port = 8080, bool IncludeDrafts = true, string? Language = null);
