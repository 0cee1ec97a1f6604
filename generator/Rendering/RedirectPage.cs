namespace DecisionsPortal.Rendering;

/// <summary>
/// A small page that leads to another: a meta refresh, the canonical URL for search engines and a
/// visible link for everyone else. No script, so it works under a strict Content-Security-Policy,
/// without JavaScript and on any static host (no server rules).
/// </summary>
public static class RedirectPage
{
    /// <param name="link">The target as a link from the site (already escaped for HTML).</param>
    /// <param name="canonical">The target's absolute address (already escaped for HTML).</param>
    /// <param name="title">The page title (already escaped for HTML).</param>
    /// <param name="paragraph">The visible text with its link (HTML).</param>
    public static byte[] Html(string language, string link, string canonical, string title, string paragraph) =>
        System.Text.Encoding.UTF8.GetBytes($"""
            <!DOCTYPE html>
            <html lang="{language}">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="{SecurityPolicy.ContentSecurityPolicy}">
            <meta name="robots" content="noindex">
            <meta http-equiv="refresh" content="0; url={link}">
            <link rel="canonical" href="{canonical}">
            <title>{title}</title>
            </head>
            <body>
            <main>
            <p>{paragraph}</p>
            </main>
            </body>
            </html>

            """);
}
