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
        Span<char> id = stackalloc char[8];
        foreach (var language in site.Languages)
        {
            // Thousands of decisions share a few dozen year folders: each folder is looked up by
            // span, and made a string and sorted in once.
            var years = language.Indexes.Where(i => i.Kind == ListingKind.Year).SelectMany(i => i.Listings).ToDictionary(l => l.Id, StringComparer.Ordinal);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var seenLookup = seen.GetAlternateLookup<ReadOnlySpan<char>>();
            var yearLookup = years.GetAlternateLookup<ReadOnlySpan<char>>();
            foreach (var page in language.Decisions)
            {
                var parent = ParentOf(page.Path);
                if (seenLookup.Contains(parent))
                {
                    continue;
                }

                if (page.Decision.Date.Year.TryFormat(id, out var length, "D4", System.Globalization.CultureInfo.InvariantCulture) && yearLookup.TryGetValue(id[..length], out var year))
                {
                    var folder = parent.ToString();
                    seen.Add(folder);
                    folders.TryAdd(folder, year);
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
    private static string Parent(string folder) => ParentOf(folder).ToString();

    private static ReadOnlySpan<char> ParentOf(string folder) => folder.AsSpan(0, folder.LastIndexOf('/', folder.Length - 2) + 1);
}
