using DecisionsPortal.Output;
using DecisionsPortal.Rendering.Feeds;
using DecisionsPortal.Site;

namespace DecisionsPortal.Rendering.Producers;

/// <summary>
/// Atom feeds per language: all decisions, each organ, each topic and each person, the latest
/// <see cref="AtomWriter.EntriesPerFeed"/> each (times from the content: <see cref="FeedTimes"/>), written beside their listing as <c>atom.xml</c>.
/// </summary>
public sealed class FeedProducer : IOutputProducer
{
    public IEnumerable<OutputFile> Produce(RenderContext context)
    {
        foreach (var language in context.Site.Languages)
        {
            yield return OnDemand(context, language.All, language.Language);
            foreach (var index in language.Indexes.Where(i => SitePaths.HasFeed(i.Kind)))
            {
                foreach (var listing in index.Listings)
                {
                    yield return OnDemand(context, listing, language.Language);
                }
            }
        }
    }

    // Made later, on all cores, by the Render stage; a feed shows no decision's body, so it depends on the site.
    private static OutputFile OnDemand(RenderContext context, Listing listing, string language) =>
        OutputFile.OnDemand(context.Site.Paths.Feed(language, listing.Kind, listing.Id), context.Fingerprints?.AllButBodies, () => Feed(context.Site, listing, language));

    private static OutputFile Feed(SiteModel site, Listing listing, string language)
    {
        var config = site.Config;
        var kind = listing.Kind.ToString().ToLowerInvariant();
        return AtomWriter.Write(site, language, site.Paths.Feed(language, listing.Kind, listing.Id),
            listing.Kind == ListingKind.All ? $"{language}/feed" : $"{language}/feed/{kind}/{listing.Id}",
            listing.Kind == ListingKind.All ? config.Title[language] : $"{listing.Label} – {config.Title[language]}",
            listing.Path, FeedCatalog.Entries(listing));
    }
}
