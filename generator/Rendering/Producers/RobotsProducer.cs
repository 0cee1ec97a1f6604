using DecisionsPortal.Output;
using DecisionsPortal.Site;

namespace DecisionsPortal.Rendering.Producers;

/// <summary>
/// <c>robots.txt</c>: everything may be crawled, and the sitemap is named by its absolute URL,
/// as the protocol requires. Crawlers read it only at the host's root, which a site under a
/// sub-path must arrange with its host (README, hosting).
/// </summary>
public sealed class RobotsProducer(SiteModel site) : IOutputProducer
{
    public IEnumerable<OutputFile> Produce() => [OutputFile.Text("robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {site.Paths.Absolute("sitemap.xml")}\n")];
}
