namespace DecisionsPortal;

/// <summary>
/// A full path with every symbolic link on the way resolved, like POSIX realpath: the only honest
/// answer to "is this file inside that folder?" when links may point anywhere.
/// </summary>
public static class RealPath
{
    public static string Of(string fullPath)
    {
        var root = Path.GetPathRoot(fullPath) ?? "/";
        var current = root;
        var parts = new Queue<string>(fullPath[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries));
        var hops = 0;
        while (parts.Count > 0)
        {
            var part = parts.Dequeue();
            if (part == ".")
            {
                continue;
            }

            var next = part == ".." ? Path.GetDirectoryName(current) ?? root : Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.LinkTarget is { } target && hops++ < 40)
            {
                // Resolve the target against the link's folder, then walk what remains after it.
                var resolved = Path.GetFullPath(target, current);
                var rest = parts.ToList();
                var resolvedRoot = Path.GetPathRoot(resolved) ?? root;
                parts = new Queue<string>(resolved[resolvedRoot.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Concat(rest));
                current = resolvedRoot;
                continue;
            }

            current = next;
        }

        return current;
    }
}
