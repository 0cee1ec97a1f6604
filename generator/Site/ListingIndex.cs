namespace DecisionsPortal.Site;

/// <summary>The page that lists every listing of one kind, e.g. all years with their decision counts.</summary>
public sealed record ListingIndex(string Language, ListingKind Kind, string Path, IReadOnlyList<Listing> Listings);
