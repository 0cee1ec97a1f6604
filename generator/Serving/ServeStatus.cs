namespace DecisionsPortal.Serving;

/// <summary>
/// What <c>/_serve/status</c> tells the page: <see cref="Version"/> counts every build, <see cref="Good"/>
/// the last one that succeeded (the one being served), and the errors of the last build if it failed.
/// </summary>
public sealed record ServeStatus(int Version, int Good, bool Ok, string Headline, IReadOnlyList<string> Errors, int Parsed, int Written, int Removed);
