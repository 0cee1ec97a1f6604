using DecisionsPortal.Output;
using DecisionsPortal.Rendering.Feeds;

namespace DecisionsPortal.Rendering.Producers;

/// <summary>
/// Feeds to follow one matter: an Atom feed per case (every handling of a diary number, newest
/// first) and per meeting (its agenda items, which become its decisions at the same addresses),
/// written beside their pages as <c>atom.xml</c>. Entries are the listings' entries, so an agenda
/// item is marked as not yet decided, and reading a decision's update needs no new id.
/// </summary>
public sealed class FollowFeedProducer(Site.SiteModel site, Incremental.Fingerprints fingerprints) : IOutputProducer
{
    public IEnumerable<OutputFile> Produce() => FeedCatalog.Council(site).Select(feed => feed.OnDemand(site, fingerprints));
}
