using DecisionsPortal.Output;
using DecisionsPortal.Rendering.Feeds;
using DecisionsPortal.Shared;
using DecisionsPortal.Site;

namespace DecisionsPortal.Rendering.Producers;

/// <summary>
/// <c>sitemap.xml</c>: every page with an <c>xhtml:link hreflang</c> alternate for each language
/// it exists in (itself included, as search engines ask), and every Atom feed (per language,
/// organ, topic, person, case and meeting) with its last change as <c>lastmod</c> and, the same
/// way, its feed in the other language where that exists, so a crawler
/// finds the feeds to follow beside their pages. The protocol lists any address of the site, and
/// crawlers read feeds for fresh changes; a feed is not listed as a sitemap of its own, since the
/// protocol lets a sitemap name only addresses under its own folder, and a case's feed names
/// decisions elsewhere. Past <paramref name="maxUrls"/> URLs (<see cref="ProtocolLimit"/> by the protocol) the addresses go
/// into sitemap-1.xml, sitemap-2.xml … and sitemap.xml becomes their index, so robots.txt can
/// always name the one address.
/// </summary>
public sealed class SitemapProducer(SiteModel site, Incremental.Fingerprints fingerprints, Output.PreviousOutput previous, int maxUrls = SitemapProducer.ProtocolLimit) : IOutputProducer
{
    public const int ProtocolLimit = 50_000;

    private const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNs = "http://www.w3.org/1999/xhtml";

    public IEnumerable<OutputFile> Produce()
    {
        // The addresses are the model's alone: while the site's fingerprint stands (serve), so do
        // the sitemap's files, as many parts as the last build made, and they are not even listed.
        var fingerprint = fingerprints.AllButBodies;
        var urls = new Lazy<List<Url>>(() => Urls(site));
        var parts = Unchanged("sitemap.xml", fingerprint)
            ? Enumerable.Range(0, int.MaxValue).TakeWhile(i => Unchanged(PartName(i), fingerprint)).Count()
            : urls.Value.Count <= maxUrls ? 0 : (urls.Value.Count + maxUrls - 1) / maxUrls;

        // Made later, like pages, so that the parts are written on all cores at once.
        for (var i = 0; i < parts; i++)
        {
            var part = i;
            yield return OutputFile.OnDemand(PartName(part), fingerprint, () => new OutputFile(PartName(part), UrlSet(site, urls.Value.Skip(part * maxUrls).Take(maxUrls).ToList())));
        }

        yield return OutputFile.OnDemand("sitemap.xml", fingerprint, () => new OutputFile("sitemap.xml",
            parts == 0 ? UrlSet(site, urls.Value) : Index(site, Enumerable.Range(0, parts).Select(PartName))));
    }

    // Serve's last good build made the file from inputs with this fingerprint, so it will not be made again.
    private bool Unchanged(string path, Fingerprint inputs) => previous.Unchanged(path, inputs);

    private static string PartName(int index) => $"sitemap-{(index + 1).ToString(CultureInfo.InvariantCulture)}.xml";

    private static byte[] Index(SiteModel site, IEnumerable<string> names) => XmlDocumentBytes.Write(xml =>
    {
        xml.WriteStartElement("sitemapindex", SitemapNs);
        foreach (var name in names)
        {
            xml.WriteWhitespace("\n");
            xml.WriteStartElement("sitemap", SitemapNs);
            xml.WriteElementString("loc", SitemapNs, site.Paths.Absolute(name));
            xml.WriteEndElement();
        }

        xml.WriteWhitespace("\n");
        xml.WriteEndElement();
    });

    /// <summary>One address of the sitemap: a page (with its languages) or a feed.</summary>
    private sealed record Url(string Path, string? LastModified, IReadOnlyDictionary<string, string> Languages);

    // Pages and feeds in one order of addresses, so a feed follows the page it is beside. A
    // decision page changed when its feed entry did (decided, corrected, its minutes out); a case's
    // or a meeting's page, which lists every entry of its feed, when its feed did (a meeting
    // without items has no date to give).
    private static List<Url> Urls(SiteModel site)
    {
        var decisions = site.Languages.SelectMany(l => l.Decisions).DistinctBy(p => p.Path, StringComparer.Ordinal).ToDictionary(p => p.Path, StringComparer.Ordinal);

        var followed = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var feed in FeedCatalog.Council(site).Where(f => f.Entries.Value.Count > 0))
        {
            followed[feed.Page] = FeedTimes.Updated(site, feed.Entries.Value);
        }

        // The day a meeting file's personal data left its page is a change too, as a decision page's is (Changed).
        foreach (var meeting in site.Council.Meetings)
        {
            if (meeting.File?.PersonalDataRemovedOn is { } removed && (!followed.TryGetValue(meeting.Path, out var written) || FeedTimes.Midnight(removed) > written))
            {
                followed[meeting.Path] = FeedTimes.Midnight(removed);
            }
        }

        // A page that shows personal data asks search engines not to index it (its head's robots
        // meta), so the sitemap does not offer it either until the data has left it: not as an
        // address, nor as the alternate of its translation, which may show none.
        var unindexed = decisions.Values.Where(p => p.Decision.AsShownOnItsPage is not null).Select(p => p.Path)
            .Concat(site.Council.Meetings.Where(m => m.File?.AsShownOnItsPage is not null).Select(m => m.Path))
            .ToHashSet(StringComparer.Ordinal);
        return PageCatalog.Of(site)
            .Where(p => !unindexed.Contains(p.Path))
            .Select(p => new Url(p.Path, followed.TryGetValue(p.Path, out var changed) ? FeedTimes.Lastmod(changed) : LastModified(site, p, decisions), Indexed(p.Languages, unindexed)))
            .Concat(FeedCatalog.Of(site).Select(f => new Url(f.Path, FeedTimes.Format(FeedTimes.Updated(site, f.Entries)), f.Languages)))
            .OrderBy(u => u.Path, StringComparer.Ordinal)
            .ToList();
    }

    private static IReadOnlyDictionary<string, string> Indexed(IReadOnlyDictionary<string, string> languages, HashSet<string> unindexed) =>
        unindexed.Count == 0 || !languages.Values.Any(v => unindexed.Contains(v)) ? languages
        : languages.Where(l => !unindexed.Contains(l.Value)).ToDictionary(l => l.Key, l => l.Value, StringComparer.Ordinal);

    private static string? LastModified(SiteModel site, SitePage page, Dictionary<string, DecisionPage> decisions) =>
        decisions.TryGetValue(page.Path, out var decision) ? FeedTimes.Lastmod(Changed(site, decision))
        : page.Date is { } date ? IsoDate.Format(date)
        : null;

    // The day its personal data left the page is a change too: a crawler that fetches only what
    // changed would keep its copy with the data (the page was not indexed then, but a crawler may
    // have fetched it); no other page or feed entry showed the data.
    private static DateTimeOffset Changed(SiteModel site, DecisionPage page)
    {
        var written = FeedTimes.Changed(site, page);
        return page.Decision.PersonalDataRemovedOn is { } removed && FeedTimes.Midnight(removed) > written ? FeedTimes.Midnight(removed) : written;
    }

    // A line for each address, not indented: indentation and the lines inside an address were
    // an eighth of the sitemap's bytes. About 300 bytes a page with two language links.
    private static byte[] UrlSet(SiteModel site, IReadOnlyCollection<Url> pages) => XmlDocumentBytes.Write(xml =>
    {
        xml.WriteStartElement("urlset", SitemapNs);
        xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNs);
        foreach (var page in pages)
        {
            xml.WriteWhitespace("\n");
            xml.WriteStartElement("url", SitemapNs);
            xml.WriteElementString("loc", SitemapNs, site.Paths.Absolute(page.Path));
            if (page.LastModified is { } date)
            {
                xml.WriteElementString("lastmod", SitemapNs, date);
            }

            if (page.Languages.Count > 1)
            {
                foreach (var language in site.Config.Languages.Where(page.Languages.ContainsKey))
                {
                    xml.WriteStartElement("xhtml", "link", XhtmlNs);
                    xml.WriteAttributeString("rel", "alternate");
                    xml.WriteAttributeString("hreflang", language);
                    xml.WriteAttributeString("href", site.Paths.Absolute(page.Languages[language]));
                    xml.WriteEndElement();
                }
            }

            xml.WriteEndElement();
        }

        xml.WriteWhitespace("\n");
        xml.WriteEndElement();
    }, Bytes(site, pages));

    // What UrlSet writes, counted from the lengths of the addresses (escaping aside): a buffer sized
    // by a flat guess an address would be doubled, and copied, whenever the base URL or the
    // addresses are longer than guessed.
    private static int Bytes(SiteModel site, IReadOnlyCollection<Url> pages)
    {
        var root = site.Config.BaseUrl.AbsoluteUri.Length;
        long bytes = 512;
        foreach (var page in pages)
        {
            // "\n<url><loc>", the address, "</loc></url>"; "<lastmod>…</lastmod>"; each link's markup and address.
            bytes += 23 + root + page.Path.Length + (page.LastModified is { } date ? 19 + date.Length : 0);
            if (page.Languages.Count > 1)
            {
                foreach (var (language, path) in page.Languages)
                {
                    bytes += 50 + language.Length + root + path.Length;
                }
            }
        }

        return (int)Math.Min(bytes, Array.MaxLength);
    }
}
