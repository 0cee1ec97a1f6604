using System.Globalization;
using DecisionsPortal.Configuration;

namespace DecisionsPortal.Site;

/// <summary>
/// Where each page lives, as a path relative to the site's base ("fi/paatokset/2025/x/"). Links
/// prefix the base path, canonical URLs the base URL, and the output folder appends index.html;
/// keeping paths base-free is what lets one build work at "/" and under "/portal/" alike.
/// </summary>
public sealed class SitePaths(SiteConfig config)
{
    public string Home(string language) => $"{language}/";

    public string Decision(string language, DateOnly date, string slug) =>
        $"{language}/{Segments(language).Decisions}/{date.Year.ToString(CultureInfo.InvariantCulture)}/{slug}/";

    public string Listing(string language, ListingKind kind, string id, int page = 1)
    {
        var path = kind == ListingKind.All ? $"{language}/{Segments(language).Decisions}/" : $"{Index(language, kind)}{id}/";
        return page == 1 ? path : $"{path}{Segments(language).Page}/{page.ToString(CultureInfo.InvariantCulture)}/";
    }

    public string Index(string language, ListingKind kind)
    {
        var segments = Segments(language);
        var segment = kind switch
        {
            ListingKind.Year => segments.Year,
            ListingKind.Body => segments.Body,
            ListingKind.Topic => segments.Topic,
            ListingKind.Person => segments.Person,
            _ => segments.Decisions,
        };
        return $"{language}/{segment}/";
    }

    public string Search(string language) => $"{language}/{Segments(language).Search}/";

    public string Link(string path) => config.BasePath + path;

    public string Absolute(string path) => new Uri(config.BaseUrl, path).AbsoluteUri;

    private UrlSegments Segments(string language) => config.Strings[language].Segments;
}
