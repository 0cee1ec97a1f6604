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
        var site = new ScriptObject
        {
            ["title"] = config.Title[views.Language],
            ["home"] = paths.Link(paths.Home(views.Language)),
            ["root"] = paths.Link(""),
        };
        var model = new ScriptObject
        {
            ["site"] = site,
            ["lang"] = views.Language,
            ["lang_name"] = views.Strings.Name,
            ["t"] = views.Texts,
            ["nav"] = views.Navigation(),
            ["page"] = new PageView(title, kind, paths.Link(path), paths.Absolute(path), switcher, alternates),
        };
        return model;
    }
}
