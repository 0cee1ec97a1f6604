namespace DecisionsPortal.Serving;

/// <summary>
/// Watches content, templates and site.yml, and calls back once a burst of changes has settled:
/// an editor's save is often several events (write, rename, touch), which should be one rebuild.
/// When the watcher loses events (its buffer overflowed: a checkout or a copy of thousands of
/// files), it calls back with null: anything may have changed, so everything is looked at again.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(50);

    private readonly List<FileSystemWatcher> watchers = [];
    private readonly Timer timer;
    private readonly Lock gate = new();
    private readonly HashSet<string> pending = new(StringComparer.Ordinal);
    private bool lost;

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

        foreach (var folder in folders.Where(Directory.Exists).Distinct(StringComparer.Ordinal))
        {
            watchers.Add(Watch(new FileSystemWatcher(folder) { IncludeSubdirectories = true }));
        }

        watchers.Add(Watch(new FileSystemWatcher(Path.GetDirectoryName(configFile)!, Path.GetFileName(configFile))));
    }

    public void Dispose()
    {
        foreach (var watcher in watchers)
        {
            watcher.Dispose();
        }

        timer.Dispose();
    }

    /// <summary>Watches with one more watcher (its events count like the others').</summary>
    public void Add(FileSystemWatcher watcher) => watchers.Add(Watch(watcher));

    private FileSystemWatcher Watch(FileSystemWatcher watcher)
    {
        watcher.NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size;
        watcher.Changed += (_, e) => Touch(e.FullPath);
        watcher.Created += (_, e) => Touch(e.FullPath);
        watcher.Deleted += (_, e) => Touch(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            Touch(e.OldFullPath);
            Touch(e.FullPath);
        };
        watcher.Error += (_, _) => Lose();
        watcher.EnableRaisingEvents = true;
        return watcher;
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
