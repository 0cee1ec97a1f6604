using DecisionsPortal.Output;
using DecisionsPortal.Site;

namespace DecisionsPortal.Rendering.Producers;

/// <summary>
/// People trim addresses, so each folder above a page that is no page of its own leads to the
/// listing it belongs to (<see cref="RedirectPage"/>, which works on a static host without server
/// rules): a decision's year folder (/fi/paatokset/2025/) to the year's listing (/fi/vuosi/2025/),
/// a listing's page folder (/fi/vuosi/2025/sivu/) to its first page, and the cases' folder
/// (/fi/asiat/), which has no listing, to all decisions. An alias written at such a folder wins.
/// </summary>
public sealed class ParentAddressProducer(SiteModel site) : IOutputProducer
{
    public IEnumerable<OutputFile> Produce()
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
        foreach (var (folder, listing) in folders)
        {
            if (aliases.Contains(folder))
            {
                continue;
            }

            var strings = site.Config.Strings[listing.Language].Text;
            var target = HtmlText.Escape(site.Paths.Link(listing.Path));
            var canonical = HtmlText.Escape(site.Paths.Absolute(listing.Path));
            var name = HtmlText.Escape(listing.Kind == ListingKind.Year ? $"{strings.GetValueOrDefault("kind_year", "")} {listing.Label}".TrimStart() : listing.Label);
            var title = $"{name} – {HtmlText.Escape(site.Config.Title.GetValueOrDefault(listing.Language, ""))}";
            yield return new OutputFile(folder + "index.html", RedirectPage.Html(listing.Language, target, canonical, title, $"<a href=\"{target}\">{name}</a>"));
        }
    }

    /// <summary>"fi/paatokset/2025/x/" → "fi/paatokset/2025/".</summary>
    private static string Parent(string folder) => folder[..(folder.LastIndexOf('/', folder.Length - 2) + 1)];
}
