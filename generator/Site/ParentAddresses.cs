namespace DecisionsPortal.Site;

/// <summary>
/// People trim addresses, so each folder above a page that is no page of its own leads to the
/// listing it belongs to: a decision's year folder (/fi/paatokset/2025/) to the year's listing
/// (/fi/vuosi/2025/), a listing's page folder (/fi/vuosi/2025/sivu/) to its first page, and the
/// cases' folder (/fi/asiat/), which has no listing, to all decisions. An alias written at such a
/// folder wins. The render stage writes these folders; the link check knows them as pages.
/// </summary>
public static class ParentAddresses
{
    /// <returns>Each such folder's path and the listing it leads to, in path order.</returns>
    public static SortedDictionary<string, Listing> Of(SiteModel site)
    {
        var folders = new SortedDictionary<string, Listing>(StringComparer.Ordinal);
        foreach (var language in site.Languages)
        {
            var years = language.Indexes.Where(i => i.Kind == ListingKind.Year).SelectMany(i => i.Listings).ToDictionary(l => l.Id, StringComparer.Ordinal);
            foreach (var page in language.Decisions)
            {
                if (years.TryGetValue(page.Decision.Date.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), out var year))
                {
                    folders.TryAdd(Parent(page.Path), year);
                }
            }

            foreach (var listing in language.Indexes.SelectMany(i => i.Listings).Prepend(language.All).Where(l => l.Pages.Count > 1))
            {
                folders.TryAdd(Parent(listing.Pages[1].Path), listing);
            }

            if (site.Council.Cases.FirstOrDefault(c => c.Language == language.Language) is { } anyCase)
            {
                folders.TryAdd(Parent(anyCase.Path), language.All);
            }
        }

        var aliases = site.Redirects.Select(r => r.Path).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var alias in folders.Keys.Where(aliases.Contains).ToList())
        {
            folders.Remove(alias);
        }

        return folders;
    }

    /// <summary>"fi/paatokset/2025/x/" → "fi/paatokset/2025/".</summary>
    private static string Parent(string folder) => folder[..(folder.LastIndexOf('/', folder.Length - 2) + 1)];
}
