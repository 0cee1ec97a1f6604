using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace DecisionsPortal.Output;

/// <summary>
/// Every path a build writes, claimed as its file is listed: two files may not claim one path
/// (the output would depend on which came last), and a file may not stand where another needs a
/// folder (an alias <c>robots.txt</c> is the page <c>robots.txt/index.html</c>, which no disk can
/// hold beside the file <c>robots.txt</c>). The same in <c>check</c>, in memory, as on disk.
/// serve keeps one between builds (the render cache's): a claim of an earlier build counts for
/// nothing, but its entry is taken over, so an edit does not fill two tables of 87,000 paths again.
/// Not thread-safe: the caller holds its lock.
/// </summary>
internal sealed class PathClaims
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
    public void NextBuild() => build++;

    /// <summary>Claims the file's path; the file already standing in its way, if any (and then nothing is claimed).</summary>
    public OutputFile? Claim(OutputFile file)
    {
        var path = file.Path;
        if (files.TryGetValue(path, out var same) && same.Build == build)
        {
            return same.File;
        }

        if (folders.TryGetValue(path, out var below) && below.Build == build)
        {
            return below.File;
        }

        // A folder claimed in this build was checked, with every folder above it, when it was claimed.
        var fileLookup = FileLookup;
        var folderLookup = FolderLookup;
        for (var end = path.LastIndexOf('/'); end > 0; end = path.LastIndexOf('/', end - 1))
        {
            var folder = path.AsSpan(0, end);
            if (fileLookup.TryGetValue(folder, out var there) && there.Build == build)
            {
                return there.File;
            }

            if (folderLookup.TryGetValue(folder, out var claimed) && claimed.Build == build)
            {
                break;
            }
        }

        files[path] = new Claimant(file, build);
        for (var end = path.LastIndexOf('/'); end > 0; end = path.LastIndexOf('/', end - 1))
        {
            ref var folder = ref CollectionsMarshal.GetValueRefOrNullRef(folderLookup, path.AsSpan(0, end));
            if (Unsafe.IsNullRef(ref folder))
            {
                folders[path[..end]] = new Claimant(file, build);
                continue;
            }

            if (folder.Build == build)
            {
                break;
            }

            folder = new Claimant(file, build);
        }

        return null;
    }

    private readonly record struct Claimant(OutputFile File, int Build);
}
