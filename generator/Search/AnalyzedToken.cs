namespace DecisionsPortal.Search;

/// <summary>
/// An indexed term at a position: <see cref="Surface"/> is the lower-cased word as written, for
/// ranking exact forms first; a compound's part (<see cref="IsPart"/>) has no surface of its own.
/// </summary>
public sealed record AnalyzedToken(string Term, string Surface, int Position, bool IsPart);
