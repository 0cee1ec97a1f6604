using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace DecisionsPortal.Bench.Measuring;

/// <summary>
/// The incremental rebuild of <c>serve</c>, measured from outside: start <c>serve</c> on the
/// corpus, wait for its first build, append a unique word to one decision file, and time how
/// long until that word is in the decision's page in the output folder (or, if serve keeps pages
/// in memory, in the page it serves). Every second edit also appends a sentence with a form new
/// to the corpus of a word most decisions hold (<see cref="NewForm"/>), as nearly any sentence an
/// editor types does; the edit after it takes the form out again. Timing <c>build</c> after
/// touching a file is not the same thing: it pays for start-up and the whole site every time.
/// serve builds into a private folder, so the page is read over HTTP; after each edit serve's
/// own account (<c>/_serve/status</c>: files rendered and written, each stage's time) is logged.
/// A serve that publishes the page before its search index (status <c>indexed</c> false) is also
/// timed until the index is of the edit (<see cref="Result.Indexed"/>); for one that publishes all
/// at once, that is when its status has the build's version.
/// </summary>
public static class ServeProbe
{
    /// <summary>"ehdotuksen": the corpus says only "Ehdotus hyväksyttiin.", so the form brings the class of ehdotus a term.</summary>
    public const string NewForm = "Kaupunginhallitus päättää hyväksyä ehdotuksen.";

    public sealed record Result(bool Present, IReadOnlyList<TimeSpan> Edits, string Note)
    {
        public TimeSpan? Median => Edits.Count == 0 ? null : Edits.Order().ElementAt(Edits.Count / 2);

        /// <summary>Of each edit, the time until serve's search index was of it too.</summary>
        public IReadOnlyList<TimeSpan> Indexed { get; init; } = [];

        public TimeSpan? IndexedMedian => Indexed.Count == 0 ? null : Indexed.Order().ElementAt(Indexed.Count / 2);
    }

    // "serve --help" succeeds even without a serve command (System.CommandLine then shows the
    // root help), so look for the command's own usage line.
    public static bool IsAvailable(string generatorDll)
    {
        var (exit, output, _) = ProcessMeter.Run("dotnet", [generatorDll, "serve", "--help"], workingDirectory: null);
        return exit == 0 && output.Contains(" serve [options]", StringComparison.Ordinal);
    }

    /// <param name="temporaryFolder">serve's temporary folder (TMPDIR), where it builds; null: the system's.</param>
    public static Result Measure(string generatorDll, string configPath, string sourceFile, string pageUrlPath, TextWriter log, int edits = 3, string? temporaryFolder = null)
    {
        if (!IsAvailable(generatorDll))
        {
            return new Result(false, [], "serve command not present: incremental rebuild not measured");
        }

        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        // --lang en: the probe waits for the English "Serving …" line, whatever the site's editor_language.
        foreach (var argument in new[] { generatorDll, "serve", "--config", configPath, "--lang", "en", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        var before = new HashSet<string>(StringComparer.Ordinal);
        if (temporaryFolder is not null)
        {
            Directory.CreateDirectory(temporaryFolder);
            before.UnionWith(Directory.EnumerateFileSystemEntries(temporaryFolder));
            start.Environment["TMPDIR"] = temporaryFolder;

            // A cache folder of this probe's own, so that what serve finds there is not the history of earlier runs.
            start.Environment["DECISIONSPORTAL_CACHE"] = Path.Combine(temporaryFolder, $"cache-{Guid.NewGuid():N}");
        }

        var original = File.ReadAllText(sourceFile);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start serve");
        // serve prints "Serving …" once it watches the sources: an edit before that could go unseen.
        var watching = false;
        process.OutputDataReceived += (_, e) => watching |= e.Data?.StartsWith("Serving ", StringComparison.Ordinal) == true;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(2) };
        var timings = new List<TimeSpan>();
        var indexed = new List<TimeSpan>();
        try
        {
            if (!WaitUntil(() => Volatile.Read(ref watching) && Contains(http, pageUrlPath, "</html>"), TimeSpan.FromMinutes(5)))
            {
                return new Result(true, [], "serve started but its first build did not appear within 5 minutes");
            }

            Thread.Sleep(1000);
            for (var i = 0; i < edits; i++)
            {
                var marker = $"benchmarkmarker{i}x{Environment.ProcessId}";
                var version = Version(Status(http));
                var clock = Stopwatch.StartNew();
                File.WriteAllText(sourceFile, original.TrimEnd() + " " + marker + (i % 2 == 1 ? ". " + NewForm : "") + "\n");
                if (!WaitUntil(() => Contains(http, pageUrlPath, marker), TimeSpan.FromSeconds(120)))
                {
                    return new Result(true, timings, $"edit {i + 1} did not show up within 120 s");
                }

                timings.Add(clock.Elapsed);

                // serve publishes its status just after writing the files: wait for this build's, with its index.
                var status = "";
                WaitUntil(() => Version(status = Status(http)) > version && Indexed(status), TimeSpan.FromSeconds(120));
                indexed.Add(clock.Elapsed);
                log.WriteLine($"  serve: edit {i + 1}{(i % 2 == 1 ? " (with a new form)" : "")} visible after {timings[^1].TotalMilliseconds:0} ms, its search index after {indexed[^1].TotalMilliseconds:0} ms; serve says {status}");
                Thread.Sleep(500);
            }

            return new Result(true, timings, "") { Indexed = indexed };
        }
        finally
        {
            File.WriteAllText(sourceFile, original);
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            process.WaitForExit();

            // A killed serve leaves its build folder behind: remove what it made in the folder it was given.
            foreach (var left in temporaryFolder is null ? [] : Directory.EnumerateFileSystemEntries(temporaryFolder).Where(e => !before.Contains(e)).ToList())
            {
                if (Directory.Exists(left))
                {
                    Directory.Delete(left, recursive: true);
                }
                else
                {
                    File.Delete(left);
                }
            }
        }
    }

    // Over HTTP only: serve builds into a folder of its own, so a page on disk in the corpus's
    // output folder is an earlier build's and never changes.
    private static bool Contains(HttpClient http, string urlPath, string text)
    {
        try
        {
            return http.GetStringAsync(urlPath).GetAwaiter().GetResult().Contains(text, StringComparison.Ordinal);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    private static int Version(string status)
    {
        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(status);
            return json.RootElement.GetProperty("version").GetInt32();
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return -1;
        }
    }

    // A serve whose status does not say is one that publishes the index with the pages.
    private static bool Indexed(string status)
    {
        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(status);
            return !json.RootElement.TryGetProperty("indexed", out var value) || value.ValueKind != System.Text.Json.JsonValueKind.False;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    private static string Status(HttpClient http)
    {
        try
        {
            return http.GetStringAsync("_serve/status").GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return "(no status: " + e.Message + ")";
        }
    }

    private static bool WaitUntil(Func<bool> condition, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (condition())
            {
                return true;
            }

            Thread.Sleep(5);
        }

        return false;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
