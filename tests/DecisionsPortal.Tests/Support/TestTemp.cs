namespace DecisionsPortal.Tests.Support;

/// <summary>
/// Where the tests' temporary folders go. The suite creates and deletes a few hundred thousand
/// files (each test's site, its templates and output, the staging folders of its builds), and on
/// a disk each new file after many deletions costs the file system work that the tests do not
/// test; so on Linux they go to the RAM file system /dev/shm when it is there and lets programs
/// run (the installed tool's test runs one from there). <c>TMPDIR</c> is set for the whole test
/// process: <see cref="Path.GetTempPath"/> reads it at every call, and the processes the tests
/// start (the generator, Chromium, dotnet pack) inherit it. A <c>TMPDIR</c> the user set is kept.
/// The few tests about the disk itself (a file that cannot be replaced, a build killed midway)
/// put their site on <see cref="Disk"/>.
/// </summary>
public static class TestTemp
{
    private const string Ram = "/dev/shm";

    /// <summary>The temporary folder the process was started with, on the disk.</summary>
    public static string Disk { get; private set; } = "";

    /// <summary>A new folder's path on the disk, for a test of what the disk does.</summary>
    public static string OnDisk(string prefix) => Path.Combine(Disk, prefix + Guid.NewGuid().ToString("N"));

    [System.Runtime.CompilerServices.ModuleInitializer]
    internal static void Initialize()
    {
        Disk = Path.GetTempPath();
        UseRamWhenThere();
        TestCacheFolder.UseOwn();
    }

    private static void UseRamWhenThere()
    {
        if (Environment.GetEnvironmentVariable("TMPDIR") is { Length: > 0 } || !IsExecutableTmpfs(Ram))
        {
            return;
        }

        SweepFoldersOfEndedRuns();
        var folder = Path.Combine(Ram, $"dp-tests-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        Environment.SetEnvironmentVariable("TMPDIR", folder);
        // Whatever a test leaves behind would hold memory until the machine restarts.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Delete(folder);
    }

    // A line of /proc/mounts: device, mount point, type, options.
    private static bool IsExecutableTmpfs(string mountPoint)
    {
        try
        {
            return File.Exists("/proc/mounts") && File.ReadLines("/proc/mounts")
                .Select(line => line.Split(' '))
                .Any(f => f.Length > 3 && f[1] == mountPoint && f[2] == "tmpfs" && !f[3].Split(',').Contains("noexec") && !f[3].Split(',').Contains("ro"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    // A test host ended without its exit handlers (killed, or the runner's timeout) left its folder.
    private static void SweepFoldersOfEndedRuns()
    {
        foreach (var folder in Directory.EnumerateDirectories(Ram, "dp-tests-*"))
        {
            if (int.TryParse(Path.GetFileName(folder)["dp-tests-".Length..], System.Globalization.CultureInfo.InvariantCulture, out var pid) && !Directory.Exists($"/proc/{pid}"))
            {
                Delete(folder);
            }
        }
    }

    private static void Delete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Another test host's folder being swept at the same time, or a file a test made read-only.
        }
    }
}
