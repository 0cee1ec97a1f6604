namespace DecisionsPortal.Tests.Support.Quality;

/// <summary>The files of a built output folder, relative and '/'-separated, in ordinal order.</summary>
public static class HtmlFiles
{
    public static IEnumerable<string> In(string outputFolder) => All(outputFolder).Where(f => f.EndsWith(".html", StringComparison.Ordinal));

    public static IEnumerable<string> All(string outputFolder) =>
        Directory.EnumerateFiles(outputFolder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(outputFolder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
}
