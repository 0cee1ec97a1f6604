using DecisionsPortal.Configuration;
using DecisionsPortal.Rendering.Views;
using DecisionsPortal.Shared;
using DecisionsPortal.Site;
using Scriban.Runtime;

namespace DecisionsPortal.Rendering;

/// <summary>Turns Model records into the views templates see, in one language: labels, formatted dates, links.</summary>
public sealed class ViewFactory(SiteModel site, string language)
{
    private readonly SiteConfig config = site.Config;
    private readonly SitePaths paths = site.Paths;
    private readonly LanguageStrings strings = site.Config.Strings[language];

    // The same on every page of the language: made once, shared read-only by its pages.
    private IReadOnlyList<LinkView>? navigation;
    private IReadOnlyList<FeedView>? feeds;

    public string Language => language;

    public LanguageStrings Strings => strings;

    /// <summary>The UI texts as the templates' <c>t</c>: one read-only object per language, shared by its pages.</summary>
    public ScriptObject Texts => texts.Value;

    private readonly Lazy<ScriptObject> texts = new(() =>
    {
        var text = new ScriptObject();
        foreach (var (key, value) in site.Config.Strings[language].Text)
        {
            text.SetValue(key, value, readOnly: true);
        }

        text.IsReadOnly = true;
        return text;
    });

    /// <summary>The templates' <c>site</c>: the same on every page of the language, so one read-only object shared by its pages.</summary>
    public ScriptObject SiteVariables => siteVariables ??= NewSiteVariables();

    private ScriptObject? siteVariables;

    private ScriptObject NewSiteVariables()
    {
        var variables = new ScriptObject(8)
        {
            ["title"] = config.Title[language],
            ["home"] = paths.Link(paths.Home(language)),
            ["root"] = paths.Link(""),
            ["opensearch"] = paths.Link(paths.OpenSearch(language)),
            ["content_security_policy"] = new RawHtml(SecurityPolicy.ContentSecurityPolicy), // our constant, and quotes read better unescaped
            ["search"] = paths.Link(paths.Search(language)),
            ["data_licence"] = config.DataLicence is { } licence ? new LinkView(licence.Name, licence.Url.AbsoluteUri) : null,
        };
        variables.IsReadOnly = true;
        return variables;
    }

    public string FormatDate(DateOnly date) => date.ToString(strings.DateFormat, CultureInfo.InvariantCulture);


    // A decision is listed on many pages (all, its year, organ, topics and people); its summary
    // is the same on each, so it is made once per language. Pages are keys by reference.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<DecisionPage, DecisionSummaryView> summaries = new(ReferenceEqualityComparer.Instance);
    private Func<DecisionPage, DecisionSummaryView>? summaryOf;

    public DecisionSummaryView Summary(DecisionPage page) => summaries.GetOrAdd(page, summaryOf ??= NewSummary);

    // A language added later may lack an "in_language_xx" text in the older files; its own name is a fair badge.
    private DecisionSummaryView NewSummary(DecisionPage page)
    {
        var d = page.Decision;
        return new DecisionSummaryView(d.Title, paths.Link(page.Path), FormatDate(d.Date), IsoDate.Format(d.Date),
            config.FindBody(d.Body)!.Label(language), d.Language, config.Strings[d.Language].Name, d.Language != language,
            strings.Text.GetValueOrDefault("in_language_" + d.Language, config.Strings[d.Language].Name))
        {
            Pending = Content.DecisionStatuses.IsPending(d),
            Outcome = DecisionOutcome.Label(config, d),
        };
    }

    /// <param name="proposal">The proposal already rendered, when the caller needed its Markdown parsed for more than the page.</param>
    public DecisionView Decision(DecisionPage page, MarkdownHtml? proposal = null)
    {
        var d = page.Decision;
        var year = d.Date.Year.ToString("D4", CultureInfo.InvariantCulture);
        return new DecisionView(
            d.Title,
            paths.Link(page.Path),
            FormatDate(d.Date),
            IsoDate.Format(d.Date),
            new LinkView(config.FindBody(d.Body)!.Label(language), paths.Link(paths.Listing(language, ListingKind.Body, d.Body))),
            d.Section,
            d.Dnro,
            Person(d.Preparer),
            Person(d.Presenter),
            MarkdownRenderer.Prepare(d.Markdown, page.Links),
            proposal ?? MarkdownRenderer.Prepare(d.Proposal, page.Links),
            d.DecisionText is null ? null : MarkdownRenderer.Prepare(d.DecisionText, page.Links),
            d.Topics.Select(t => new LinkView(config.FindTopic(t)!.Label(language), paths.Link(paths.Listing(language, ListingKind.Topic, t)))).ToList(),
            d.Attachments.Select(a => new AttachmentView(a.Title, paths.Link(paths.Attachment(page, a)), FileTypes.Of(a.File),
                FileTypes.Size(a.Size, Text("size_units"), Text("decimal_separator")))).ToList(),
            new LinkView(year, paths.Link(paths.Listing(language, ListingKind.Year, year))));
    }

    /// <summary>
    /// Links to the first, the last and the two pages either side of the current one: listing
    /// every page would make each page's size grow with the listing's length.
    /// </summary>
    public PaginationView Pagination(Listing listing, ListingPage current)
    {
        var count = listing.Pages.Count;
        // The first page, two on either side of this one and the last, in order: a list, not a
        // SortedSet<int>, whose generic code the installed tool would JIT-compile at every start.
        var numbers = new List<int> { 1 };
        for (var n = Math.Max(2, current.Number - 2); n <= Math.Min(count, current.Number + 2); n++)
        {
            numbers.Add(n);
        }

        if (count > numbers[^1])
        {
            numbers.Add(count);
        }

        var links = new List<PageLinkView>(numbers.Count);
        for (var i = 0; i < numbers.Count; i++)
        {
            var n = numbers[i];
            links.Add(new PageLinkView(n, paths.Link(listing.Pages[n - 1].Path), n == current.Number, i > 0 && n - 1 != numbers[i - 1]));
        }

        return new PaginationView(
            current.Number,
            count,
            current.Number > 1 ? paths.Link(listing.Pages[current.Number - 2].Path) : null,
            current.Number < count ? paths.Link(listing.Pages[current.Number].Path) : null,
            links);
    }

    public LinkView IndexEntry(Listing listing) => new(listing.Label, paths.Link(listing.Path), listing.Items.Count);

    /// <summary>
    /// The site's sections, for the main navigation: one read-only list for every page of the
    /// language. Meetings are a section when the language has any (else their index does not exist).
    /// </summary>
    public IReadOnlyList<LinkView> Navigation() => navigation ??= Array.AsReadOnly<LinkView>(
    [
        new(Text("nav_home"), paths.Link(paths.Home(language))),
        new(Text("nav_all"), paths.Link(paths.Listing(language, ListingKind.All, ""))),
        new(Text("nav_years"), paths.Link(paths.Index(language, ListingKind.Year))),
        new(Text("nav_bodies"), paths.Link(paths.Index(language, ListingKind.Body))),
        new(Text("nav_topics"), paths.Link(paths.Index(language, ListingKind.Topic))),
        new(Text("nav_people"), paths.Link(paths.Index(language, ListingKind.Person))),
        .. site.Council.Calendars.Any(c => c.Language == language)
            ? [new LinkView(Text("nav_meetings"), paths.Link(new CouncilPaths(config).Meetings(language)))]
            : Array.Empty<LinkView>(),
    ]);

    /// <summary>The feeds every page offers (the language's feed of all decisions), as one read-only list.</summary>
    public IReadOnlyList<FeedView> DefaultFeeds() => feeds ??= Array.AsReadOnly([Feed(ListingKind.All, "", "")]);

    /// <summary>
    /// The page in every language: <paramref name="pathIn"/> gives its path in a language, or null
    /// when it has no version there (the switcher then leads to that language's home).
    /// </summary>
    public (IReadOnlyList<AlternateView> Switcher, IReadOnlyList<AlternateView> Alternates) Languages(Func<string, string?> pathIn)
    {
        var languages = config.Languages;
        var switcher = new AlternateView[languages.Count];
        var exist = 0;
        for (var i = 0; i < switcher.Length; i++)
        {
            var l = languages[i];
            var path = pathIn(l);
            var target = path ?? paths.Home(l);
            var note = config.Strings[l].Text.GetValueOrDefault("no_translation", "");
            switcher[i] = new AlternateView(l, config.Strings[l].Name, paths.Link(target), site.Paths.Absolute(target), l == language, path is not null, note);
            exist += path is null ? 0 : 1;
        }

        return (switcher, exist == switcher.Length ? switcher : Array.FindAll(switcher, a => a.Exists));
    }

    /// <summary>
    /// "Kemin kaupungin päätökset. Kaupunginhallitus 29.1.2025 § 12: Title." — the site (every town
    /// has a kaupunginhallitus), then organ, date and § as minutes are cited, then the title. With
    /// site.yml's 'municipality' the town is named with its organ instead, as a journalist cites it:
    /// "Kemin kaupunginhallitus, päätös 29.1.2025 § 12: Title." An item not yet decided is cited as
    /// what it is, an item on that meeting's agenda ("Kaupunginhallitus, esityslista 7.4.2026 § 30"):
    /// a decision dated by a meeting still to come would misquote it.
    /// </summary>
    public CitationView Citation(DecisionPage page)
    {
        var d = page.Decision;
        var section = d.Section is { } number ? $" § {number.ToString(CultureInfo.InvariantCulture)}" : "";
        var title = d.Title.EndsWith('.') ? d.Title : d.Title + ".";
        var pending = Content.DecisionStatuses.IsPending(d);
        var organ = config.FindBody(d.Body)!.Label(d.Language);
        var text = config.Municipality?.GetValueOrDefault(d.Language) is { } town
            ? $"{town} {OrganAfterTown(organ)}{Kind(pending ? "cite_agenda" : "cite_decision")} {FormatDate(d.Date)}{section}: {title}"
            : $"{config.Title[d.Language]}. {organ}{Kind(pending ? "cite_agenda" : null)} {FormatDate(d.Date)}{section}: {title}";
        return new CitationView(text, site.Paths.Absolute(page.Path), Text(pending ? "cite_agenda_heading" : "cite_heading"));
    }

    // ", esityslista"; nothing for a theme without the word.
    private string Kind(string? key) => key is not null && strings.Text.TryGetValue(key, out var word) && word.Length > 0 ? ", " + word : "";

    // "Kaupunginhallitus" reads "Kemin kaupunginhallitus"; a name that begins with an abbreviation ("ICT-lautakunta") keeps its capitals.
    private static string OrganAfterTown(string organ) =>
        organ.Length > 1 && char.IsUpper(organ[0]) && char.IsLower(organ[1]) ? char.ToLowerInvariant(organ[0]) + organ[1..] : organ;

    /// <summary>The feed of a listing, titled as feed readers show it.</summary>
    public FeedView Feed(ListingKind kind, string id, string label) =>
        new(kind == ListingKind.All ? config.Title[language] : $"{label} – {config.Title[language]}", paths.Link(paths.Feed(language, kind, id)));

    public string Text(string key) => strings.Text.TryGetValue(key, out var text) ? text : key;

    private PersonView Person(Content.Person person) =>
        new(person.Name, person.Title, paths.Link(paths.Listing(language, ListingKind.Person, Slugs.From(person.Name))));
}
