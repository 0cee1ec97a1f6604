using DecisionsPortal.Output;
using DecisionsPortal.Site;

namespace DecisionsPortal.Rendering.Producers;

/// <summary>
/// A small page at each old address of a decision (front matter <c>aliases:</c>) or a person that
/// leads to it (<see cref="RedirectPage"/>).
/// </summary>
public sealed class RedirectProducer(SiteModel site) : IOutputProducer
{
    public IEnumerable<OutputFile> Produce()
    {
        foreach (var redirect in site.Redirects)
        {
            var language = redirect.Language;
            var target = HtmlText.Escape(site.Paths.Link(redirect.Target));
            var canonical = HtmlText.Escape(site.Paths.Absolute(redirect.Target));
            var title = HtmlText.Escape(redirect.Title);
            var moved = HtmlText.Escape(site.Config.Strings[language].Text.GetValueOrDefault("moved", "→"));
            var html = RedirectPage.Html(language, target, canonical, title, $"{moved} <a href=\"{target}\">{title}</a>");
            var path = redirect.Path.EndsWith('/') ? redirect.Path + "index.html" : redirect.Path;
            yield return new OutputFile(path, html) { Origin = redirect.Location };
        }
    }
}
