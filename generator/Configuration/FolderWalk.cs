using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Configuration;

/// <summary>
/// The files under a folder, in ordinal order, asking before it walks into a folder that is a
/// symbolic link (or junction), since one may lead anywhere (to '/', and the build would walk the
/// whole disk). A linked folder that leads to a folder the walk is inside, or one holding it, would
/// be walked for ever; it is handed to <c>loop</c> and never walked. A file that is a link is listed like any file,
/// for the caller to judge.
/// </summary>
internal static class FolderWalk
{
    /// <param name="follow">Whether to walk a linked folder, given its path and real path.</param>
    /// <param name="loop">Told of a linked folder that leads to one the walk is inside (or one holding it), given its path and real path.</param>
    /// <param name="except">A folder below <paramref name="folder"/> that is not walked (another reader's).</param>
    public static List<string> Files(string folder, string pattern, Func<string, string, bool> follow, Action<string, string> loop, string? except = null)
    {
        var files = new List<string>();
        Walk(folder, RealPath.Of(Path.GetFullPath(folder)), []);
        files.Sort(StringComparer.Ordinal);
        return files;

        // Paths are built on the folder as given, as Directory.EnumerateFiles builds them.
        void Walk(string current, string real, HashSet<string> inside)
        {
            inside.Add(real);
            foreach (var (name, isFolder) in Entries(current).OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                var path = Path.Combine(current, name);
                if (path == except)
                {
                    continue;
                }

                if (!isFolder)
                {
                    if (System.IO.Enumeration.FileSystemName.MatchesSimpleExpression(pattern, name))
                    {
                        files.Add(path);
                    }
                }
                else if (new DirectoryInfo(path) is var linked && linked.LinkTarget is null)
                {
                    Walk(path, Path.Combine(real, name), inside);
                }
                else if (RealPath.Of(linked.FullName) is var target && inside.Any(folder => (folder + Path.DirectorySeparatorChar).StartsWith(target + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
                {
                    loop(path, target);
                }
                else if (follow(path, target))
                {
                    Walk(path, target, inside);
                }
            }

            inside.Remove(real);
        }
    }

    // Each entry's name and whether it is a folder (or a link to one), as the folder's listing
    // tells it: a FileSystemInfo of each entry asked the file system about every file once more,
    // thousands of calls a build for nothing the walk reads.
    private static System.IO.Enumeration.FileSystemEnumerable<Entry> Entries(string folder) =>
        new(folder, (ref System.IO.Enumeration.FileSystemEntry e) => new Entry(e.FileName.ToString(), e.IsDirectory), new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false });

    // A class, not a tuple: the framework's enumerator, array pool and sort over a struct would be
    // JIT-compiled at every start, where over a class the ReadyToRun code of the shared
    // instantiation runs.
    private sealed record Entry(string Name, bool IsFolder);

    /// <summary>
    /// The files under a folder, walking a linked folder whose real path stays under
    /// <paramref name="root"/> (a real path ending in a separator); one leading out of it is an
    /// error at the link (<paramref name="outsideCode"/>), and one leading round in a loop too
    /// (<paramref name="loopCode"/>): neither is walked.
    /// </summary>
    public static List<string> Inside(string folder, string pattern, string root, DiagnosticBag diagnostics,
        string outsideCode, MessageText outside, string loopCode, string? except = null) => Files(folder, pattern,
        (link, real) =>
        {
            if ((real + Path.DirectorySeparatorChar).StartsWith(root, StringComparison.Ordinal))
            {
                return true;
            }

            diagnostics.Error(outsideCode, new SourceLocation(PathDisplay.Relative(link), 1, 1), outside);
            return false;
        },
        (link, real) => diagnostics.Error(loopCode, new SourceLocation(PathDisplay.Relative(link), 1, 1),
            $"this folder is a link to '{PathDisplay.Relative(real)}', a folder that holds it, so it would be read in a loop; remove the link"),
        except);

    /// <summary>Whether a file is a symbolic link whose real path is not under <paramref name="root"/>.</summary>
    public static bool LeadsOut(string file, string root) =>
        new FileInfo(file).LinkTarget is not null && !RealPath.Of(Path.GetFullPath(file)).StartsWith(root, StringComparison.Ordinal);
}
