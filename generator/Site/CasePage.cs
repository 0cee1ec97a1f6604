namespace DecisionsPortal.Site;

/// <summary>Every handling of one diary number shown in one language, oldest first.</summary>
public sealed record CasePage(string Language, string Dnro, string Path, IReadOnlyList<DecisionPage> Handlings);
