using DecisionsPortal.Serving;

namespace DecisionsPortal.Tests.Serving;

/// <summary>serve's watcher: when it loses events (its buffer overflowed), the whole site is looked at again.</summary>
public sealed class SiteWatcherTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("dp-watch-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void A_watcher_that_lost_events_asks_for_a_rebuild_of_everything()
    {
        var calls = new System.Collections.Concurrent.BlockingCollection<IReadOnlySet<string>?>();
        using var watcher = new SiteWatcher([], Path.Combine(root, "site.yml"), calls.Add);
        using var overflowing = new OverflowingWatcher(root);
        watcher.Add(overflowing);

        overflowing.Overflow();

        Assert.True(calls.TryTake(out var changed, TimeSpan.FromSeconds(10)), "no rebuild after the watcher lost events");
        Assert.Null(changed);
    }

    [Fact]
    public void A_saved_file_asks_for_a_rebuild_of_that_file()
    {
        var calls = new System.Collections.Concurrent.BlockingCollection<IReadOnlySet<string>?>();
        using var watcher = new SiteWatcher([root], Path.Combine(root, "site.yml"), calls.Add);
        var file = Path.Combine(root, "a.md");

        File.WriteAllText(file, "x");

        Assert.True(calls.TryTake(out var changed, TimeSpan.FromSeconds(10)), "no rebuild after a save");
        Assert.Contains(file, changed!);
    }

    [Fact]
    public void A_folder_removed_and_restored_is_watched_again()
    {
        var content = Path.Combine(root, "content");
        Directory.CreateDirectory(Path.Combine(content, "fi"));
        var calls = new System.Collections.Concurrent.BlockingCollection<IReadOnlySet<string>?>();
        using var watcher = new SiteWatcher([content], Path.Combine(root, "site.yml"), calls.Add);

        Directory.Delete(content, recursive: true);
        Thread.Sleep(300);
        Directory.CreateDirectory(Path.Combine(content, "fi"));

        // The folder's new watcher starts when the parent's watcher reports the folder back, which on a
        // busy machine may come after a first save; an editor saves again, and from then on every save
        // must be seen as a change of its file.
        var file = Path.Combine(content, "fi", "a.md");
        var seen = false;
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        for (var save = 0; !seen && DateTime.UtcNow < deadline; save++)
        {
            while (calls.TryTake(out _))
            {
            }

            File.WriteAllText(file, "x" + save);
            while (!seen && calls.TryTake(out var changed, TimeSpan.FromSeconds(1)))
            {
                seen = changed is not null && changed.Contains(file);
            }
        }

        Assert.True(seen, "a save after the folder came back was ignored");
    }

    private sealed class OverflowingWatcher(string folder) : FileSystemWatcher(folder)
    {
        public void Overflow() => OnError(new ErrorEventArgs(new InternalBufferOverflowException()));
    }
}
