using DecisionsPortal.Output;

namespace DecisionsPortal.Rendering.Producers;

/// <summary>
/// A small page at each old address of a decision (front matter <c>aliases:</c>) that leads to it
/// (<see cref="RedirectPage"/>).
/// </summary>
public sealed class RedirectProducer : IOutputProducer
{
    public IEnumerable<OutputFile> Produce(RenderContext context)
    {
        var site = context.Site;
        foreach (var redirect in site.Redirects)
        {
            var page = redirect.Target;
            var language = page.Language;
            var target = HtmlText.Escape(site.Paths.Link(page.Path));
            var canonical = HtmlText.Escape(site.Paths.Absolute(page.Path));
            var title = HtmlText.Escape(page.Decision.Title);
            var moved = HtmlText.Escape(site.Config.Strings[language].Text.GetValueOrDefault("moved", "→"));
            var html = RedirectPage.Html(language, target, canonical, title, $"{moved} <a href=\"{target}\">{title}</a>");
            var path = redirect.Path.EndsWith('/') ? redirect.Path + "index.html" : redirect.Path;
            yield return new OutputFile(path, html) { Origin = redirect.Location };
        }
    }
}
