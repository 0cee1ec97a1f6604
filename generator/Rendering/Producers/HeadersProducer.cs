using DecisionsPortal.Output;
using DecisionsPortal.Site;

namespace DecisionsPortal.Rendering.Producers;

/// <summary>
/// <c>_headers</c> in the Netlify / Cloudflare Pages format: the security headers for every
/// page, a year's immutable caching for assets/, whose names carry a content hash, and each
/// attachment as a download (not to be indexed while its page shows personal data). Hosts
/// that do not read the file ignore it (and it is no page, so nothing links to it).
/// </summary>
public sealed class HeadersProducer(SiteModel site, Incremental.Fingerprints fingerprints) : IOutputProducer
{
    // Made from the decisions' paths, their attachments' files, the base path and whether a page
    // shows personal data, which the expiries in all but bodies tell: serve keeps it while that stands.
    public IEnumerable<OutputFile> Produce() =>
        [OutputFile.OnDemand("_headers", fingerprints.AllButBodies, () => Headers(site))];

    private static OutputFile Headers(SiteModel site)
    {
        var basePath = site.Config.BasePath;
        var notFound = basePath + site.Paths.NotFound;
        var text = new StringBuilder()
            .Append("# An address the site does not have: ").Append(notFound)
            .Append(" (Netlify, Cloudflare Pages and GitHub Pages show it by themselves; nginx: error_page 404 ")
            .Append(notFound).Append("; Apache: ErrorDocument 404 ")
            .Append(notFound).Append(")\n")
            .Append(basePath).Append("*\n")
            .Append("  Content-Security-Policy: ").Append(SecurityPolicy.ContentSecurityPolicyHeader).Append('\n')
            .Append("  X-Content-Type-Options: nosniff\n")
            .Append("  Referrer-Policy: strict-origin-when-cross-origin\n")
            .Append("  X-Frame-Options: DENY\n")
            .Append("  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()\n")
            .Append(basePath).Append("assets/*\n")
            .Append("  Cache-Control: public, max-age=31536000, immutable\n");

        // Attachments are downloads, never shown as a page of the site, whatever a browser
        // would make of their bytes; one rule each, since they share no folder of their own.
        // The rule above already gives them nosniff: a host adds every matching rule's headers,
        // so naming it again sent it twice.
        // The files of a page that shows personal data are not to be indexed while it does, as the
        // page is not: under 'personal: [attachments]' they are the data, and another page may link them.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in site.Decisions)
        {
            foreach (var path in page.Decision.PublishedFiles.Where(a => a.SourcePath is not null).Select(a => site.Paths.Attachment(page, a)))
            {
                if (!seen.Add(path))
                {
                    continue;
                }

                text.Append(site.Paths.Link(path)).Append('\n')
                    .Append("  Content-Disposition: attachment\n");
                if (page.Decision.AsShownOnItsPage is not null)
                {
                    text.Append("  X-Robots-Tag: noindex\n");
                }
            }
        }

        return OutputFile.Text("_headers", text.ToString());
    }
}
