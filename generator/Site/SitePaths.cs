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

    /// <summary>The Atom feed of a listing lives beside it: ".../atom.xml".</summary>
    public string Feed(string language, ListingKind kind, string id) => Listing(language, kind, id) + "atom.xml";

    /// <summary>A decision's own open data, beside its page.</summary>
    public string DecisionData(string decisionPath) => decisionPath + "index.json";

    /// <summary>All decisions of a language as open data: "fi/decisions.json", "fi/decisions.csv".</summary>
    public string Data(string language, string extension) => $"{language}/decisions.{extension}";

    public string DataSchema => "data/decisions.schema.json";

    public string OpenSearch(string language) => $"{language}/opensearch.xml";

    public string Search(string language) => $"{language}/{Segments(language).Search}/";

    /// <summary>The path as a link from any page (percent-encoded where it needs to be).</summary>
    public string Link(string path) => config.BasePath + UrlPath.Escape(path);

    public string Absolute(string path) => new Uri(config.BaseUrl, UrlPath.Escape(path)).AbsoluteUri;

    private UrlSegments Segments(string language) => config.Strings[language].Segments;
}
