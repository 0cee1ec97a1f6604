using DecisionsPortal.Output;
using DecisionsPortal.Site;

namespace DecisionsPortal.Rendering.Producers;

/// <summary>
/// A small page at each old address of a decision (front matter <c>aliases:</c>) or a person: a meta refresh,
/// the canonical URL for search engines and a visible link for everyone else. No script, so it
/// works under a strict Content-Security-Policy and without JavaScript.
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
            var html = $"""
                <!DOCTYPE html>
                <html lang="{language}">
                <head>
                <meta charset="utf-8">
                <meta http-equiv="Content-Security-Policy" content="{SecurityPolicy.ContentSecurityPolicy}">
                <meta name="robots" content="noindex">
                <meta http-equiv="refresh" content="0; url={target}">
                <link rel="canonical" href="{canonical}">
                <title>{title}</title>
                </head>
                <body>
                <main>
                <p>{moved} <a href="{target}">{title}</a></p>
                </main>
                </body>
                </html>

                """;
            var path = redirect.Path.EndsWith('/') ? redirect.Path + "index.html" : redirect.Path;
            yield return new OutputFile(path, System.Text.Encoding.UTF8.GetBytes(html)) { Origin = redirect.Location };
        }
    }
}
