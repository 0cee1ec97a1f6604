
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
    private readonly Dictionary<string, Entry> files = new(StringComparer.Ordinal);
    // Each folder any claimed file needs, with the first file that needed it.
    private readonly Dictionary<string, Entry> folders = new(StringComparer.Ordinal);
    private int build;

    // Whether this build claimed a path that the last one did not. Until it does, a path the last
    // build claimed cannot stand in another's way (the last build's paths did not), so its claim
    // only takes over its entry and its folders' through their links, without a lookup: a
    // serve edit claims every one of the site's paths again, nearly all of them the last build's.
    private bool claimedNew;

    // Folders are looked up by a span of the file's path: no string is made for a folder already
    // claimed, which is nearly every file's (87,000 files a build at 10,000 decisions a language).
    private Dictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> FileLookup => files.GetAlternateLookup<ReadOnlySpan<char>>();

    private Dictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> FolderLookup => folders.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A new build: what earlier ones claimed stands no more.</summary>
    public void NextBuild()
    {
        // Every build claims every path it makes, so an entry the last build did not take over is
        // a path no longer made (a deleted or renamed decision); a folder goes with the files below it.
        Drop(files);
        Drop(folders);
        build++;
        claimedNew = false;
    }

    private void Drop(Dictionary<string, Entry> claims)
    {
        foreach (var (path, claim) in claims)
        {
            if (claim.Build != build)
            {
                claims.Remove(path);
            }
        }
    }

    /// <summary>Claims the file's path; the path already standing in its way, if any (and then nothing is claimed).</summary>
    public ClaimedPath? Claim(OutputFile file)
    {
        var path = file.Path;
        if (files.TryGetValue(path, out var last))
        {
            if (last.Build == build)
            {
                return last.Claimed;
            }

            if (!claimedNew)
            {
                TakeOver(last, file);
                for (var folder = last.Folder; folder is not null && folder.Build != build; folder = folder.Folder)
                {
                    folder.TakeOver(last);
                }

                return null;
            }
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

        var claim = last ?? new Entry(path);
        if (last is null)
        {
            files[path] = claim;
            claimedNew = true;
        }

        TakeOver(claim, file);
        var inner = claim;
        for (var end = path.LastIndexOf('/'); end > 0; end = path.LastIndexOf('/', end - 1))
        {
            if (!folderLookup.TryGetValue(path.AsSpan(0, end), out var folder))
            {
                folders[path[..end]] = folder = new Entry(path[..end]);
            }

            inner.Folder = folder;
            if (folder.Build == build)
            {
                break;
            }

            folder.TakeOver(claim);
            inner = folder;
        }

        return null;
    }

    private void TakeOver(Entry claim, OutputFile file)
    {
        claim.Build = build;
        claim.Owner = claim.Path;
        claim.Origin = file.Origin;
    }

    // A path's entry: the build that last claimed it, and (a folder) the file that did, by its path
    // and origin, not the file, whose bytes or closure over a build's model would outlive the build.
    private sealed class Entry(string path)
    {
        public string Path { get; } = path;

        public int Build { get; set; } = -1;

        public string Owner { get; set; } = path;

        public Diagnostics.SourceLocation? Origin { get; set; }

        /// <summary>The folder that holds this path (null at the top).</summary>
        public Entry? Folder { get; set; }

        public ClaimedPath Claimed => new(Owner, Origin);

        public void TakeOver(Entry file)
        {
            Build = file.Build;
            Owner = file.Path;
            Origin = file.Origin;
        }
    }
}

/// <summary>A path a file of the build claimed, with the line of content that asked for it (an alias), if any.</summary>
public sealed record ClaimedPath(string Path, Diagnostics.SourceLocation? Origin);
