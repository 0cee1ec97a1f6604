using DecisionsPortal.Output;
using DecisionsPortal.Rendering.Feeds;

namespace DecisionsPortal.Rendering.Producers;

/// <summary>
/// Atom feeds per language: all decisions, each organ, each topic and each person, the latest
/// <see cref="AtomWriter.EntriesPerFeed"/> each (times from the content: <see cref="FeedTimes"/>), written beside their listing as <c>atom.xml</c>.
/// </summary>
public sealed class FeedProducer(Site.SiteModel site, Incremental.Fingerprints fingerprints) : IOutputProducer
{
    public IEnumerable<OutputFile> Produce() => FeedCatalog.Listings(site).Select(feed => feed.OnDemand(site, fingerprints));
}
