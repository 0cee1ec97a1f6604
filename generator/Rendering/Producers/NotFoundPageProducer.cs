using DecisionsPortal.Output;
using Scriban.Runtime;

namespace DecisionsPortal.Rendering.Producers;

/// <summary>
/// <c>404.html</c> at the site's root, the page GitHub Pages, Netlify and Cloudflare Pages show
/// for an address they do not have (other hosts are told to in the README): in every language,
/// each with a search form and the way home. The host shows it at any depth of address, so its
/// links are all absolute paths, as every link of the site is.
/// </summary>
public sealed class NotFoundPageProducer(PageRenderer pages, Incremental.Fingerprints fingerprints) : IOutputProducer
{
    public IEnumerable<OutputFile> Produce() => [OutputFile.OnDemand(pages.Site.Paths.NotFound, fingerprints.AllButBodies, () => Page(pages))];

    private static OutputFile? Page(PageRenderer pages)
    {
        var config = pages.Site.Config;
        var paths = pages.Site.Paths;
        var views = pages.Views(config.DefaultLanguage);
        string Text(string language, string key) => config.Strings[language].Text.GetValueOrDefault(key, key);
        var title = string.Join(" – ", config.Languages.Select(l => Text(l, "not_found_title")));
        var model = PageModel.Create(pages, views, title, "notfound", paths.NotFound, _ => null);
        model["choices"] = config.Languages
            .Select(l => new ScriptObject
            {
                ["lang"] = l,
                ["title"] = Text(l, "not_found_title"),
                ["text"] = Text(l, "not_found_text"),
                ["search"] = paths.Link(paths.Search(l)),
                ["search_label"] = Text(l, "search_label"),
                ["search_button"] = Text(l, "search_button"),
                ["home"] = paths.Link(paths.Home(l)),
                ["home_label"] = Text(l, "not_found_home"),
            })
            .ToList();
        return PageModel.Render(pages, "notfound", model, paths.NotFound, "layouts/plain");
    }
}
