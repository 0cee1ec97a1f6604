namespace DecisionsPortal;

/// <summary>Paths as messages show them: relative to the working folder when inside it, with '/' separators.</summary>
public static class PathDisplay
{
    public static string Relative(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) ? full : relative;
        return shown.Replace('\\', '/');
    }
}
