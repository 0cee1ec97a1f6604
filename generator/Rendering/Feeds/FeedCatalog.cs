using DecisionsPortal.Rendering.Producers;
using DecisionsPortal.Site;

namespace DecisionsPortal.Rendering.Feeds;

/// <summary>
/// An Atom feed of the site: where it is, the decisions it holds (newest as the feed orders them)
/// and where the same feed is in each language it exists in, itself included (empty when it has no
/// counterpart), as pages name theirs.
/// </summary>
public sealed record SiteFeed(string Path, IReadOnlyList<DecisionPage> Entries, IReadOnlyDictionary<string, string> Languages);

/// <summary>
/// Every Atom feed the site writes — each language's whole list, organs, topics and people
/// (<see cref="FeedProducer"/>), cases and meetings (<see cref="FollowFeedProducer"/>) — with the
/// entries the producers write, so the sitemap names them and their last change without a second rule.
/// </summary>
public static class FeedCatalog
{
    public static IReadOnlyList<SiteFeed> Of(SiteModel site)
    {
        var candidates = Candidates(site).ToList();
        var exists = new HashSet<string>(candidates.Select(c => c.Path), StringComparer.Ordinal);
        return candidates
            .Select(c => new SiteFeed(c.Path, c.Entries, Languages(site, c.PathIn, exists)))
            .ToList();
    }

    /// <summary>A listing's feed: its latest decisions.</summary>
    public static IReadOnlyList<DecisionPage> Entries(Listing listing) => listing.Items.Take(AtomWriter.EntriesPerFeed).ToList();

    /// <summary>A case's feed: its handlings, newest first.</summary>
    public static IReadOnlyList<DecisionPage> Entries(CasePage page) => page.Handlings.Reverse().Take(AtomWriter.EntriesPerFeed).ToList();

    private static IEnumerable<(string Path, IReadOnlyList<DecisionPage> Entries, Func<string, string> PathIn)> Candidates(SiteModel site)
    {
        var paths = site.Paths;
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

        var council = new CouncilPaths(site.Config);
        foreach (var page in site.Council.Cases)
        {
            yield return (paths.FeedOf(page.Path), Entries(page), l => paths.FeedOf(council.Case(l, page.Dnro)));
        }

        foreach (var page in site.Council.Meetings)
        {
            yield return (paths.FeedOf(page.Path), page.Agenda, l => paths.FeedOf(council.Meeting(l, page.Id)));
        }
    }

    // A feed's counterparts are the feeds of its page's counterparts, where the site writes them
    // (an organ without Swedish decisions has no Swedish feed).
    private static IReadOnlyDictionary<string, string> Languages(SiteModel site, Func<string, string> pathIn, HashSet<string> exists)
    {
        var languages = site.Config.Languages
            .Select(l => (Language: l, Path: pathIn(l)))
            .Where(x => exists.Contains(x.Path))
            .ToDictionary(x => x.Language, x => x.Path, StringComparer.Ordinal);
        return languages.Count > 1 ? languages : NoLanguages;
    }

    private static readonly IReadOnlyDictionary<string, string> NoLanguages = new Dictionary<string, string>();

    private static (string, IReadOnlyList<DecisionPage>, Func<string, string>) Listing(SiteModel site, string language, Listing listing) =>
        (site.Paths.Feed(language, listing.Kind, listing.Id), Entries(listing), l => site.Paths.Feed(l, listing.Kind, listing.Id));
}
