using System.Diagnostics;
using System.Globalization;
using DecisionsPortal.Serving;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Serving;

/// <summary>
/// serve watches the sources, never the folder it builds into: a watch on each output folder is
/// tens of thousands of inotify watches on a city-sized site (against a per-user limit that many
/// systems set at 8,192), and work for the watcher on every file a rebuild writes.
/// </summary>
public sealed class ServeWatchTests
{
    [Fact]
    public async Task Serve_watches_no_folder_of_the_site_it_builds()
    {
        Assert.True(OperatingSystem.IsLinux(), "inotify is how .NET watches files on this machine");
        using var site = new TestSite(string.Concat(Enumerable.Range(1, 4).Select(i =>
            $"-- content/fi/2025/d{i}.md --\n{Decisions.Finnish(title: $"Päätös {i}", date: $"2025-03-1{i}")}\n")));
        var before = ServeFolders().ToHashSet(StringComparer.Ordinal);
        await using var server = await DevServer.StartAsync(new ServeOptions(site.ConfigPath, Port: 0), TextWriter.Null);

        // Other tests may serve at the same time: no serve's build folder may be watched.
        var folders = ServeFolders().Where(f => !before.Contains(f)).SelectMany(FolderIds).ToHashSet();
        Assert.True(folders.Count > 20, $"the build folder has its pages' folders: {folders.Count}");
        var watched = WatchedFolderIds();
        Assert.NotEmpty(watched.Intersect(FolderIds(Path.Combine(site.Root, "content"))));
        Assert.Empty(watched.Intersect(folders));
    }

    private static IEnumerable<string> ServeFolders() =>
        Directory.EnumerateDirectories(Path.GetTempPath(), "decisions-portal-serve-*");

    // (major, minor, inode) of each folder, as find prints them.
    private static HashSet<(long, long, long)> FolderIds(string root)
    {
        var find = new ProcessStartInfo("find", [root, "-type", "d", "-printf", "%D %i\n"]) { RedirectStandardOutput = true };
        using var process = Process.Start(find)!;
        var ids = process.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(' '))
            .Select(p => (Device: long.Parse(p[0], CultureInfo.InvariantCulture), Inode: long.Parse(p[1], CultureInfo.InvariantCulture)))
            .Select(f => (((f.Device >> 8) & 0xfff) | ((f.Device >> 32) & ~0xfffL), (f.Device & 0xff) | ((f.Device >> 12) & ~0xffL), f.Inode))
            .ToHashSet();
        process.WaitForExit();
        return ids;
    }

    // Every inotify watch of this process: "inotify wd:1 ino:4c2 sdev:800001 …", the kernel's device number (major << 20 | minor) in hex.
    private static HashSet<(long, long, long)> WatchedFolderIds()
    {
        var ids = new HashSet<(long, long, long)>();
        foreach (var fd in Directory.EnumerateFiles("/proc/self/fdinfo"))
        {
            string[] lines;
            try
            {
                lines = File.ReadAllLines(fd);
            }
            catch (IOException)
            {
                continue; // closed meanwhile
            }

            foreach (var line in lines.Where(l => l.StartsWith("inotify ", StringComparison.Ordinal)))
            {
                var fields = line.Split(' ').Select(f => f.Split(':')).Where(f => f.Length == 2).ToDictionary(f => f[0], f => f[1]);
                var device = long.Parse(fields["sdev"], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                ids.Add((device >> 20, device & 0xfffff, long.Parse(fields["ino"], NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
            }
        }

        return ids;
    }
}
