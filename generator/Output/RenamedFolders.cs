namespace DecisionsPortal.Output;

/// <summary>
/// A folder whose name carries a hash of its files (the search index's <c>i-HASH/</c> and
/// <c>m-HASH/</c>) gets a new name when one of its files changes, so every file in it would be
/// written anew and the old ones removed. When all files of an old folder are stale and a new
/// folder beside it holds mostly the same files (same names, same bytes), the old folder is renamed
/// instead, and only the files that differ are moved in.
/// </summary>
internal static class RenamedFolders
{
    /// <param name="stale">The old files the build did not make.</param>
    /// <param name="added">The files the build made at paths the old output did not have.</param>
    /// <returns>The renamed folders (old → new), and the new paths whose bytes the renamed folder already has, with their old entries.</returns>
    public static (Dictionary<string, string> Moved, Dictionary<string, PreviousOutput.Entry> Unchanged) Move(
        string root, PreviousOutput previous, List<string> stale, List<KeyValuePair<string, PreviousOutput.Entry>> added)
    {
        var moved = new Dictionary<string, string>(StringComparer.Ordinal);
        var unchanged = new Dictionary<string, PreviousOutput.Entry>(StringComparer.Ordinal);
        if (stale.Count == 0 || added.Count == 0)
        {
            return (moved, unchanged);
        }

        // The folders of stale files that keep no file of this build (looked up by span: no string per path).
        var kept = stale.Select(UrlPath.Folder).Where(f => f.Length > 0).ToHashSet(StringComparer.Ordinal);
        var keptLookup = kept.GetAlternateLookup<ReadOnlySpan<char>>();
        var survivors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in previous.Marked().Concat(added.Select(a => a.Key)))
        {
            var slash = path.LastIndexOf('/');
            if (slash > 0 && keptLookup.TryGetValue(path.AsSpan(0, slash), out var folder))
            {
                survivors.Add(folder);
            }
        }

        kept.IntersectWith(survivors);
        var gone = stale.GroupBy(UrlPath.Folder, StringComparer.Ordinal).Where(g => g.Key.Length > 0 && !kept.Contains(g.Key))
            .ToDictionary(g => g.Key, g => g.ToDictionary(p => p[(g.Key.Length + 1)..], p => previous.TryGet(p, out var e) ? e : default, StringComparer.Ordinal), StringComparer.Ordinal);
        if (gone.Count == 0)
        {
            return (moved, unchanged);
        }

        // Only files whose bytes are known on both sides count as the same.
        bool Same(string folder, string name, PreviousOutput.Entry made) =>
            gone[folder].TryGetValue(name, out var old) && old.Bytes is { } bytes && bytes == made.Bytes;

        var fresh = added.GroupBy(c => UrlPath.Folder(c.Key), StringComparer.Ordinal)
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
            var best = gone.Keys.Where(g => !moved.ContainsKey(g) && UrlPath.Folder(g) == parent && Directory.Exists(OutputFolder.SafeTarget(root, g)) && !Directory.EnumerateDirectories(OutputFolder.SafeTarget(root, g)).Any())
                .Select(g => (Folder: g, Same: folder.Count(c => Same(g, c.Key[(folder.Key.Length + 1)..], c.Value))))
                .OrderByDescending(x => x.Same).ThenBy(x => x.Folder, StringComparer.Ordinal).FirstOrDefault();
            if (best.Folder is null || best.Same * 2 < folder.Count())
            {
                continue;
            }

            Directory.Move(OutputFolder.SafeTarget(root, best.Folder), target);
            moved[best.Folder] = folder.Key;
            foreach (var (path, entry) in folder)
            {
                if (Same(best.Folder, path[(folder.Key.Length + 1)..], entry))
                {
                    unchanged[path] = gone[best.Folder][path[(folder.Key.Length + 1)..]];
                }
            }
        }

        return (moved, unchanged);
    }
}
