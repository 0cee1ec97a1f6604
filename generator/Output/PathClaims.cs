using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace DecisionsPortal.Output;

/// <summary>
/// Every path a build writes, claimed as its file is listed: two files may not claim one path
/// (the output would depend on which came last), and a file may not stand where another needs a
/// folder (an alias <c>robots.txt</c> is the page <c>robots.txt/index.html</c>, which no disk can
/// hold beside the file <c>robots.txt</c>). The same in <c>check</c>, in memory, as on disk.
/// serve keeps one between builds (the render cache's): a claim of an earlier build counts for
/// nothing, but its entry is taken over, so an edit does not fill two tables of 87,000 paths again;
/// the entries of paths the last build no longer made are dropped. An entry keeps a path and its
/// origin, not the file, whose bytes or whose closure over a build's model would outlive the build.
/// Not thread-safe: the caller holds its lock.
/// </summary>
public sealed class PathClaims
{
    private readonly Dictionary<string, Claimant> files = new(StringComparer.Ordinal);
    // Each folder any claimed file needs, with the first file that needed it.
    private readonly Dictionary<string, Claimant> folders = new(StringComparer.Ordinal);
    private int build;

    // Folders are looked up by a span of the file's path: no string is made for a folder already
    // claimed, which is nearly every file's (87,000 files a build at 10,000 decisions a language).
    private Dictionary<string, Claimant>.AlternateLookup<ReadOnlySpan<char>> FileLookup => files.GetAlternateLookup<ReadOnlySpan<char>>();

    private Dictionary<string, Claimant>.AlternateLookup<ReadOnlySpan<char>> FolderLookup => folders.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A new build: what earlier ones claimed stands no more.</summary>
    public void NextBuild()
    {
        // Every build claims every path it makes, so an entry the last build did not take over is
        // a path no longer made (a deleted or renamed decision).
        Drop(files);
        Drop(folders);
        build++;
    }

    private void Drop(Dictionary<string, Claimant> claims)
    {
        foreach (var (path, claimant) in claims)
        {
            if (claimant.Build != build)
            {
                claims.Remove(path);
            }
        }
    }

    /// <summary>Claims the file's path; the path already standing in its way, if any (and then nothing is claimed).</summary>
    public ClaimedPath? Claim(OutputFile file)
    {
        var path = file.Path;
        if (files.TryGetValue(path, out var same) && same.Build == build)
        {
            return same.Claimed;
        }

        if (folders.TryGetValue(path, out var below) && below.Build == build)
        {
            return below.Claimed;
        }

        // A folder claimed in this build was checked, with every folder above it, when it was claimed.
        var fileLookup = FileLookup;
        var folderLookup = FolderLookup;
        for (var end = path.LastIndexOf('/'); end > 0; end = path.LastIndexOf('/', end - 1))
        {
            var folder = path.AsSpan(0, end);
            if (fileLookup.TryGetValue(folder, out var there) && there.Build == build)
            {
                return there.Claimed;
            }

            if (folderLookup.TryGetValue(folder, out var claimed) && claimed.Build == build)
            {
                break;
            }
        }

        var claimant = new Claimant(path, file.Origin, build);
        files[path] = claimant;
        for (var end = path.LastIndexOf('/'); end > 0; end = path.LastIndexOf('/', end - 1))
        {
            ref var folder = ref CollectionsMarshal.GetValueRefOrNullRef(folderLookup, path.AsSpan(0, end));
            if (Unsafe.IsNullRef(ref folder))
            {
                folders[path[..end]] = claimant;
                continue;
            }

            if (folder.Build == build)
            {
                break;
            }

            folder = claimant;
        }

        return null;
    }

    private readonly record struct Claimant(string Path, Diagnostics.SourceLocation? Origin, int Build)
    {
        public ClaimedPath Claimed => new(Path, Origin);
    }
}

/// <summary>A path a file of the build claimed, with the line of content that asked for it (an alias), if any.</summary>
public sealed record ClaimedPath(string Path, Diagnostics.SourceLocation? Origin);
