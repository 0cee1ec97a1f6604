using DecisionsPortal.Output;
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
/// entries the producers write, so the producers write and the sitemap names the same feeds
/// and their last change without a second rule.
/// </summary>
public static class FeedCatalog
{
    /// <summary>One feed as it is written: its <paramref name="Id"/> is its own part of its tag URI, <paramref name="Page"/> the page it follows.</summary>
    /// <remarks>Its entries are made when first asked for: after an edit, serve lists thousands of case and meeting feeds whose files it keeps.</remarks>
    public sealed record Feed(string Language, string Path, string Id, string Page, Lazy<IReadOnlyList<DecisionPage>> Entries, Func<string, string> PathIn, Func<string> Title)
    {
        // Made later, on all cores, by the Render stage; a feed shows no decision's body, so it depends on the site.
        public OutputFile OnDemand(SiteModel site, Incremental.Fingerprints fingerprints) => OutputFile.OnDemand(Path, fingerprints.AllButBodies,
            () => AtomWriter.Write(site, Language, Path, Id, Title(), Page, Entries.Value));
    }

    public static IReadOnlyList<SiteFeed> Of(SiteModel site)
    {
        var candidates = Listings(site).Concat(Council(site)).ToList();
        var exists = new HashSet<string>(candidates.Select(c => c.Path), StringComparer.Ordinal);
        return candidates
            .Select(c => new SiteFeed(c.Path, c.Entries.Value, Languages(site, c.PathIn, exists)))
            .ToList();
    }

    /// <summary>Each language's feeds of its whole list and of each organ, topic and person: the latest decisions.</summary>
    public static IEnumerable<Feed> Listings(SiteModel site) => SiteFeeds.Listings(site).Select(l => Listing(site, l.Language, l.Listing));

    /// <summary>The feeds of each case (its handlings; also of a case of one decision, which has no page of its own) and each meeting (its agenda).</summary>
    public static IEnumerable<Feed> Council(SiteModel site)
    {
        var council = new CouncilPaths(site.Config);
        foreach (var page in site.Council.Cases)
        {
            // Its handlings, newest first.
            var entries = new Lazy<IReadOnlyList<DecisionPage>>(() => page.Handlings.Reverse().Take(AtomWriter.EntriesPerFeed).ToList());
            yield return new(page.Language, SitePaths.FeedOf(page.Path), page.Path.TrimEnd('/'), page.FollowedPage, entries, l => SitePaths.FeedOf(council.Case(l, page.Dnro)),
                () => $"{site.Config.Strings[page.Language].Text.GetValueOrDefault("case", "case")} {page.Dnro} – {site.Config.Title[page.Language]}");
        }

        foreach (var page in site.Council.Meetings)
        {
            yield return new(page.Language, SitePaths.FeedOf(page.Path), page.Path.TrimEnd('/'), page.Path, new Lazy<IReadOnlyList<DecisionPage>>(page.Agenda), l => SitePaths.FeedOf(council.Meeting(l, page.Id)),
                () => $"{MeetingViews.Title(site, page.Language, page)} – {site.Config.Title[page.Language]}");
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

    private static Feed Listing(SiteModel site, string language, Listing listing)
    {
        var all = listing.Kind == ListingKind.All;
        var title = site.Config.Title[language];
        return new(language, site.Paths.Feed(language, listing.Kind, listing.Id),
            all ? $"{language}/feed" : $"{language}/feed/{listing.Kind.ToString().ToLowerInvariant()}/{listing.Id}",
            listing.Path, new Lazy<IReadOnlyList<DecisionPage>>(() => listing.Items.Take(AtomWriter.EntriesPerFeed).ToList()), l => site.Paths.Feed(l, listing.Kind, listing.Id),
            () => all ? title : $"{listing.Label} – {title}");
    }
}
