using DecisionsPortal.Tests.Support.Quality;

namespace DecisionsPortal.Tests.Support.Browser;

/// <summary>A quality site served on loopback at its base path, with addresses of its pages.</summary>
public sealed class ServedSite : IAsyncDisposable
{
    private ServedSite(BuiltSite site, StaticServer server)
    {
        Site = site;
        Server = server;
    }

    public BuiltSite Site { get; }

    public StaticServer Server { get; }

    /// <summary>The served address of a path relative to the site's base ("fi/", "" for the root).</summary>
    public string Url(string path) => Server.Origin + Site.BaseUrl.AbsolutePath + path;

    /// <summary>A path with one '*' segment ("fi/paatokset/*/x/") matched against the output folder; others as they are.</summary>
    public string Find(string pattern)
    {
        var star = pattern.IndexOf('*', StringComparison.Ordinal);
        if (star < 0)
        {
            return pattern;
        }

        var parent = pattern[..star];
        var rest = pattern[(star + 1)..];
        return Directory.EnumerateDirectories(Path.Combine(Site.Output, parent))
            .Select(d => parent + Path.GetFileName(d) + rest)
            .Order(StringComparer.Ordinal)
            .FirstOrDefault(p => File.Exists(Path.Combine(Site.Output, p, "index.html")))
            ?? throw new InvalidOperationException($"no page {pattern} in the {Site} site");
    }

    public static async Task<ServedSite> StartAsync(string siteName)
    {
        var site = QualitySites.Get(siteName);
        return new ServedSite(site, await StaticServer.StartAsync(site.Output, site.BaseUrl.AbsolutePath));
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
