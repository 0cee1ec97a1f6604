namespace DecisionsPortal.Output;

/// <summary>
/// What a build that died (kill -9, a CI timeout, Ctrl-C, a power cut) left beside the output: its
/// staging folder, possibly holding personal data that has expired since, and, if it died between
/// the two renames of a swap without exchange, the previous site under its retired name with no
/// output at all. Called under the output's lock (<see cref="OutputLock"/>), so no build is using them.
/// </summary>
internal static class Leftovers
{
    public static string Staging(string output) => Beside(output, "new");

    public static string Retired(string output) => Beside(output, "old");

    /// <summary>Puts a retired site back when the output is missing, and deletes every other leftover folder.</summary>
    public static void Clear(string output)
    {
        var parent = Path.GetDirectoryName(output)!;
        var name = Path.GetFileName(output);
        if (!Directory.Exists(parent))
        {
            return;
        }

        var retired = Directory.EnumerateDirectories(parent, $".{name}.old-*")
            .Select(d => new DirectoryInfo(d))
            .OrderByDescending(d => d.LastWriteTimeUtc)
            .ThenBy(d => d.Name, StringComparer.Ordinal)
            .ToList();
        if (retired.Count > 0 && !Path.Exists(output))
        {
            Directory.Move(retired[0].FullName, output);
            retired.RemoveAt(0);
        }

        foreach (var folder in retired.Select(d => d.FullName).Concat(Directory.EnumerateDirectories(parent, $".{name}.new-*")))
        {
            Delete(folder);
        }
    }

    public static void Delete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next build, which tries again; the output itself is intact.
        }
    }

    private static string Beside(string output, string kind) =>
        Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}.{kind}-{Guid.NewGuid():N}");
}
