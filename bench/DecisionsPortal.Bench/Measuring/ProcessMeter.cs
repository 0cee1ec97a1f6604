using System.Diagnostics;
using System.Globalization;

namespace DecisionsPortal.Bench.Measuring;

/// <summary>
/// Runs a command and measures it. CPU, peak RSS and the bytes the process wrote to a block
/// device (rusage's output blocks: the pages it dirtied on a disk; none on tmpfs) come from GNU time (<c>/usr/bin/time</c>),
/// which reads them from wait4's rusage when the process ends: exact, with no sampling gap,
/// and including every thread. Wall time is our own stopwatch around the process.
/// Without GNU time, <see cref="EnsureGnuTime"/> installs it (Debian's package <c>time</c>).
/// </summary>
public static class ProcessMeter
{
    public const string GnuTime = "/usr/bin/time";

    public static void EnsureGnuTime(TextWriter log)
    {
        if (File.Exists(GnuTime))
        {
            return;
        }

        log.WriteLine("GNU time is missing: installing Debian's 'time' package (apt-get install time)");
        var result = Run("apt-get", ["install", "-y", "-q", "time"], workingDirectory: null);
        if (!File.Exists(GnuTime))
        {
            throw new InvalidOperationException($"could not install GNU time (apt-get exit {result.ExitCode}); install the 'time' package and run again");
        }
    }

    public static RunMeasurement Measure(string command, IReadOnlyList<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var report = Path.GetTempFileName();
        try
        {
            var clock = Stopwatch.StartNew();
            var result = Run(GnuTime, ["-f", "%U %S %M %O", "-o", report, command, .. arguments], workingDirectory, environment);
            clock.Stop();

            // time writes "Command exited with non-zero status N" before the format line when the command failed.
            var fields = File.ReadAllLines(report).Last(l => l.Length > 0).Split(' ');
            return new RunMeasurement(
                clock.Elapsed,
                TimeSpan.FromSeconds(double.Parse(fields[0], CultureInfo.InvariantCulture)),
                TimeSpan.FromSeconds(double.Parse(fields[1], CultureInfo.InvariantCulture)),
                long.Parse(fields[2], CultureInfo.InvariantCulture),
                result.ExitCode,
                long.Parse(fields[3], CultureInfo.InvariantCulture) * 512,
                result.StandardOutput,
                result.StandardError);
        }
        finally
        {
            File.Delete(report);
        }
    }

    public static (int ExitCode, string StandardOutput, string StandardError) Run(
        string command, IReadOnlyList<string> arguments, string? workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(command)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {command}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }
}
