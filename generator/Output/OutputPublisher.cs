namespace DecisionsPortal.Output;

/// <summary>The checks every writer of the output shares (a build's <see cref="StagingFolder"/>, serve's folder).</summary>
public static class OutputPublisher
{
    /// <summary>Marks a folder as ours, so a mistyped --output never replaces someone's files.</summary>
    public const string MarkerFile = ".decisionsportal";

    /// <summary>The full path of a file inside the folder; a path that would leave it is refused.</summary>
    public static string SafeTarget(string root, string relativePath)
    {
        var target = Path.GetFullPath(Path.Combine(root, relativePath));
        if (Path.IsPathRooted(relativePath) || !target.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"refusing to write '{relativePath}' outside the output folder");
        }

        return target;
    }
}
