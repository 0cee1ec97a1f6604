using DecisionsPortal.Configuration;
using DecisionsPortal.Serving;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Serving;

/// <summary>
/// After its first build serve runs an edit's rebuild once on the unchanged site, so that the
/// first real edit does not pay for compiling that code. The editor must not notice it: no file
/// changes, no new version reaches the browser, and the next save shows as always.
/// </summary>
public sealed class ServeWarmUpTests
{
    [Fact]
    public void Warming_up_writes_no_file_and_publishes_no_version_and_the_next_save_shows()
    {
        using var site = new TestSite($"-- content/fi/2025/a.md --\n{Decisions.Finnish()}\n-- content/sv/2025/a.md --\n{Decisions.Swedish()}");
        using var served = new TempFolder();
        var rebuilder = new SiteRebuilder(new BuildOptions(site.ConfigPath, IncludeDrafts: true, BaseUrl: "http://127.0.0.1:1/"), served.Path);
        var (first, _) = rebuilder.Rebuild();
        Assert.True(first.Ok);
        var before = Snapshot(served.Path);

        rebuilder.Warm();

        Assert.Equal(before, Snapshot(served.Path));
        var edited = Path.Combine(site.Root, "content", "fi", "2025", "a.md");
        site.Write("content/fi/2025/a.md", Decisions.Finnish(text: "Katon korjaus aloitetaan kesäkuussa."));
        var (second, _) = rebuilder.Rebuild(new HashSet<string> { edited });
        Assert.True(second.Ok);
        Assert.Equal(first.Version + 1, second.Version);
        Assert.Contains("Katon korjaus aloitetaan kesäkuussa.", File.ReadAllText(Path.Combine(served.Path, "fi", "paatokset", "2025", "a", "index.html")));
    }

    [Fact]
    public void Warming_up_before_any_good_build_builds_nothing()
    {
        using var site = new TestSite("-- content/fi/2025/a.md --\n---\ntitle: Ilman päivämäärää\n---\n");
        using var served = new TempFolder();
        var rebuilder = new SiteRebuilder(new BuildOptions(site.ConfigPath), served.Path);
        Assert.False(rebuilder.Rebuild().Status.Ok);
        var before = Snapshot(served.Path);

        rebuilder.Warm();

        Assert.Equal(before, Snapshot(served.Path));
    }

    // Each file's path, bytes and time of writing: a file written again with the same bytes counts as changed.
    private static List<string> Snapshot(string root) => Directory.Exists(root)
        ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => $"{Path.GetRelativePath(root, f)} {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))} {File.GetLastWriteTimeUtc(f).Ticks}")
            .ToList()
        : [];
}
