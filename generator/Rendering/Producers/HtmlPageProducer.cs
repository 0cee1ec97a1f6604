using DecisionsPortal.Output;
using DecisionsPortal.Rendering.Views;
using DecisionsPortal.Site;
using Scriban.Runtime;

namespace DecisionsPortal.Rendering.Producers;

/// <summary>
/// The HTML pages: the language chooser, and per language the home page, every decision,
/// every listing page and every index of listings (the search page is <see cref="SearchPageProducer"/>'s).
/// Pages render in parallel.
/// </summary>
public sealed class HtmlPageProducer(PageRenderer pages, Incremental.Fingerprints fingerprints) : IOutputProducer
{
    public IEnumerable<OutputFile> Produce()
    {
        // Made later, on all cores, by the Render stage; decision pages depend on all of their decision, the rest on the site.
        var site = fingerprints.AllButBodies;
        var jobs = new List<OutputFile> { OutputFile.OnDemand("index.html", site, () => Chooser(pages)) };
        foreach (var languageSite in pages.Site.Languages)
        {
            var views = pages.Views(languageSite.Language);
            jobs.Add(OutputFile.OnDemand(languageSite.HomePath + "index.html", site, () => Home(pages, views, languageSite)));
            jobs.AddRange(ListingPages(views, languageSite.All));
            foreach (var index in languageSite.Indexes)
            {
                jobs.Add(OutputFile.OnDemand(index.Path + "index.html", site, () => Index(pages, views, index)));
                jobs.AddRange(index.Listings.SelectMany(listing => ListingPages(views, listing)));
            }

            jobs.AddRange(languageSite.Decisions.Select(page => OutputFile.OnDemand(page.Path + "index.html", fingerprints.Of(page), () => Decision(pages, views, page))));
        }

        return jobs;
    }

    private static OutputFile? Chooser(PageRenderer pages)
    {
        var config = pages.Site.Config;
        var views = pages.Views(config.DefaultLanguage);
        var model = PageModel.Create(pages, views, config.Title[config.DefaultLanguage], "chooser", "", l => pages.Site.Paths.Home(l));
        model["choices"] = config.Languages
            .Select(l => new ScriptObject
            {
                ["lang"] = l,
                ["name"] = config.Strings[l].Name,
                ["title"] = config.Title[l],
                ["url"] = pages.Site.Paths.Link(pages.Site.Paths.Home(l)),
                ["enter"] = config.Strings[l].Text.GetValueOrDefault("enter_site", config.Strings[l].Name),
            })
            .ToList();
        return PageModel.Render(pages, "chooser", model, "index.html", "layouts/plain");
    }

    private static OutputFile? Home(PageRenderer pages, ViewFactory views, LanguageSite languageSite)
    {
        var model = PageModel.Create(pages, views, pages.Site.Config.Title[views.Language], "home", languageSite.HomePath, pages.Site.Paths.Home);
        model["items"] = languageSite.Listed.Take(pages.Site.Config.PageSize).Select(views.Summary).ToList();
        model["all"] = new LinkView(views.Text("all_decisions"), pages.Site.Paths.Link(languageSite.All.Path), languageSite.Listed.Count);
        model["indexes"] = languageSite.Indexes.Select(i => IndexView(pages, views, i)).ToList();
        model["meetings"] = MeetingViews.Home(pages.Site, views);
        var openData = DataFiles(pages.Site.Paths.Data, pages.Site.Paths.DataSchema);
        openData["feed"] = views.Feed(ListingKind.All, "", "");
        openData["meetings"] = pages.Site.Council.Meetings.Any(m => m.Language == views.Language)
            ? DataFiles(pages.Site.Paths.MeetingData, pages.Site.Paths.MeetingDataSchema) : null;
        openData["members"] = pages.Site.Members.Register.Members.Count == 0 ? null : DataFiles(pages.Site.Paths.MemberData, pages.Site.Paths.MemberDataSchema);
        model["open_data"] = openData;
        return PageModel.Render(pages, "home", model, languageSite.HomePath + "index.html");

        ScriptObject DataFiles(Func<string, string, string> file, string schema) => new()
        {
            ["json"] = pages.Site.Paths.Link(file(views.Language, "json")),
            ["csv"] = pages.Site.Paths.Link(file(views.Language, "csv")),
            ["schema"] = pages.Site.Paths.Link(schema),
        };
    }

    private IEnumerable<OutputFile> ListingPages(ViewFactory views, Listing listing) =>
        listing.Pages.Select(page => OutputFile.OnDemand(page.Path + "index.html", fingerprints.AllButBodies, () =>
        {
            var paths = pages.Site.Paths;
            var title = listing.Kind == ListingKind.All ? views.Text("all_decisions") : listing.Label;
            var pageTitle = page.Number == 1 ? title : $"{title} – {views.Text("page")} {page.Number}";
            var model = PageModel.Create(pages, views, pageTitle, "listing", page.Path, l => SamePageIn(pages.Site[l], listing, page.Number));
            model["listing"] = new ScriptObject
            {
                ["title"] = title,
                ["kind"] = listing.Kind.ToString().ToLowerInvariant(),
                ["kind_label"] = views.Text("kind_" + listing.Kind.ToString().ToLowerInvariant()),
                ["count"] = listing.Items.Count,
                ["index"] = listing.Kind == ListingKind.All ? null : paths.Link(paths.Index(views.Language, listing.Kind)),
                // A listing without a feed of its own (a year, a person) offers the feed of all decisions.
                ["feed"] = SitePaths.HasFeed(listing.Kind) ? views.Feed(listing.Kind, listing.Id, listing.Label) : views.Feed(ListingKind.All, "", ""),
                ["meetings"] = listing.Kind == ListingKind.Body ? MeetingViews.OfBody(pages.Site, views, listing.Id) : null,
            };
            if (listing.Kind != ListingKind.All && SitePaths.HasFeed(listing.Kind))
            {
                model["feeds"] = new List<FeedView> { views.Feed(ListingKind.All, "", ""), views.Feed(listing.Kind, listing.Id, listing.Label) };
            }

            model["items"] = page.Items.Select(views.Summary).ToList();
            model["pagination"] = views.Pagination(listing, page);
            model["member"] = listing.Kind == ListingKind.Person && page.Number == 1 ? new Members.MemberViewFactory(pages.Site, views).For(listing.Id) : null;
            return PageModel.Render(pages, "listing", model, page.Path + "index.html");
        }));

    // A person (or topic) may appear in one language only, and so have no listing in another;
    // then the switcher leads to that language's home instead of to a page that does not exist.
    private static string? SamePageIn(LanguageSite other, Listing listing, int number)
    {
        var same = listing.Kind == ListingKind.All
            ? other.All
            : other.Indexes.FirstOrDefault(i => i.Kind == listing.Kind)?.Listings.FirstOrDefault(l => l.Id == listing.Id);
        return same is not null && number <= same.Pages.Count ? same.Pages[number - 1].Path : null;
    }

    private static OutputFile? Index(PageRenderer pages, ViewFactory views, ListingIndex index)
    {
        var view = IndexView(pages, views, index);
        var title = views.Text("index_" + index.Kind.ToString().ToLowerInvariant());
        var model = PageModel.Create(pages, views, title, "index", index.Path, l => pages.Site.Paths.Index(l, index.Kind));
        model["index"] = view;
        return PageModel.Render(pages, "index", model, index.Path + "index.html");
    }

    private static ScriptObject IndexView(PageRenderer pages, ViewFactory views, ListingIndex index) => new()
    {
        ["title"] = views.Text("index_" + index.Kind.ToString().ToLowerInvariant()),
        ["kind"] = index.Kind.ToString().ToLowerInvariant(),
        ["url"] = pages.Site.Paths.Link(index.Path),
        ["entries"] = index.Listings.Select(views.IndexEntry).ToList(),
    };

    private static OutputFile? Decision(PageRenderer pages, ViewFactory views, DecisionPage page)
    {
        // The one output that shows the decision's personal data until its last day (Publication).
        var own = page.Decision.AsShownOnItsPage;
        page = own is null ? page : page with { Decision = own };
        var model = PageModel.Create(pages, views, page.Decision.Title, "decision", page.Path, page.PathIn, own is not null);
        var (proposal, plainProposal) = MarkdownRenderer.PrepareWithPlainText(page.Decision.Proposal, page.Links);
        model["decision"] = views.Decision(page, proposal);
        model["citation"] = views.Citation(page);
        model["data_url"] = pages.Site.Paths.Link(pages.Site.Paths.DecisionData(page.Path));
        var data = new Data.DecisionDataFactory(pages.Site).Create(page, withText: false);
        model["json_ld"] = JsonLd.Decision(data, DecisionOutcome.Plain(pages.Site, page.Decision, plainProposal), pages.Site.Config.Title[page.Language],
            pages.Site.Paths.Absolute(pages.Site.Paths.Home(page.Language)));
        model["law"] = new Law.LawViewFactory(pages.Site, views).For(page);
        model["pending"] = Content.DecisionStatuses.IsPending(page.Decision);
        model["changes"] = Changes.ChangeViews.For(page, views);
        model["votes"] = new Members.VoteBlockFactory(pages.Site, views).For(page);
        return PageModel.Render(pages, "decision", model, page.Path + "index.html", source: page.Decision.File);
    }
}
