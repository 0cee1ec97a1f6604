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

        var gone = stale.GroupBy(UrlPath.Folder, StringComparer.Ordinal).Where(g => g.Key.Length > 0)
            .ToDictionary(g => g.Key, g => g.ToDictionary(p => p[(g.Key.Length + 1)..], p => previous.TryGet(p, out var e) ? e : default, StringComparer.Ordinal), StringComparer.Ordinal);
        var byFolder = added.GroupBy(c => UrlPath.Folder(c.Key), StringComparer.Ordinal).ToList();
        var fresh = byFolder.Where(g => g.Key.Length > 0 && !gone.ContainsKey(g.Key));

        // Whether every entry of the old folder is a stale file: none of this build's files is in it,
        // and no subfolder, whose files would move out from under their paths. Looked at once a folder.
        var allStale = new Dictionary<string, bool>(StringComparer.Ordinal);
        bool AllStale(string folder) => allStale.TryGetValue(folder, out var all) ? all
            : allStale[folder] = byFolder.All(g => g.Key != folder) && Directory.Exists(OutputFolder.SafeTarget(root, folder))
                && Directory.EnumerateFileSystemEntries(OutputFolder.SafeTarget(root, folder)).All(e => gone[folder].ContainsKey(Path.GetFileName(e)) && File.Exists(e));

        // Only files whose bytes are known on both sides count as the same.
        bool Same(string folder, string name, PreviousOutput.Entry made) =>
            gone[folder].TryGetValue(name, out var old) && old.Bytes is { } bytes && bytes == made.Bytes;

        foreach (var folder in fresh.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var target = OutputFolder.SafeTarget(root, folder.Key);
            // An old file there too: a folder cannot be renamed over it, and the swap is MoveIn's.
            if (Path.Exists(target))
            {
                continue;
            }

            var parent = UrlPath.Folder(folder.Key);
            var best = gone.Keys.Where(g => !moved.ContainsKey(g) && UrlPath.Folder(g) == parent && AllStale(g))
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
