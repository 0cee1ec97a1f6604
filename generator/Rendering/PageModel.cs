using DecisionsPortal.Rendering.Views;
using Scriban.Runtime;

namespace DecisionsPortal.Rendering;

/// <summary>
/// The variables every template sees: <c>site</c>, <c>lang</c>, <c>t</c> (the UI texts of the
/// language), <c>nav</c> and <c>page</c>; a producer adds the page's own data beside them.
/// </summary>
public static class PageModel
{
    public static ScriptObject Create(RenderContext context, ViewFactory views, string title, string kind, string path, Func<string, string?> pathIn)
    {
        var config = context.Site.Config;
        var paths = context.Site.Paths;
        var (switcher, alternates) = views.Languages(pathIn);
        // Sized for what goes in (the producers add the page's own values to the model), so
        // their dictionaries never grow.
        var site = new ScriptObject(8)
        {
            ["title"] = config.Title[views.Language],
            ["home"] = paths.Link(paths.Home(views.Language)),
            ["root"] = paths.Link(""),
            ["opensearch"] = paths.Link(paths.OpenSearch(views.Language)),
            ["content_security_policy"] = new RawHtml(SecurityPolicy.ContentSecurityPolicy), // our constant, and quotes read better unescaped
            ["search"] = paths.Link(paths.Search(views.Language)),
        };
        var model = new ScriptObject(16)
        {
            ["site"] = site,
            ["lang"] = views.Language,
            ["lang_name"] = views.Strings.Name,
            ["t"] = views.Texts,
            ["nav"] = views.Navigation(),
            ["page"] = new PageView(title, kind, paths.Link(path), views.Absolute(path), switcher, alternates),
        };

        // Every page offers the language's feed of all decisions; listings add their own.
        model["feeds"] = views.DefaultFeeds();
        model["data_url"] = null;
        model["json_ld"] = null;
        return model;
    }
}
