using DecisionsPortal.Output;
using DecisionsPortal.Site;
using Scriban.Runtime;

namespace DecisionsPortal.Rendering.Producers;

/// <summary>
/// Each language's search page. Made every time: it names its index's manifest by its hash, which
/// any decision's text changes; so it waits for the index (<see cref="ReadsSearch"/>).
/// </summary>
public sealed class SearchPageProducer(PageRenderer pages, Search.SiteSearch search) : IOutputProducer
{
    public bool ReadsSearch => true;

    public IEnumerable<OutputFile> Produce() =>
        pages.Site.Languages.Select(languageSite => OutputFile.OnDemand(pages.Site.Paths.Search(languageSite.Language) + "index.html", null,
            () => Search(pages.Views(languageSite.Language), languageSite))).ToList();

    private OutputFile? Search(ViewFactory views, LanguageSite languageSite)
    {
        var paths = pages.Site.Paths;
        var path = paths.Search(views.Language);
        var model = PageModel.Create(pages, views, views.Text("search_title"), "search", path, paths.Search);
        model["search"] = new ScriptObject
        {
            ["manifest"] = paths.Link(search[views.Language].ManifestPath),
            ["all"] = paths.Link(languageSite.All.Path),
            ["indexes"] = languageSite.Indexes.Select(i => new ScriptObject
            {
                ["title"] = views.Text("index_" + i.Kind.ToString().ToLowerInvariant()),
                ["url"] = paths.Link(i.Path),
            }).ToList(),
        };
        return PageModel.Render(pages, "search", model, path + "index.html");
    }
}
