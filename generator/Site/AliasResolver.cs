using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Site;

/// <summary>
/// Turns front matter <c>aliases:</c> into redirects. An alias is a site-relative path such as
/// <c>fi/paatokset/2024/vanha-nimi/</c>; one that leaves the site, or would replace a real page
/// or another alias, is an error at its line.
/// </summary>
public static class AliasResolver
{
    // What file systems hold (a name of 255 bytes, an alias's characters are ASCII), with room for
    // the output folder in the whole path: checked here, where the editor's line is known, not at publish.
    private const int MaxPart = 255;
    private const int MaxLength = 1024;

    public static IReadOnlyList<Redirect> Resolve(SiteModel site, DiagnosticBag diagnostics)
    {
        // The catalogue of every page is only needed to check aliases; most sites have none.
        if (!site.Decisions.Any(p => p.Decision.Aliases.Count > 0))
        {
            return [];
        }

        var exact = PageCatalog.Paths(site);
        exact.UnionWith(site.Config.Languages.Select(l => $"{l}/{site.Config.Strings[l].Segments.Search}/"));
        // Compared without regard to capitals too: on a disk or server that does not tell them apart
        // (Windows, macOS, IIS) 'fi/paatokset/2025/Katto/' is the page 'fi/paatokset/2025/katto/',
        // and its redirect would replace that page.
        var pages = exact.Select(WrittenAs).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var taken = new Dictionary<string, Redirect>(StringComparer.OrdinalIgnoreCase);
        var result = new List<Redirect>();
        foreach (var page in site.Decisions.OrderBy(p => p.Decision.File.Path, StringComparer.Ordinal))
        {
            foreach (var alias in page.Decision.Aliases)
            {
                var path = Normalize(alias.Path);
                if (path is null)
                {
                    diagnostics.Error(DiagnosticCodes.AliasInvalid, alias.Location,
                        $"alias '{alias.Path}' must be an address inside the site such as '{page.Path}' (letters, digits, '-', '_', '.' and '/'; no '..', no 'https://'){InsideSite(alias.Path, site.Config.BaseUrl)}");
                    continue;
                }

                if (path.Length > MaxLength || path.Split('/').Any(part => part.Length > MaxPart))
                {
                    diagnostics.Error(DiagnosticCodes.AliasInvalid, alias.Location, $"alias '{alias.Path}' is too long for a file system: each part between slashes can have at most 255 characters and the whole address at most 1,024; shorten it");
                    continue;
                }

                if (pages.Contains(WrittenAs(path)))
                {
                    MessageText what = path == page.Path ? "this decision's own address"
                        : exact.Contains(path) ? "the address of a page of the site"
                        : "the address of a page of the site in other capitals, which a server or disk that does not tell capitals apart takes for that page";
                    diagnostics.Error(DiagnosticCodes.AliasCollides, alias.Location, $"alias '{alias.Path}' is {what}; remove it from 'aliases'");
                    continue;
                }

                // One decision's old address in other capitals is written too: a server that tells
                // capitals apart answers each, and where they are one file they are the same page.
                if (taken.TryGetValue(WrittenAs(path), out var other) && (other.Decision != page || other.Path == path))
                {
                    if (other.Decision != page)
                    {
                        diagnostics.Error(DiagnosticCodes.AliasCollides, alias.Location, $"alias '{alias.Path}' is also an alias of {other.Decision!.Decision.File.Path}; an old address can lead to one decision only");
                    }

                    continue;
                }

                var redirect = Redirect.To(path, page, alias.Location);
                taken[WrittenAs(path)] = redirect;
                result.Add(redirect);
            }
        }

        return result.OrderBy(r => r.Path, StringComparer.Ordinal).ToList();
    }

    // An old address copied whole from the browser ('https://paatokset.example.fi/fi/…/'): the part inside the site is meant.
    private static MessageText InsideSite(string alias, Uri site) =>
        Uri.TryCreate(alias.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            && SameHost.As(uri, site)
            && uri.AbsolutePath.StartsWith(site.AbsolutePath, StringComparison.Ordinal)
            && Normalize(Uri.UnescapeDataString(uri.AbsolutePath[site.AbsolutePath.Length..])) is { } path
            ? Suggestions.MeantThis(path)
            : MessageText.Empty;

    /// <summary>The alias as an output path ("fi/x/" or "fi/x.html"), or null when it is not a path inside the site.</summary>
    public static string? Normalize(string alias)
    {
        var path = alias.Trim().TrimStart('/');
        if (path.Length == 0 || alias.Trim().StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        var segments = path.TrimEnd('/').Split('/');
        if (segments.Any(s => s.Length == 0 || s is "." or ".." || !s.All(IsAllowed)))
        {
            return null;
        }

        // "x/index.html" is the page "x/", so it is compared with the site's pages in that form.
        var folder = path.TrimEnd('/');
        if (folder == "index.html" || folder.EndsWith("/index.html", StringComparison.Ordinal))
        {
            return folder[..^"index.html".Length];
        }

        var isFile = !path.EndsWith('/') && (path.EndsWith(".html", StringComparison.Ordinal) || path.EndsWith(".htm", StringComparison.Ordinal));
        return isFile ? path : folder + "/";
    }

    // The file an address is written as: a folder's page is its index.html.
    internal static string WrittenAs(string path) => path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;

    private static bool IsAllowed(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_' or '.' or '~';
}
