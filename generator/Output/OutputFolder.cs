namespace DecisionsPortal.Output;

/// <summary>What every writer of the output folder checks (a build's <see cref="StagingFolder"/>, serve's folder): that the folder is ours, and that a path stays inside it.</summary>
public static class OutputFolder
{
    /// <summary>Marks a folder as ours, so a mistyped --output never replaces someone's files.</summary>
    public const string MarkerFile = ".decisionsportal";

    /// <summary>The full path of a file inside the folder; a path that would leave it is refused.</summary>
    public static string SafeTarget(string root, string relativePath)
    {
        // A build asks this twice for each of tens of thousands of files, nearly all plain
        // relative paths under a plain root: their full path is the two joined, which
        // Path.GetFullPath makes in more steps and strings.
        if (IsPlain(relativePath) && IsPlainRoot(root))
        {
            return string.Concat(root, "/", relativePath);
        }

        var target = Path.GetFullPath(Path.Combine(root, relativePath));
        if (Path.IsPathRooted(relativePath) || !target.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"refusing to write '{relativePath}' outside the output folder");
        }

        return target;
    }

    // Relative, and with no segment Path.GetFullPath would change: none empty, "." or "..".
    private static bool IsPlain(string path)
    {
        if (Path.DirectorySeparatorChar != '/' || path.Length == 0 || path[0] == '/' || path.Contains('\0'))
        {
            return false;
        }

        foreach (var segment in path.AsSpan().Split('/'))
        {
            var part = path.AsSpan()[segment];
            if (part.IsEmpty || part is "." or "..")
            {
                return false;
            }
        }

        return true;
    }

    [ThreadStatic]
    private static string? plainRoot;

    // A full path that Path.GetFullPath leaves as it is and that ends in no separator; the last one found is remembered.
    private static bool IsPlainRoot(string root)
    {
        if (ReferenceEquals(root, plainRoot))
        {
            return true;
        }

        if (root.Length < 2 || root[^1] == '/' || !Path.IsPathRooted(root) || Path.GetFullPath(root) != root)
        {
            return false;
        }

        plainRoot = root;
        return true;
    }
}
