namespace DecisionsPortal.Serving;

/// <summary>
/// What <c>serve</c> is told: the site, the port (0: any free one) and the language of its messages
/// (<c>--lang</c>); it always shows drafts. The clock decides the day of each build (a test's own).
/// </summary>
public sealed record ServeOptions(string ConfigPath, int Port = 8080, string? Language = null, TimeProvider? Clock = null);
