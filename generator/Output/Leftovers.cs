namespace DecisionsPortal.Output;

/// <summary>
/// What a build that died (kill -9, a CI timeout, Ctrl-C, a power cut) left beside the output: its
/// staging folder of changed files, possibly holding personal data that has expired since. Called
/// under the output's lock (<see cref="OutputLock"/>), so no build is using them.
/// </summary>
internal static class Leftovers
{
    public static string Staging(string output) =>
        Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}.new-{Guid.NewGuid():N}");

    public static void Clear(string output)
    {
        var parent = Path.GetDirectoryName(output)!;
        if (Directory.Exists(parent))
        {
            // '.old-*': a site retired by an earlier version, which swapped whole folders.
            var name = Path.GetFileName(output);
            foreach (var folder in Directory.EnumerateDirectories(parent, $".{name}.new-*").Concat(Directory.EnumerateDirectories(parent, $".{name}.old-*")))
            {
                Delete(folder);
            }
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
}
