namespace DecisionsPortal.Bench.Measuring;

/// <summary>
/// Where the measured builds write their outputs: a disk, as a CI runner or an editor's laptop
/// does (what users see), and a memory file system (/dev/shm) as a second, labelled row, which
/// measures the tools without the disk (on this VM's ext4 creating files gets slower after mass
/// deletes). Both tools always write to the same kind of place in one row.
/// </summary>
public static class OutputLocation
{
    private const string SharedMemory = "/dev/shm";

    /// <summary>/dev/shm when it exists and a file can be made in it; null (outputs beside the corpus) otherwise.</summary>
    public static string? DefaultRoot() => Writable(SharedMemory) ? SharedMemory : null;

    /// <summary>The disk (beside each corpus), and /dev/shm when it can be written.</summary>
    public static IReadOnlyList<string?> DefaultRoots() => DefaultRoot() is { } memory ? [null, memory] : [null];

    /// <summary>'disk' (null: beside each corpus), 'tmpfs' (/dev/shm), or a folder.</summary>
    public static string? Parse(string name) => name switch
    {
        "disk" => null,
        "tmpfs" => SharedMemory,
        _ => Path.GetFullPath(name),
    };

    /// <summary>The row's label: the file system the outputs were written to.</summary>
    public static string Label(string? root, string workDirectory) => FileSystem(root ?? workDirectory) ?? (root is null ? "disk" : root);

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
