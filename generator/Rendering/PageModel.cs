using DecisionsPortal.Diagnostics;
using DecisionsPortal.Output;
using DecisionsPortal.Rendering.Views;
using Scriban.Runtime;

namespace DecisionsPortal.Rendering;

/// <summary>
/// The variables every template sees: <c>site</c>, <c>lang</c>, <c>t</c> (the UI texts of the
/// language), <c>nav</c> and <c>page</c>; a producer adds the page's own data beside them.
/// </summary>
public static class PageModel
{
    public static ScriptObject Create(PageRenderer pages, ViewFactory views, string title, string kind, string path, Func<string, string?> pathIn, bool showsPersonalData = false)
    {
        var paths = pages.Site.Paths;
        var (switcher, alternates) = views.Languages(pathIn);
        // Sized for what goes in (the producers add the page's own values to the model), so
        // their dictionaries never grow.
        var model = new ScriptObject(16)
        {
            ["site"] = views.SiteVariables,
            ["lang"] = views.Language,
            ["lang_name"] = views.Strings.Name,
            ["t"] = views.Texts,
            ["nav"] = views.Navigation(),
            ["page"] = new PageView(title, kind, paths.Link(path), paths.Absolute(path), switcher, alternates, showsPersonalData),
        };

        // Every page offers the language's feed of all decisions; listings add their own.
        model["feeds"] = views.DefaultFeeds();
        model["data_url"] = null;
        model["json_ld"] = null;
        return model;
    }

    /// <summary>The page of <paramref name="model"/> at the site path <paramref name="file"/>; null when its template reported an error.</summary>
    public static OutputFile? Render(PageRenderer pages, string template, ScriptObject model, string file, string layout = "layouts/base", SourceLocation? source = null)
    {
        var html = pages.Templates.RenderUtf8(template, model, source ?? new SourceLocation(file), layout);
        return html is null ? null : new OutputFile(file, html);
    }
}
