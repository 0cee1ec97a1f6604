using System.Diagnostics;

namespace DecisionsPortal.Tests.Support;

/// <summary>
/// Runs the generator as its own process, as CI and editors do, for tests that depend on the
/// process's environment (GITHUB_ACTIONS) and so must not change the test process's own.
/// </summary>
public static class GeneratorProcess
{
    public static (int Exit, string Out, string Err) Run(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "DecisionsPortal.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the generator did not finish in 2 minutes");
        }

        return (process.ExitCode, stdout, stderr.Result);
    }
}
