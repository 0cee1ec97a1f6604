namespace DecisionsPortal.Output;

/// <summary>
/// Every path a build writes, claimed as its file is listed: two files may not claim one path
/// (the output would depend on which came last), and a file may not stand where another needs a
/// folder (an alias <c>robots.txt</c> is the page <c>robots.txt/index.html</c>, which no disk can
/// hold beside the file <c>robots.txt</c>). The same in <c>check</c>, in memory, as on disk.
/// Not thread-safe: the caller holds its lock.
/// </summary>
internal sealed class PathClaims
{
    private readonly Dictionary<string, OutputFile> files = new(StringComparer.Ordinal);
    // Each folder any claimed file needs, with the first file that needed it.
    private readonly Dictionary<string, OutputFile> folders = new(StringComparer.Ordinal);

    // Folders are looked up by a span of the file's path: no string is made for a folder already
    // claimed, which is nearly every file's (87,000 files a build at 10,000 decisions a language).
    private Dictionary<string, OutputFile>.AlternateLookup<ReadOnlySpan<char>> FileLookup => files.GetAlternateLookup<ReadOnlySpan<char>>();

    private Dictionary<string, OutputFile>.AlternateLookup<ReadOnlySpan<char>> FolderLookup => folders.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Claims the file's path; the file already standing in its way, if any (and then nothing is claimed).</summary>
    public OutputFile? Claim(OutputFile file)
    {
        var path = file.Path;
        if (files.TryGetValue(path, out var same))
        {
            return same;
        }

        if (folders.TryGetValue(path, out var below))
        {
            return below;
        }

        // A folder already claimed was checked, with every folder above it, when it was claimed.
        var fileLookup = FileLookup;
        var folderLookup = FolderLookup;
        for (var end = path.LastIndexOf('/'); end > 0; end = path.LastIndexOf('/', end - 1))
        {
            var folder = path.AsSpan(0, end);
            if (fileLookup.TryGetValue(folder, out var there))
            {
                return there;
            }

            if (folderLookup.ContainsKey(folder))
            {
                break;
            }
        }

        files[path] = file;
        for (var end = path.LastIndexOf('/'); end > 0 && !folderLookup.ContainsKey(path.AsSpan(0, end)); end = path.LastIndexOf('/', end - 1))
        {
            folders[path[..end]] = file;
        }

        return null;
    }
}
