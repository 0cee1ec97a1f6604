namespace DecisionsPortal.Serving;

/// <summary>
/// Watches content, templates and site.yml, and calls back once a burst of changes has settled:
/// an editor's save is often several events (write, rename, touch), which should be one rebuild.
/// When the watcher loses events (its buffer overflowed: a checkout or a copy of thousands of
/// files), it calls back with null: anything may have changed, so everything is looked at again.
/// A watched folder that is removed and made again (<c>rm -rf content</c>, a checkout that replaces
/// it) is watched again as soon as it is back, through a watcher on the folder above it that sees
/// only that name, and then everything is looked at again too.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    // An editor's save is a few events within a millisecond or two; every millisecond waited here
    // is one the editor waits for the page. An event later than this only costs one more rebuild,
    // which finds the files it already built.
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(20);

    private readonly List<FileSystemWatcher> watchers = [];
    private readonly Timer timer;
    private readonly Lock gate = new();
    private readonly HashSet<string> pending = new(StringComparer.Ordinal);
    // Each watched folder's own watcher (null while the folder does not exist).
    private readonly Dictionary<string, FileSystemWatcher?> trees = new(StringComparer.Ordinal);
    private bool lost;
    private bool disposed;

    /// <param name="changed">Called with the changed paths, or with null when events were lost.</param>
    public SiteWatcher(IEnumerable<string> folders, string configFile, Action<IReadOnlySet<string>?> changed)
    {
        timer = new Timer(_ =>
        {
            HashSet<string> paths;
            bool all;
            lock (gate)
            {
                paths = [.. pending];
                pending.Clear();
                all = lost;
                lost = false;
            }

            if (all)
            {
                changed(null);
            }
            else if (paths.Count > 0)
            {
                changed(paths);
            }
        });

        foreach (var folder in folders.Select(f => Path.GetFullPath(f).TrimEnd(Path.DirectorySeparatorChar)).Distinct(StringComparer.Ordinal))
        {
            trees[folder] = Directory.Exists(folder) ? Watch(new FileSystemWatcher(folder) { IncludeSubdirectories = true }) : null;
            if (Path.GetDirectoryName(folder) is { } parent && Directory.Exists(parent))
            {
                watchers.Add(WatchName(parent, Path.GetFileName(folder)));
            }
        }

        watchers.Add(Watch(new FileSystemWatcher(Path.GetDirectoryName(configFile)!, Path.GetFileName(configFile))));
    }

    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
        }

        foreach (var watcher in watchers.Concat(trees.Values.OfType<FileSystemWatcher>()))
        {
            watcher.Dispose();
        }

        timer.Dispose();
    }

    /// <summary>Watches with one more watcher (its events count like the others').</summary>
    public void Add(FileSystemWatcher watcher) => watchers.Add(Watch(watcher));

    private FileSystemWatcher Watch(FileSystemWatcher watcher)
    {
        watcher.Changed += (_, e) => Touch(e.FullPath);
        return Watch(watcher, NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size, Touch);
    }

    // The folder above a watched one, for that name only: its removal, its return or a rename onto it.
    private FileSystemWatcher WatchName(string parent, string name) => Watch(new FileSystemWatcher(parent, name), NotifyFilters.DirectoryName, Rewatch);

    // A path created, deleted or renamed (both its names) goes to 'seen'; lost events mean anything may have changed.
    private FileSystemWatcher Watch(FileSystemWatcher watcher, NotifyFilters filter, Action<string> seen)
    {
        watcher.NotifyFilter = filter;
        watcher.Created += (_, e) => seen(e.FullPath);
        watcher.Deleted += (_, e) => seen(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            seen(e.OldFullPath);
            seen(e.FullPath);
        };
        watcher.Error += (_, _) => Lose();
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private void Rewatch(string folder)
    {
        lock (gate)
        {
            if (disposed || !trees.TryGetValue(folder, out var old))
            {
                return;
            }

            old?.Dispose();
            trees[folder] = null;
            try
            {
                trees[folder] = Directory.Exists(folder) ? Watch(new FileSystemWatcher(folder) { IncludeSubdirectories = true }) : null;
            }
            catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
            {
                // Gone again already: its return is another event of the watcher above.
            }
        }

        Lose();
    }

    private void Lose()
    {
        lock (gate)
        {
            lost = true;
            timer.Change(Quiet, Timeout.InfiniteTimeSpan);
        }
    }

    private void Touch(string path)
    {
        lock (gate)
        {
            pending.Add(path);
            timer.Change(Quiet, Timeout.InfiniteTimeSpan);
        }
    }
}
