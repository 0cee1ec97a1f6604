namespace DecisionsPortal.Output;

/// <summary>
/// Makes the previous output the new site, once every file was made without an error (a build's
/// output, and serve's folder, <see cref="IncrementalWriter"/>): each
/// changed file is renamed from the staging folder over its old self (so every file of the output
/// is whole at every instant, old or new), then what the build no longer makes is removed. Files
/// whose bytes did not change are not touched at all. A process that dies meanwhile leaves a site
/// whose files are each whole, some already new; the next build writes what still differs.
/// </summary>
internal static class InPlaceUpdate
{
    /// <param name="staged">The changed files, each waiting in <paramref name="staging"/> under its number (<see cref="Waiting"/>).</param>
    /// <param name="made">Every file of the new site, changed or not.</param>
    public static void Apply(string staging, string output, PreviousOutput previous, IReadOnlyList<string> staged, IReadOnlySet<string> made)
    {
        // A link was not written by a build: removed before anything could be written through it.
        foreach (var link in previous.Links)
        {
            File.Delete(Full(output, link));
        }

        MoveIn(staging, output, staged, previous.Folders.Contains, previous.Files.ContainsKey, new HashSet<string>(previous.Folders, StringComparer.Ordinal) { "" });

        var needed = new HashSet<string>(StringComparer.Ordinal) { "" };
        foreach (var path in made)
        {
            for (var folder = UrlPath.Folder(path); needed.Add(folder); folder = UrlPath.Folder(folder))
            {
            }
        }

        foreach (var folder in previous.Folders.Where(f => !needed.Contains(f) && needed.Contains(UrlPath.Folder(f)) && Directory.Exists(Full(output, f)) && NamedExactly(output, f)))
        {
            Directory.Delete(Full(output, folder), recursive: true);
        }

        Remove(output, previous.Files.Keys.Where(p => !made.Contains(p) && !needed.Contains(p) && needed.Contains(UrlPath.Folder(p))), staged);
    }

    /// <summary>
    /// Moves each changed file from <paramref name="staging"/> over its old self, pages last: while
    /// they are renamed in, a new page never points to a stylesheet, script or search file that is not there yet.
    /// </summary>
    /// <param name="wasFolder">Whether the old site may have had a folder at a path (one where a file now stands is removed first).</param>
    /// <param name="wasFile">Whether the old site had a file at a path (one where a folder now stands is removed first).</param>
    /// <param name="present">The folders known to exist, added to as folders are made.</param>
    public static void MoveIn(string staging, string output, IReadOnlyList<string> staged, Func<string, bool> wasFolder, Func<string, bool> wasFile, HashSet<string> present)
    {
        var moved = 0;
        foreach (var i in Enumerable.Range(0, staged.Count).OrderBy(i => staged[i].EndsWith(".html", StringComparison.Ordinal) ? 1 : 0))
        {
            var path = staged[i];
            try
            {
                MakeFolder(output, UrlPath.Folder(path), wasFile, present);
                var target = Full(output, path);
                if (wasFolder(path) && Directory.Exists(target))
                {
                    // An old folder where a file now stands holds nothing the new site makes.
                    Directory.Delete(target, recursive: true);
                }

                File.Move(Waiting(staging, i), target, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new PartlyUpdatedException(path, moved, staged.Count, e);
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
    private static void MakeFolder(string output, string folder, Func<string, bool> wasFile, HashSet<string> present)
    {
        if (present.Contains(folder))
        {
            return;
        }

        MakeFolder(output, UrlPath.Folder(folder), wasFile, present);
        if (wasFile(folder) && File.Exists(Full(output, folder)))
        {
            File.Delete(Full(output, folder));
        }

        Directory.CreateDirectory(Full(output, folder));
        present.Add(folder);
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
