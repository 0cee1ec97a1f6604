namespace DecisionsPortal;

/// <summary>Paths as messages show them: relative to the working folder when inside it, with '/' separators.</summary>
public static class PathDisplay
{
    public static string Relative(string path) => Relative(path, Directory.GetCurrentDirectory());

    /// <param name="workingFolder">The working folder, for callers that show many paths at once.</param>
    public static string Relative(string path, string workingFolder)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(workingFolder, full);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) ? full : relative;
        return shown.Replace('\\', '/');
    }
}
