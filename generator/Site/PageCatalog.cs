using System.Globalization;

namespace DecisionsPortal.Site;

/// <summary>
/// Every HTML page the site has, in a stable order, with its versions in other languages that
/// exist: what the sitemap lists and what a redirect must not overwrite.
/// </summary>
public static class PageCatalog
{
    public static IReadOnlyList<SitePage> Of(SiteModel site)
    {
        var paths = site.Paths;
        var exists = new HashSet<string>(StringComparer.Ordinal) { "" };
        var candidates = new List<(string Path, Func<string, string?> PathIn, DateOnly? Date)> { ("", _ => null, null) };
        foreach (var language in site.Languages)
        {
            candidates.Add((language.HomePath, paths.Home, null));
            candidates.AddRange(ListingPages(site, language.All));
            foreach (var index in language.Indexes)
            {
                var kind = index.Kind;
                candidates.Add((index.Path, l => paths.Index(l, kind), null));
                candidates.AddRange(index.Listings.SelectMany(listing => ListingPages(site, listing)));
            }

            candidates.AddRange(language.Decisions.Select(page =>
                (page.Path, (Func<string, string?>)(l => l == page.Language ? page.Path : page.Translations.GetValueOrDefault(l)), (DateOnly?)page.Decision.Date)));
        }

        exists.UnionWith(candidates.Select(c => c.Path));
        return candidates
            .Select(c => new SitePage(c.Path, site.Config.Languages
                .Select(l => (Language: l, Path: c.PathIn(l)))
                .Where(x => x.Path is not null && exists.Contains(x.Path))
                .ToDictionary(x => x.Language, x => x.Path!, StringComparer.Ordinal), c.Date))
            .ToList();
    }

    private static IEnumerable<(string, Func<string, string?>, DateOnly?)> ListingPages(SiteModel site, Listing listing) =>
        listing.Pages.Select(page => (page.Path, (Func<string, string?>)(l => site.Paths.Listing(l, listing.Kind, listing.Id, page.Number)), (DateOnly?)null));

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
