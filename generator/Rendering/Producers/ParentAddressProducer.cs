using DecisionsPortal.Output;
using DecisionsPortal.Site;

namespace DecisionsPortal.Rendering.Producers;

/// <summary>The redirect page of each folder people trim an address to (<see cref="ParentAddresses"/>), which works on a static host without server rules (<see cref="RedirectPage"/>).</summary>
public sealed class ParentAddressProducer(SiteModel site) : IOutputProducer
{
    public IEnumerable<OutputFile> Produce()
    {
        foreach (var (folder, listing) in ParentAddresses.Of(site))
        {
            var strings = site.Config.Strings[listing.Language].Text;
            var target = HtmlText.Escape(site.Paths.Link(listing.Path));
            var canonical = HtmlText.Escape(site.Paths.Absolute(listing.Path));
            var name = HtmlText.Escape(listing.Kind == ListingKind.Year ? $"{strings.GetValueOrDefault("kind_year", "")} {listing.Label}".TrimStart() : listing.Label);
            var title = $"{name} – {HtmlText.Escape(site.Config.Title.GetValueOrDefault(listing.Language, ""))}";
            yield return new OutputFile(folder + "index.html", RedirectPage.Html(listing.Language, target, canonical, title, $"<a href=\"{target}\">{name}</a>"));
        }
    }
}
