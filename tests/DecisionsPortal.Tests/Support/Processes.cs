using System.Diagnostics;

namespace DecisionsPortal.Tests.Support;

/// <summary>Runs a helper program to its end and hands back what it printed.</summary>
public static class Processes
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static Result Run(string command, IEnumerable<string> arguments, TimeSpan timeout, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(command, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{command} {string.Join(' ', arguments)}' did not finish within {timeout.TotalSeconds:0} s");
        }

        process.WaitForExit();
        return new Result(process.ExitCode, output.Result, error.Result);
    }

    public static bool IsOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, program)));

    private static readonly Lock Apt = new();

    /// <summary>
    /// Installs Debian packages when we may (root with apt-get, as on CI and a fresh machine).
    /// One install at a time: the browser and the validator tests may both need one at once,
    /// and a second apt-get would fail on dpkg's lock.
    /// </summary>
    public static bool TryAptInstall(params string[] packages)
    {
        if (!File.Exists("/usr/bin/apt-get") || Environment.UserName != "root")
        {
            return false;
        }

        lock (Apt)
        {
            Run("apt-get", ["-o", "DPkg::Lock::Timeout=300", "update", "-qq"], TimeSpan.FromMinutes(5));
            var result = Run("apt-get", ["-o", "DPkg::Lock::Timeout=300", "install", "-y", "-qq", "--no-install-recommends", .. packages], TimeSpan.FromMinutes(15));
            return result.ExitCode == 0 ? true : throw new InvalidOperationException($"apt-get install {string.Join(' ', packages)} failed: {result.Error}");
        }
    }
}
