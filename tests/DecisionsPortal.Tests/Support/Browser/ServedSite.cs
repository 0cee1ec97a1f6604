using System.Collections.Concurrent;
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

    private static readonly ConcurrentDictionary<string, Lazy<Task<ServedSite>>> Shared = new(StringComparer.Ordinal);

    /// <summary>
    /// The quality site served for the whole run, started by the first test that asks: a server
    /// per test cost a start and a stop each, and the site's files never change. Not to be disposed.
    /// </summary>
    public static Task<ServedSite> OfAsync(string siteName) =>
        Shared.GetOrAdd(siteName, name => new Lazy<Task<ServedSite>>(() => StartAsync(name), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    public static async Task<ServedSite> StartAsync(string siteName)
    {
        var site = QualitySites.Get(siteName);
        return new ServedSite(site, await StaticServer.StartAsync(site.Output, site.BaseUrl.AbsolutePath));
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
