using DecisionsPortal.Configuration;

namespace DecisionsPortal.Site;

/// <summary>
/// Where each page lives, as a path relative to the site's base ("fi/paatokset/2025/x/"). Links
/// prefix the base path, canonical URLs the base URL, and the output folder appends index.html;
/// keeping paths base-free is what lets one build work at "/" and under "/portal/" alike.
/// </summary>
public sealed class SitePaths(SiteConfig config)
{
    /// <summary>The site's languages, each of which has an address for every decision.</summary>
    public IReadOnlyList<string> Languages => config.Languages;

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

    /// <summary>The listings that have a feed: every language's whole list, its organs, its topics and its people (to follow a member).</summary>
    public static bool HasFeed(ListingKind kind) => kind is ListingKind.All or ListingKind.Body or ListingKind.Topic or ListingKind.Person;

    /// <summary>The Atom feed of a listing lives beside it: ".../atom.xml".</summary>
    public string Feed(string language, ListingKind kind, string id) => FeedOf(Listing(language, kind, id));

    /// <summary>The Atom feed beside a page (a listing, a case, a meeting): in the page's folder, whether the page is written or not (a case of one decision has only its feed).</summary>
    public static string FeedOf(string pagePath) => pagePath + "atom.xml";

    /// <summary>An attachment is copied beside its decision's page, under the name it has beside the decision file.</summary>
    public string Attachment(DecisionPage page, Content.Attachment attachment) => page.Path + attachment.File.Replace('\\', '/');

    /// <summary>A decision's own open data, beside its page.</summary>
    public string DecisionData(string decisionPath) => decisionPath + "index.json";

    /// <summary>All decisions of a language as open data: "fi/decisions.json", "fi/decisions.csv".</summary>
    public string Data(string language, string extension) => $"{language}/decisions.{extension}";

    public string DataSchema => "data/decisions.schema.json";

    /// <summary>The meetings of a language as open data: "fi/meetings.json", "fi/meetings.csv".</summary>
    public string MeetingData(string language, string extension) => $"{language}/meetings.{extension}";

    public string MeetingDataSchema => "data/meetings.schema.json";

    /// <summary>The elected members as open data, in a language: "fi/members.json", "fi/members.csv".</summary>
    public string MemberData(string language, string extension) => $"{language}/members.{extension}";

    public string MemberDataSchema => "data/members.schema.json";

    /// <summary>The page hosts show for an address the site does not have, at the site's root.</summary>
    public string NotFound => NotFoundFile;

    public const string NotFoundFile = "404.html";

    public string OpenSearch(string language) => $"{language}/opensearch.xml";

    public string Search(string language) => $"{language}/{Segments(language).Search}/";

    /// <summary>The address the site is published at (site.yml 'base_url').</summary>
    public Uri BaseUrl => config.BaseUrl;

    /// <summary>The path as a link from any page (percent-encoded where it needs to be).</summary>
    public string Link(string path) => config.BasePath + UrlPath.Escape(path);

    /// <summary>
    /// The absolute address of a site path, as <see cref="Uri"/> resolves it against the base URL.
    /// A plain relative path (letters, digits and "-._~/", no dot segment, no empty segment) under
    /// a base URL that ends in '/' resolves to the base followed by the path, so it needs no Uri
    /// parse: feeds, sitemaps, pages and open data ask this several times for every decision.
    /// </summary>
    public string Absolute(string path) =>
        root is not null && IsPlain(path) ? root + path : new Uri(config.BaseUrl, UrlPath.Escape(path)).AbsoluteUri;

    private readonly string? root = config.BaseUrl.AbsoluteUri is { } uri && uri.EndsWith('/') ? uri : null;

    private static bool IsPlain(string path) =>
        UrlPath.IsPlain(path)
        && !path.StartsWith('/') && !path.StartsWith('.')
        && !path.Contains("/.", StringComparison.Ordinal) && !path.Contains("//", StringComparison.Ordinal);

    private UrlSegments Segments(string language) => config.Strings[language].Segments;
}
