namespace DecisionsPortal.Tests.Support.Browser;

/// <summary>
/// Finds Debian's Chromium, installing it with apt-get when it is missing and we may (root on
/// Debian, as on CI and a fresh machine of this project's kind). A browser test never skips: if
/// Chromium cannot be had, it fails saying how to install it.
/// </summary>
public static class Chromium
{
    public const string Path = "/usr/bin/chromium";

    private static readonly Lazy<string> Installed = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string Executable => Installed.Value;

    private static string Install()
    {
        if (File.Exists(Path))
        {
            return Path;
        }

        Processes.TryAptInstall("chromium");

        return File.Exists(Path)
            ? Path
            : throw new InvalidOperationException($"Chromium is needed for the browser tests and was not found at {Path}; install it with: sudo apt-get install chromium");
    }
}
