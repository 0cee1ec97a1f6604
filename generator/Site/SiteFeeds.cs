namespace DecisionsPortal.Site;

/// <summary>
/// What the site writes a feed of: each language's whole list and its organs', topics' and people's
/// listings, each case (one of one decision too), each meeting and each organ's calendar. Rendering
/// writes the Atom feeds of these listings (its FeedCatalog); the link check knows their paths.
/// </summary>
public static class SiteFeeds
{
    /// <summary>Each language's listings with a feed, its whole list first.</summary>
    public static IEnumerable<(string Language, Listing Listing)> Listings(SiteModel site) =>
        site.Languages.SelectMany(language => language.Indexes.Where(i => SitePaths.HasFeed(i.Kind)).SelectMany(i => i.Listings)
            .Prepend(language.All).Select(listing => (language.Language, listing)));

    /// <summary>Every feed's path: the listings', cases', meetings' and calendars'.</summary>
    public static HashSet<string> Paths(SiteModel site) =>
        Listings(site).Select(l => site.Paths.Feed(l.Language, l.Listing.Kind, l.Listing.Id))
            .Concat(site.Council.Cases.Select(c => SitePaths.FeedOf(c.Path)))
            .Concat(site.Council.Meetings.Select(m => SitePaths.FeedOf(m.Path)))
            .Concat(site.Council.Calendars.Select(c => c.FeedPath))
            .ToHashSet(StringComparer.Ordinal);
}
