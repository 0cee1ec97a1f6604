namespace DecisionsPortal.Tests.Support.Browser;

/// <summary>
/// Finds Debian's headless Chromium (<c>chromium-headless-shell</c>, the build Playwright itself
/// runs headless), installing it with apt-get when it is missing and we may (root on Debian, as
/// on CI and a fresh machine of this project's kind). The same Blink and V8 as the browser, without
/// the browser's own windows and services, which cost the tests CPU for nothing (bench/RESULTS.md,
/// session 40). A browser test never skips: if it cannot be had, it fails saying how to install it.
/// </summary>
public static class Chromium
{
    public const string Path = "/usr/bin/chromium-headless-shell";

    public const string Package = "chromium-headless-shell";

    private static readonly Lazy<string> Installed = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string Executable => Installed.Value;

    private static string Install()
    {
        if (File.Exists(Path))
        {
            return Path;
        }

        Processes.TryAptInstall(Package);

        return File.Exists(Path)
            ? Path
            : throw new InvalidOperationException($"Chromium is needed for the browser tests and was not found at {Path}; install it with: sudo apt-get install {Package}");
    }
}
