using DecisionsPortal.Configuration;

namespace DecisionsPortal.Site;

/// <summary>Makes the listings of one language and cuts them into pages of site.yml's page_size.</summary>
public sealed class ListingFactory(SiteConfig config, SitePaths paths, string language)
{
    public Listing Create(ListingKind kind, string id, string label, IReadOnlyList<DecisionPage> items)
    {
        var pages = items.Chunk(config.PageSize).Select((chunk, i) => new ListingPage(i + 1, paths.Listing(language, kind, id, i + 1), chunk)).ToList();

        if (pages.Count == 0)
        {
            pages.Add(new ListingPage(1, paths.Listing(language, kind, id), []));
        }

        return new Listing(language, kind, id, label, items, pages);
    }

    public ListingIndex Index(ListingKind kind, IEnumerable<Listing> listings) =>
        new(language, kind, paths.Index(language, kind), listings.ToList());
}
