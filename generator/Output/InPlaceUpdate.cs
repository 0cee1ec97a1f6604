namespace DecisionsPortal.Output;

/// <summary>
/// Makes the previous output the new site, once every file was made without an error (a build's
/// output, and serve's folder: <see cref="StagingFolder"/>): each changed file is renamed from the
/// staging folder over its old self (so every file of the output is whole at every instant, old or
/// new), then what the build no longer makes is removed. Files whose bytes did not change are not
/// touched at all. A process that dies meanwhile leaves a site whose files are each whole, some
/// already new; the next build writes what still differs.
/// </summary>
internal static class InPlaceUpdate
{
    /// <param name="staged">The changed files, each waiting in <paramref name="staging"/> under its number (<see cref="Waiting"/>); the first <paramref name="published"/> of them are in the output already.</param>
    /// <param name="made">What each file made and not yet in <paramref name="previous"/> is now; <paramref name="previous"/> becomes the new output's.</param>
    /// <returns>How many files were written (the published ones too), and how many old ones removed.</returns>
    public static (int Written, int Removed) Apply(string staging, string output, PreviousOutput previous, IReadOnlyList<string> staged, int published, IReadOnlyCollection<KeyValuePair<string, PreviousOutput.Entry>> made)
    {
        // A link was not written by a build: removed before anything could be written through it.
        foreach (var link in previous.Links)
        {
            File.Delete(Full(output, link));
        }

        // Folders the walk found with no file of their own: one left empty goes, as a clean build has none.
        var bare = previous.Folders is { } found ? found.Except(previous.Paths().Select(UrlPath.Folder)).ToList() : [];
        var stale = previous.Unmarked();
        var added = made.Where(m => !previous.Contains(m.Key)).ToList();
        // A build's old output is a live site: its pages ask for their search index's folders until
        // the new pages are in (and after a build that stopped part way), so only serve, whose page
        // reloads after its publish, renames an old folder to a new one.
        var (moved, unchanged) = previous.KeepsInputs ? RenamedFolders.Move(output, previous, stale, added) : ([], []);
        var numbers = Enumerable.Range(published, staged.Count - published).Where(i => !unchanged.ContainsKey(staged[i])).ToList();
        MoveIn(staging, output, staged, numbers, previous);
        foreach (var (path, entry) in made)
        {
            previous.Set(path, unchanged.TryGetValue(path, out var kept) ? kept with { Inputs = entry.Inputs } : entry);
        }

        var removing = new List<string>();
        foreach (var path in stale)
        {
            // A file of a renamed folder is now under the new name; there it is removed only if the new folder does not have it.
            var folder = UrlPath.Folder(path);
            var now = moved.TryGetValue(folder, out var to) ? to + path[folder.Length..] : path;

            // Not a file any more: gone with an old folder where a file now stands, or a folder now itself.
            if ((now == path || !previous.IsMarked(now)) && File.Exists(OutputFolder.SafeTarget(output, now)))
            {
                removing.Add(now);
            }

            previous.Remove(path);
        }

        var written = staged.Where((_, i) => i < published).Concat(numbers.Select(i => staged[i])).ToList();
        Remove(output, removing, written);
        RemoveEmptyFolders(output, removing.Concat(previous.Links).Select(UrlPath.Folder).Concat(bare).ToHashSet(StringComparer.Ordinal));
        return (written.Count, removing.Count);
    }

    /// <summary>
    /// Moves each changed file from <paramref name="staging"/> over its old self, pages last: while
    /// they are renamed in, a new page never points to a stylesheet, script or search file that is not there yet.
    /// </summary>
    /// <param name="numbers">Which of the <paramref name="staged"/> files to move.</param>
    /// <param name="previous">What the old site had: a folder where a file now stands is removed first, and a file where a folder now stands.</param>
    public static void MoveIn(string staging, string output, IReadOnlyList<string> staged, IEnumerable<int> numbers, PreviousOutput previous)
    {
        // The folders known to exist, added to as folders are made.
        var present = previous.Folders is { } folders ? new HashSet<string>(folders, StringComparer.Ordinal) { "" } : [""];
        var moved = 0;
        var order = numbers.OrderBy(i => staged[i].EndsWith(".html", StringComparison.Ordinal) ? 1 : 0).ToList();
        foreach (var i in order)
        {
            var path = staged[i];
            try
            {
                MakeFolder(output, UrlPath.Folder(path), previous, present);
                var target = Full(output, path);
                // Kept in memory, the old site's folders are not known: each path is looked at.
                if ((previous.Folders?.Contains(path) ?? true) && Directory.Exists(target))
                {
                    // An old folder where a file now stands holds nothing the new site makes.
                    Directory.Delete(target, recursive: true);
                }

                File.Move(Waiting(staging, i), target, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new PartlyUpdatedException(path, moved, order.Count, e);
            }

            moved++;
        }
    }

    /// <summary>Removes files of the old site that the new one does not make; <paramref name="written"/> are the files just moved in.</summary>
    public static void Remove(string output, IEnumerable<string> files, IEnumerable<string> written)
    {
        // On a file system that ignores case (macOS, Windows) a file renamed from 'Liite.PDF' to
        // 'liite.pdf' was moved over its old self, so the old name now finds the new file: where a
        // written file's name matches ignoring case, only an entry the folder lists under exactly
        // that name is the old one.
        var clashes = written.ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var path in files)
        {
            if (!clashes.Contains(path) || NamedExactly(output, path))
            {
                File.Delete(Full(output, path));
            }
        }
    }

    // An old file where a folder now stands is not part of the new site (no path is both).
    private static void MakeFolder(string output, string folder, PreviousOutput previous, HashSet<string> present)
    {
        if (present.Contains(folder))
        {
            return;
        }

        MakeFolder(output, UrlPath.Folder(folder), previous, present);
        if (previous.Contains(folder) && File.Exists(Full(output, folder)))
        {
            File.Delete(Full(output, folder));
        }

        Directory.CreateDirectory(Full(output, folder));
        present.Add(folder);
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

    // Whether the folder lists an entry under exactly this name (not only one matching it ignoring case).
    private static bool NamedExactly(string output, string path)
    {
        var full = Full(output, path);
        var name = Path.GetFileName(full);
        return Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(full)!, name).Any(e => Path.GetFileName(e) == name);
    }

    /// <summary>Where the changed file of this number waits until it is moved into the output.</summary>
    public static string Waiting(string staging, int number) => Path.Combine(staging, number.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static string Full(string root, string path) => Path.Combine(root, path.Replace('/', Path.DirectorySeparatorChar));
}
