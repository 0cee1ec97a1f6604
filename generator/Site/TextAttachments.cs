using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Site;

/// <summary>
/// A file that a decision's text shows or links is published only when it is an attachment, which
/// lies beside its decision's page: '![Kaavio](kaavio.png)' and '[liite](liite.pdf)' find the
/// decision's own attachments 'kaavio.png' and 'liite.pdf', '../toinen/liite.pdf' another
/// decision's. A file that only lies beside the decision is not published, and an image from
/// another site is blocked by the site's own policy (img-src 'self') and would tell that site who
/// reads the decision. Each is an error at the image or link, not a broken image or link on the site.
/// An attachment the file lists but the build date withholds (<c>personal: [attachments]</c> past
/// its appeal period) was valid to show and link, and must not turn the build that removes it into
/// a failed one, which would leave it on the site: its images and links are dropped instead
/// (<see cref="DecisionPage.Links"/>).
/// </summary>
public sealed class TextAttachments(IReadOnlyList<DecisionPage> pages, IReadOnlyList<Content.Decision> loaded, SitePaths paths)
{
    private readonly Lazy<HashSet<string>> published = new(() =>
        pages.SelectMany(p => p.Decision.PublishedFiles.Select(a => paths.Attachment(p, a))).ToHashSet(StringComparer.Ordinal));

    // Every attachment the files of the non-confidential pages list, published or not: asked only
    // about a file that is not published. A confidential decision's attachments are withheld
    // whatever the date, so linking them stays an error.
    private readonly Lazy<HashSet<string>> listed = new(() =>
    {
        var files = loaded.Where(d => d.Attachments.Count > 0).ToLookup(d => d.File.Path, StringComparer.Ordinal);
        return pages.Where(p => !p.Decision.Law.Confidential)
            .SelectMany(p => files[p.Decision.File.Path].SelectMany(d => d.Attachments).Select(a => paths.Attachment(p, a)))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    });

    // Every attachment the confidential pages' files list: never published, whatever the date, and
    // named so by an error at a link to one, written relative or as its address on the site, in any
    // capitals (a server that does not tell them apart takes them for the file).
    private readonly Lazy<HashSet<string>> secret = new(() =>
    {
        var files = loaded.Where(d => d.Law.Confidential && d.Attachments.Count > 0).ToLookup(d => d.File.Path, StringComparer.Ordinal);
        return pages.Where(p => p.Decision.Law.Confidential)
            .SelectMany(p => files[p.Decision.File.Path].SelectMany(d => d.Attachments).Select(a => paths.Attachment(p, a)))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    });

    /// <returns>Whether the image shows an attachment the build date withholds, and must go.</returns>
    public bool CheckImage(string url, SourceLocation location, DecisionPage page, DiagnosticBag diagnostics)
    {
        var path = url.Split('#', '?')[0];
        var name = Path.GetFileName(path.Replace('\\', '/'));
        var example = name.Length > 0 && Content.AttachmentCheck.Published.Contains(Path.GetExtension(name).TrimStart('.')) ? name : "kaavio.png";
        if (WithheldByAddress(path, page))
        {
            return true;
        }

        if (Confidential(path, page))
        {
            diagnostics.Error(DiagnosticCodes.ImageNotAttached, location,
                $"the image '{url}' shows an attachment of a confidential decision, which is never published, nor its name: remove the image");
            return false;
        }

        if (path.StartsWith("//", StringComparison.Ordinal) || InternalLinks.HasScheme(path))
        {
            diagnostics.Error(DiagnosticCodes.ImageOnAnotherSite, location,
                $"the image '{url}' is on another site, whose images the site does not show (nor tell it who reads the decision): save the image beside the decision, list it under 'attachments:' and show it as '![…]({example})'");
            return false;
        }

        if (path.StartsWith('/') || IsIn(published.Value, path, page))
        {
            return false;
        }

        if (IsIn(listed.Value, path, page))
        {
            return true;
        }

        diagnostics.Error(DiagnosticCodes.ImageNotAttached, location,
            $"the image '{url}' is not one of this decision's attachments, so it is not published: put the file beside the decision and list it under 'attachments:', e.g. '- {{ title: Kaavio, file: {example} }}'");
        return false;
    }

    /// <summary>A relative link to a file of a published type ('liite.pdf'), which only an attachment at that address publishes.</summary>
    /// <returns>Whether the link leads to an attachment the build date withholds, and must lose its address.</returns>
    public bool CheckLink(string path, string url, SourceLocation location, DecisionPage page, DiagnosticBag diagnostics)
    {
        var name = Path.GetFileName(path);
        if (WithheldByAddress(path, page))
        {
            return true;
        }

        if (Confidential(path, page))
        {
            diagnostics.Error(DiagnosticCodes.LinkNotAttached, location,
                $"the link '{url}' leads to an attachment of a confidential decision, which is never published, nor its name: remove the link");
            return false;
        }

        if (path.Length == 0 || path[0] is '/' or '#' or '?' || InternalLinks.HasScheme(path)
            || !Content.AttachmentCheck.Published.Contains(Path.GetExtension(name).TrimStart('.')) || IsIn(published.Value, path, page))
        {
            return false;
        }

        if (IsIn(listed.Value, path, page))
        {
            return true;
        }

        diagnostics.Error(DiagnosticCodes.LinkNotAttached, location,
            $"the link '{url}' leads to a file that is not one of this decision's attachments, so it is not published: put the file beside the decision and list it under 'attachments:', e.g. '- {{ title: Liite, file: {name} }}'");
        return false;
    }

    // An attachment written as its address on the site ('/fi/paatokset/2025/avustus/hakemus.pdf', or
    // the full URL) rather than beside the page: not checked as a relative one is, but withheld all the same.
    private bool WithheldByAddress(string path, DecisionPage page) =>
        SiteFile(path, page) is { } file && listed.Value.Contains(file) && !published.Value.Contains(file);

    private bool Confidential(string path, DecisionPage page) =>
        path.StartsWith('/') || InternalLinks.HasScheme(path) ? SiteFile(path, page) is { } file && secret.Value.Contains(file) : IsIn(secret.Value, path, page);

    // The file of the site an address written as its address on the site names; null for a relative address or another site's.
    private string? SiteFile(string path, DecisionPage page)
    {
        var site = paths.BaseUrl;
        if (!(path.StartsWith('/') || InternalLinks.HasScheme(path))
            || !Uri.TryCreate(new Uri(site, page.Path), path.Replace('\\', '/'), out var target)
            || target.Scheme is not ("http" or "https") || !string.Equals(target.Host, site.Host, StringComparison.OrdinalIgnoreCase)
            || !target.AbsolutePath.StartsWith(site.AbsolutePath, StringComparison.Ordinal))
        {
            return null;
        }

        return Uri.UnescapeDataString(target.AbsolutePath[site.AbsolutePath.Length..]);
    }

    // Where the browser takes the relative address from the page's own.
    private static bool IsIn(HashSet<string> files, string relative, DecisionPage page)
    {
        return Uri.TryCreate(new Uri("https://site.invalid/" + page.Path), relative.Replace('\\', '/'), out var target)
            && files.Contains(Uri.UnescapeDataString(target.AbsolutePath.TrimStart('/')));
    }
}
