using DecisionsPortal.Rendering.Producers;
using DecisionsPortal.Site;

namespace DecisionsPortal.Rendering.Feeds;

/// <summary>An Atom feed of the site: where it is and the decisions it holds, newest as the feed orders them.</summary>
public sealed record SiteFeed(string Path, IReadOnlyList<DecisionPage> Entries);

/// <summary>
/// Every Atom feed the site writes — each language's whole list, organs, topics and people
/// (<see cref="FeedProducer"/>), cases and meetings (<see cref="FollowFeedProducer"/>) — with the
/// entries the producers write, so the sitemap names them and their last change without a second rule.
/// </summary>
public static class FeedCatalog
{
    public static IEnumerable<SiteFeed> Of(SiteModel site)
    {
        foreach (var language in site.Languages)
        {
            yield return Listing(site, language.Language, language.All);
            foreach (var index in language.Indexes.Where(i => SitePaths.HasFeed(i.Kind)))
            {
                foreach (var listing in index.Listings)
                {
                    yield return Listing(site, language.Language, listing);
                }
            }
        }

        foreach (var page in site.Council.Cases)
        {
            yield return new SiteFeed(site.Paths.FeedOf(page.Path), Entries(page));
        }

        foreach (var page in site.Council.Meetings)
        {
            yield return new SiteFeed(site.Paths.FeedOf(page.Path), page.Agenda);
        }
    }

    /// <summary>A listing's feed: its latest decisions.</summary>
    public static IReadOnlyList<DecisionPage> Entries(Listing listing) => listing.Items.Take(AtomWriter.EntriesPerFeed).ToList();

    /// <summary>A case's feed: its handlings, newest first.</summary>
    public static IReadOnlyList<DecisionPage> Entries(CasePage page) => page.Handlings.Reverse().Take(AtomWriter.EntriesPerFeed).ToList();

    private static SiteFeed Listing(SiteModel site, string language, Listing listing) =>
        new(site.Paths.Feed(language, listing.Kind, listing.Id), Entries(listing));
}
