using DecisionsPortal.Incremental;
using DecisionsPortal.Shared;

namespace DecisionsPortal.Output;

/// <summary>
/// Keeps serve's folder equal to the last good build while doing as little as possible: a file
/// whose inputs have the fingerprint they had in the last good build is not even made (the Render
/// stage asks <see cref="AlreadyHolds"/>), a made file is written only when its bytes changed, and a file
/// the build no longer makes is removed. Pages pass through serve's <paramref name="pages"/> (its reload script and
/// draft notice) before they are compared. Changes are held until the
/// build has succeeded (or, in an edit, until every file but the search index's is made without an
/// error: <see cref="PublishSoFar"/>), so a failed build leaves the last good site as it was.
/// </summary>
/// <param name="pages">What serve adds to each page (path, bytes); pages are written as made when null (tests of the writer alone).</param>
public sealed class IncrementalWriter(string folder, RenderedFiles state, Func<string, byte[], byte[]>? pages = null) : IOutputSink
{
    // Which files the build made: the known ones are marked in the state itself (no set of every
    // path per build); the others are the new paths among the changes.
    private readonly ConcurrentQueue<Change> changes = new();

    /// <summary>Of the last build that succeeded: files written, and files removed (a file that moved with its renamed folder is neither).</summary>
    public (int Written, int Removed) Last { get; private set; }

    // One lookup a file: a known file is marked as made whether kept or not, since one not kept is made and written now.
    public bool AlreadyHolds(OutputFile file) =>
        file.Fingerprint is { } inputs && state.Mark(file.Path, out var known) && known.Inputs == inputs;

    public void Write(OutputFile file, byte[] content)
    {
        if (pages is not null && file.Path.EndsWith(".html", StringComparison.Ordinal))
        {
            content = pages(file.Path, content);
        }

        var bytes = Fingerprint.Of(content);
        var same = state.Mark(file.Path, out var entry) && entry.Bytes == bytes;
        changes.Enqueue(new Change(file.Path, new RenderedFiles.Entry(file.Fingerprint, bytes), same ? null : content));
    }

    // An attachment: hashed and, when changed, copied by stream at Finish. A web page attached is
    // a page of the site to the browser, and gets the reload script as the others do.
    public void Copy(OutputFile file, string source)
    {
        if (file.Path.EndsWith(".html", StringComparison.Ordinal))
        {
            Write(file, File.ReadAllBytes(source));
            return;
        }

        var bytes = Fingerprint.OfFile(source);
        var same = state.Mark(file.Path, out var entry) && entry.Bytes == bytes;
        changes.Enqueue(new Change(file.Path, new RenderedFiles.Entry(file.Fingerprint, bytes), null) { Source = same ? null : source });
    }

    // Files written by PublishSoFar in this build: Finish's removals must know them, as a stale name
    // that differs from one of them only in case finds the new file where case is ignored.
    private readonly List<string> early = [];

    // Only what this build's files change: a file the build no longer makes stays until Finish, when
    // every file has been made. What is written is marked made, as Finish's stale files are those unmarked.
    public void PublishSoFar()
    {
        var writes = changes.Where(c => c.Content is not null || c.Source is not null).ToList();
        WriteAll(Root(), writes);
        foreach (var change in changes)
        {
            state.Set(change.Path, change.Entry);
            state.Mark(change.Path, out _);
        }

        early.AddRange(writes.Select(c => c.Path));
        Last = (early.Count, 0);
        changes.Clear();
    }

    public bool Finish(bool succeeded)
    {
        try
        {
            if (!succeeded)
            {
                return false;
            }

            var root = Root();
            var stale = state.Unmarked();
            var added = changes.Where(c => !state.TryGet(c.Path, out _)).Select(c => c.Path).ToHashSet(StringComparer.Ordinal);
            bool Made(string path) => added.Contains(path) || state.IsMarked(path);
            var (moved, unchanged) = MoveRenamedFolders(root, stale, added);
            var writes = changes.Where(c => (c.Content is not null || c.Source is not null) && !unchanged.Contains(c.Path)).ToList();
            WriteAll(root, writes);
            foreach (var change in changes)
            {
                state.Set(change.Path, change.Entry);
            }

            var removing = new List<string>();
            foreach (var path in stale)
            {
                // A file of a renamed folder is now under the new name; there it is removed only if the new folder does not have it.
                var now = moved.TryGetValue(UrlPath.Folder(path), out var to) ? to + path[UrlPath.Folder(path).Length..] : path;

                // Not a file any more: gone with an old folder where a file now stands, or a folder now itself.
                if ((now == path || !Made(now)) && File.Exists(OutputFolder.SafeTarget(root, now)))
                {
                    removing.Add(now);
                }

                state.Remove(path);
            }

            InPlaceUpdate.Remove(root, removing, early.Concat(writes.Select(c => c.Path)));
            RemoveEmptyFolders(root, removing.Select(UrlPath.Folder).ToHashSet(StringComparer.Ordinal));

            Last = (early.Count + writes.Count, removing.Count);
            return true;
        }
        finally
        {
            state.NextBuild();
            changes.Clear();
            early.Clear();
        }
    }

    private string Root()
    {
        var root = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        Directory.CreateDirectory(root);
        return root;
    }

    // Written beside the folder and put in place as a build's changed files are, so a request never
    // reads half a file. The staging folder is the user's alone, as serve's folder is: pages hold drafts.
    private void WriteAll(string root, List<Change> writes)
    {
        if (writes.Count == 0)
        {
            return;
        }

        var staging = Leftovers.Staging(root);
        _ = OperatingSystem.IsWindows() ? Directory.CreateDirectory(staging) : Directory.CreateDirectory(staging, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        try
        {
            Parallel.For(0, writes.Count, i =>
            {
                _ = OutputFolder.SafeTarget(root, writes[i].Path);
                using var handle = File.OpenHandle(InPlaceUpdate.Waiting(staging, i), FileMode.Create, FileAccess.Write, FileShare.None);
                if (writes[i].Source is { } source)
                {
                    SourceCopy.Into(handle, source);
                }
                else
                {
                    RandomAccess.Write(handle, writes[i].Content!, 0);
                }
            });

            // What the last build had at a path is known; a folder, not, so each path is looked at.
            InPlaceUpdate.MoveIn(staging, root, writes.Select(c => c.Path).ToList(), _ => true, path => state.TryGet(path, out _), [""]);
        }
        finally
        {
            Leftovers.Delete(staging);
        }
    }

    /// <summary>
    /// A folder whose name carries a hash of its files (the search index's <c>i-HASH/</c> and
    /// <c>m-HASH/</c>) gets a new name when one of its files changes, so every file in it would
    /// be written anew and the old ones removed. When all files of an old folder are stale and a
    /// new folder beside it holds mostly the same files (same names, same bytes), the old folder
    /// is renamed instead, and only the files that differ are written. Returns the renamed
    /// folders (old → new) and the paths whose bytes the renamed folder already has.
    /// </summary>
    private (Dictionary<string, string> Moved, HashSet<string> Unchanged) MoveRenamedFolders(string root, List<string> stale, HashSet<string> added)
    {
        var moved = new Dictionary<string, string>(StringComparer.Ordinal);
        var unchanged = new HashSet<string>(StringComparer.Ordinal);
        if (stale.Count == 0)
        {
            return (moved, unchanged);
        }

        // The folders of stale files that keep no file of this build (looked up by span: no string per path).
        var kept = stale.Select(UrlPath.Folder).Where(f => f.Length > 0).ToHashSet(StringComparer.Ordinal);
        var keptLookup = kept.GetAlternateLookup<ReadOnlySpan<char>>();
        var survivors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in state.Marked().Concat(added))
        {
            var slash = path.LastIndexOf('/');
            if (slash > 0 && keptLookup.TryGetValue(path.AsSpan(0, slash), out var folder))
            {
                survivors.Add(folder);
            }
        }

        kept.IntersectWith(survivors);
        var gone = stale.GroupBy(UrlPath.Folder, StringComparer.Ordinal).Where(g => g.Key.Length > 0 && !kept.Contains(g.Key))
            .ToDictionary(g => g.Key, g => g.ToDictionary(p => p[(g.Key.Length + 1)..], p => state.TryGet(p, out var e) ? e.Bytes : default, StringComparer.Ordinal), StringComparer.Ordinal);
        if (gone.Count == 0)
        {
            return (moved, unchanged);
        }

        var fresh = changes.Where(c => (c.Content is not null || c.Source is not null) && !state.TryGet(c.Path, out _)).GroupBy(c => UrlPath.Folder(c.Path), StringComparer.Ordinal)
            .Where(g => g.Key.Length > 0 && !kept.Contains(g.Key) && !gone.ContainsKey(g.Key));
        foreach (var folder in fresh.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var target = OutputFolder.SafeTarget(root, folder.Key);
            if (Directory.Exists(target))
            {
                continue;
            }

            // Only folders of files: a subfolder's stale files would move out from under their paths.

            var parent = UrlPath.Folder(folder.Key);
            var best = gone.Keys.Where(g => !moved.ContainsKey(g) && UrlPath.Folder(g) == parent && !Directory.EnumerateDirectories(OutputFolder.SafeTarget(root, g)).Any())
                .Select(g => (Folder: g, Same: folder.Count(c => gone[g].TryGetValue(c.Path[(folder.Key.Length + 1)..], out var bytes) && bytes == c.Entry.Bytes)))
                .OrderByDescending(x => x.Same).ThenBy(x => x.Folder, StringComparer.Ordinal).FirstOrDefault();
            if (best.Folder is null || best.Same * 2 < folder.Count())
            {
                continue;
            }

            Directory.Move(OutputFolder.SafeTarget(root, best.Folder), target);
            moved[best.Folder] = folder.Key;
            foreach (var change in folder)
            {
                if (gone[best.Folder].TryGetValue(change.Path[(folder.Key.Length + 1)..], out var bytes) && bytes == change.Entry.Bytes)
                {
                    unchanged.Add(change.Path);
                }
            }
        }

        return (moved, unchanged);
    }

    // A clean build writes no empty folder: one whose last file went (a search index's old
    // i-HASH/, a listing's last page) goes too, and so does its parent if that is left empty.
    private static void RemoveEmptyFolders(string root, IEnumerable<string> folders)
    {
        foreach (var start in folders.OrderByDescending(f => f.Length))
        {
            for (var folder = start; folder.Length > 0; folder = UrlPath.Folder(folder))
            {
                var full = OutputFolder.SafeTarget(root, folder);
                if (!Directory.Exists(full) || Directory.EnumerateFileSystemEntries(full).Any())
                {
                    break;
                }

                Directory.Delete(full);
            }
        }
    }

    // What a changed file is written from: its bytes, or the file it is a copy of (an attachment).
    private sealed record Change(string Path, RenderedFiles.Entry Entry, byte[]? Content)
    {
        public string? Source { get; init; }
    }
}
