namespace DecisionsPortal.Rendering.Data;

/// <summary>
/// A decision removed from the site, listed in decisions.json so that mirrors delete their copy
/// (as OParl's deleted objects): <see cref="Reason"/> is "withdrawn" or "deleted".
/// </summary>
public sealed record TombstoneData(string Key, string Language, string? Url, string Date, string Reason);
