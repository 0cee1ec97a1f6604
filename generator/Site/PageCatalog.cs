namespace DecisionsPortal.Site;

/// <summary>
/// Every HTML page the site has, in a stable order, with its versions in other languages that
/// exist: what the sitemap lists and what a redirect must not overwrite.
/// </summary>
public static class PageCatalog
{
    public static IReadOnlyList<SitePage> Of(SiteModel site)
    {
        var candidates = Candidates(site);
        var exists = Paths(candidates);

        // Each page's paths in the other languages are built independently: on all cores, in the
        // order of the candidates. A loop rather than PLINQ over the candidates' tuples, whose
        // operators would be JIT-compiled at every start.
        var pages = new SitePage[candidates.Count];
        Parallel.For(0, pages.Length, i =>
        {
            var (path, pathIn, date) = candidates[i];
            var languages = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var language in site.Config.Languages)
            {
                if (pathIn(language) is { } there && exists.Contains(there))
                {
                    languages.Add(language, there);
                }
            }

            pages[i] = new SitePage(path, languages, date);
        });
        return pages;
    }

    /// <summary>The path of every HTML page, without the work of pairing each with its other languages.</summary>
    public static HashSet<string> Paths(SiteModel site) => Paths(Candidates(site));

    private static HashSet<string> Paths(List<(string Path, Func<string, string?> PathIn, DateOnly? Date)> candidates) =>
        candidates.Select(c => c.Path).ToHashSet(StringComparer.Ordinal);

    private static List<(string Path, Func<string, string?> PathIn, DateOnly? Date)> Candidates(SiteModel site)
    {
        var paths = site.Paths;
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

            candidates.AddRange(language.Decisions.Select(page => (page.Path, (Func<string, string?>)page.PathIn, (DateOnly?)page.Decision.Date)));
            candidates.Add((paths.Search(language.Language), paths.Search, null));
        }

        candidates.AddRange(CouncilPages(site));
        return candidates;
    }

    // The council's pages: cases of two decisions or more, meetings, each organ's calendar and the calendars' index.
    private static IEnumerable<(string, Func<string, string?>, DateOnly?)> CouncilPages(SiteModel site)
    {
        var council = site.Council;
        var paths = new CouncilPaths(site.Config);
        foreach (var c in council.Cases.Where(c => c.HasPage))
        {
            yield return (c.Path, l => paths.Case(l, c.Dnro), null);
        }

        foreach (var m in council.Meetings)
        {
            yield return (m.Path, l => paths.Meeting(l, m.Id), null);
        }

        foreach (var calendar in council.Calendars)
        {
            yield return (calendar.Path, l => paths.Calendar(l, calendar.Body), null);
        }

        foreach (var language in council.Calendars.Select(c => c.Language).Distinct())
        {
            yield return (paths.Meetings(language), paths.Meetings, null);
        }
    }

    private static IEnumerable<(string, Func<string, string?>, DateOnly?)> ListingPages(SiteModel site, Listing listing) =>
        listing.Pages.Select(page => (page.Path, (Func<string, string?>)(l => site.Paths.Listing(l, listing.Kind, listing.Id, page.Number)), (DateOnly?)null));
}
