namespace DecisionsPortal.Serving;

/// <summary>What <c>serve</c> is told: the site, the port (0: any free one), and whether drafts are shown.</summary>
public sealed record ServeOptions(string ConfigPath, int Port = 8080, bool IncludeDrafts = true);
