using DecisionsPortal.Output;
using Scriban.Runtime;

namespace DecisionsPortal.Rendering.Producers;

/// <summary>
/// <c>404.html</c> at the site's root, the page GitHub Pages, Netlify and Cloudflare Pages show
/// for an address they do not have (other hosts are told to in the README): in every language,
/// each with a search form and the way home. The host shows it at any depth of address, so its
/// links are all absolute paths, as every link of the site is.
/// </summary>
public sealed class NotFoundPageProducer : IOutputProducer
{
    public IEnumerable<OutputFile> Produce(RenderContext context)
    {
        yield return OutputFile.OnDemand(context.Site.Paths.NotFound, context.Fingerprints?.AllButBodies, () => Page(context));
    }

    private static OutputFile? Page(RenderContext context)
    {
        var config = context.Site.Config;
        var paths = context.Site.Paths;
        var views = context.Views(config.DefaultLanguage);
        string Text(string language, string key) => config.Strings[language].Text.GetValueOrDefault(key, key);
        var title = string.Join(" – ", config.Languages.Select(l => Text(l, "not_found_title")));
        var model = PageModel.Create(context, views, title, "notfound", paths.NotFound, _ => null);
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
        return PageModel.Render(context, "notfound", model, paths.NotFound, "layouts/plain");
    }
}
