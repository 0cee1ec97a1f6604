
namespace DecisionsPortal.Site;

/// <summary>The file of the site that a link's address names, as a browser and a web server read it.</summary>
public sealed partial class TextAttachments
{
    // A file's folder and name, each folder read without what follows its name ('kiinteistokauppa.'),
    // which a Windows server drops.
    private static (string Folder, string Name) Split(string file)
    {
        var parts = file.Split('/');
        return (string.Join('/', parts[..^1].Select(part => part.TrimEnd(' ', '.'))), parts[^1]);
    }

    // The file of the site an address names, relative to the page or written as its address on the site.
    private string? FileOf(string path, string page) => path.StartsWith('/') || InternalLinks.HasScheme(path) ? SiteFile(path, page) : Relative(path, page);

    // The file of the site an address written as its address on the site names; null for a relative address or another site's.
    private string? SiteFile(string path, string page)
    {
        var site = paths.BaseUrl;
        if (!(path.StartsWith('/') || InternalLinks.HasScheme(path))
            || !Uri.TryCreate(new Uri(site, page), path.Replace('\\', '/'), out var target)
            || target.Scheme is not ("http" or "https") || !SameHost.As(target, site)
            || OneSlash(target.AbsolutePath) is not { } absolute || !absolute.StartsWith(site.AbsolutePath, StringComparison.Ordinal))
        {
            return null;
        }

        return OneSlash(Uri.UnescapeDataString(absolute[site.AbsolutePath.Length..]));
    }

    // The file of the site a relative address names: where the browser takes it from the page's own.
    private static string? Relative(string relative, string page) =>
        Uri.TryCreate(new Uri("https://site.invalid/" + page), relative.Replace('\\', '/'), out var target)
            ? OneSlash(Uri.UnescapeDataString(target.AbsolutePath.TrimStart('/')))
            : null;

    // Web servers take '//' in a path for '/' (nginx by default), so '/fi/paatokset//2025/…' names the same file.
    private static string OneSlash(string path)
    {
        while (path.Contains("//", StringComparison.Ordinal))
        {
            path = path.Replace("//", "/", StringComparison.Ordinal);
        }

        return path;
    }
}
