namespace DecisionsPortal.Bench.Measuring;

/// <summary>
/// Where the measured builds write their outputs. On a disk file system that has seen many files
/// created and deleted (ext4 on this VM), creating a file gets up to 15 × slower, run after run,
/// and that time, not the generator's, would dominate the measurement; a memory file system
/// (/dev/shm) measures the tools themselves. Both tools always write to the same kind of place.
/// </summary>
public static class OutputLocation
{
    private const string SharedMemory = "/dev/shm";

    /// <summary>/dev/shm when it exists and a file can be made in it; null (outputs beside the corpus) otherwise.</summary>
    public static string? DefaultRoot() => Writable(SharedMemory) ? SharedMemory : null;

    /// <summary>The output folder of one tool's build of one size.</summary>
    public static string For(string? root, string siteRoot, int size, string tool) =>
        root is null ? Path.Combine(siteRoot, "public") : Path.Combine(root, "decisionsportal-bench", size.ToString(System.Globalization.CultureInfo.InvariantCulture), tool);

    /// <summary>What a reader of the results needs to know: the folder and its file system ("tmpfs", "ext4" …).</summary>
    public static string Describe(string folder) => $"{folder} ({FileSystem(folder) ?? "file system unknown"})";

    private static bool Writable(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return false;
        }

        try
        {
            var probe = Path.Combine(folder, $".decisionsportal-bench-{Environment.ProcessId}");
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    // The longest mount point in /proc/mounts that holds the folder names its file system.
    private static string? FileSystem(string folder)
    {
        if (!File.Exists("/proc/mounts"))
        {
            return null;
        }

        var full = Path.GetFullPath(folder).TrimEnd('/') + "/";
        return File.ReadLines("/proc/mounts")
            .Select(line => line.Split(' '))
            .Where(f => f.Length > 2 && full.StartsWith(f[1].TrimEnd('/') + "/", StringComparison.Ordinal))
            .OrderByDescending(f => f[1].Length)
            .Select(f => f[2])
            .FirstOrDefault();
    }
}
