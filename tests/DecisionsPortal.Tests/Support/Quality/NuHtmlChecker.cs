using System.Text.Json;

namespace DecisionsPortal.Tests.Support.Quality;

/// <summary>
/// The Nu HTML Checker (vnu, the W3C validator's engine) from the pinned <c>vnu-jar</c> npm
/// package, run with Java. It is installed once into a cache folder outside the repository
/// (npm with --ignore-scripts: its postinstall would try to download a Java of its own), and
/// every check is one batch run over whole folders, since each Java start costs seconds.
/// </summary>
public static class NuHtmlChecker
{
    public const string Version = "26.9.27";

    private static readonly Lazy<string> Jar = new(InstallJar, LazyThreadSafetyMode.ExecutionAndPublication);

    public sealed record Message(string File, int Line, int Column, string Text, string Extract)
    {
        public override string ToString() => $"{File}({Line},{Column}): {Text}  ⟨{Extract.ReplaceLineEndings(" ").Trim()}⟩";
    }

    /// <summary>Every error in the HTML files under the folders (or of the files), as the checker reports it.</summary>
    public static IReadOnlyList<Message> Errors(params string[] foldersOrFiles)
    {
        // One run checks the run's ~750 pages in seconds: the JVM's optimising compiler (C2) costs
        // more CPU than it wins back in so short a run, so only C1 compiles (same messages, less
        // CPU: bench/RESULTS.md). C1's frames are larger: the schema's deep
        // recursion overflows 1 MB of stack there, so the stack is 8 MB.
        var result = Processes.Run(Java.Executable,
            ["-Xss8m", "-XX:TieredStopAtLevel=1", "-jar", Jar.Value, "--format", "json", "--errors-only", "--skip-non-html", .. foldersOrFiles],
            TimeSpan.FromMinutes(5));

        // vnu prints its JSON report to stderr; the exit code is non-zero whenever it found errors.
        var json = result.Error.Trim();
        if (!json.StartsWith('{'))
        {
            throw new InvalidOperationException($"the Nu HTML Checker did not report (exit {result.ExitCode}): {result.Error}{result.Output}");
        }

        using var report = JsonDocument.Parse(json);
        var messages = new List<Message>();
        foreach (var message in report.RootElement.GetProperty("messages").EnumerateArray())
        {
            var type = message.GetProperty("type").GetString();
            if (type is not ("error" or "non-document-error"))
            {
                continue;
            }

            messages.Add(new Message(
                FilePath(message.TryGetProperty("url", out var url) ? url.GetString() ?? "" : ""),
                message.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0,
                message.TryGetProperty("firstColumn", out var column) ? column.GetInt32() : 0,
                message.GetProperty("message").GetString() ?? "",
                message.TryGetProperty("extract", out var extract) ? extract.GetString() ?? "" : ""));
        }

        return messages;
    }

    private static string FilePath(string url) =>
        url.StartsWith("file:", StringComparison.Ordinal) ? Uri.UnescapeDataString(url["file:".Length..]) : url;

    private static string InstallJar()
    {
        // Outside the repository, kept between runs; a CI without HOME falls back to the temp folder.
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var root = string.IsNullOrEmpty(home) ? Path.GetTempPath() : Path.Combine(home, ".cache");
        var cache = Path.Combine(root, "decisions-portal", "vnu-jar-" + Version);
        var jar = Path.Combine(cache, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        if (File.Exists(jar))
        {
            return jar;
        }

        if (!Processes.IsOnPath("npm"))
        {
            Processes.TryAptInstall("npm");
        }

        var staging = cache + ".part-" + Environment.ProcessId;
        Directory.CreateDirectory(staging);
        var install = Processes.Run("npm",
            ["install", "--prefix", staging, "--no-save", "--no-package-lock", "--no-audit", "--no-fund", "--ignore-scripts", "vnu-jar@" + Version],
            TimeSpan.FromMinutes(5), staging);
        if (install.ExitCode != 0)
        {
            throw new InvalidOperationException($"npm could not install vnu-jar@{Version}: {install.Error}");
        }

        // Moved into place whole, so an interrupted install never leaves a half cache behind.
        try
        {
            Directory.Move(staging, cache);
        }
        catch (IOException) when (File.Exists(jar))
        {
            Directory.Delete(staging, recursive: true);
        }

        return File.Exists(jar) ? jar : throw new InvalidOperationException($"vnu-jar@{Version} installed, but {jar} is missing");
    }
}
