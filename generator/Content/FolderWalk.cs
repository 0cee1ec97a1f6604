using System.IO.Enumeration;

namespace DecisionsPortal.Content;

/// <summary>
/// The files under a folder, in ordinal order, without walking into a folder that is a symbolic
/// link (or junction): one may lead back into the content folder, so its files would be read twice
/// or in a loop, or to '/', so the build would walk the whole disk. Such folders are returned so the
/// caller can name them; a file that is a link is listed like any file, for the caller to judge.
/// </summary>
internal static class FolderWalk
{
    public sealed record Found(IReadOnlyList<string> Files, IReadOnlyList<string> LinkedFolders);

    public static Found Of(string folder, string pattern = "*")
    {
        var files = new List<string>();
        var linked = new List<string>();
        var entries = new FileSystemEnumerable<(string Path, bool LinkedFolder)>(folder,
            (ref FileSystemEntry entry) => (entry.ToFullPath(), entry.IsDirectory),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => entry.IsDirectory
                ? IsLink(entry)
                : FileSystemName.MatchesSimpleExpression(pattern, entry.FileName),
            ShouldRecursePredicate = (ref FileSystemEntry entry) => !IsLink(entry),
        };
        foreach (var (path, linkedFolder) in entries)
        {
            (linkedFolder ? linked : files).Add(path);
        }

        files.Sort(StringComparer.Ordinal);
        linked.Sort(StringComparer.Ordinal);
        return new Found(files, linked);
    }

    private static bool IsLink(in FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) != 0;
}
