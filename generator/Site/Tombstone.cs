namespace DecisionsPortal.Site;

/// <summary>
/// A decision taken off the site, so that mirrors of the open data delete it too (as OParl's
/// deleted objects): <c>withdrawn:</c> in its file, or a deleted file listed in site.yml
/// <c>removed:</c>. <see cref="Path"/> is the address it had, when known.
/// </summary>
public sealed record Tombstone(string Language, string Key, string Source, string? Path, DateOnly Date, TombstoneReason Reason);
