using System.ComponentModel;
using System.Globalization;
using System.Text.RegularExpressions;
using DecisionsPortal.Bench.Corpus;
using DecisionsPortal.Bench.Measuring;
using DecisionsPortal.Bench.Reporting;

namespace DecisionsPortal.Bench;

/// <summary>
/// One harness run: per size, write (or reuse) the corpus as a DecisionsPortal site and a Hugo
/// site; per output location (disk, tmpfs) build each with the installed tool as a separate
/// process from a clean output folder and again over its own output, the two tools alternating
/// run by run; measure the search payload, and at 10,000 probe serve's incremental rebuild.
/// </summary>
public sealed partial class BenchRunner(BenchOptions options, string repositoryRoot, TextWriter log)
{
    private const int PageSize = 20;

    // Entries per feed; Hugo's rssLimit is set to the same.
    private const int FeedSize = 20;

    private readonly RetiredOutputs retired = new();

    public BenchReport Run(string command)
    {
        ProcessMeter.EnsureGnuTime(log);
        if (options.ServeOnly)
        {
            return ServeOnly(command, options.Generator ?? (options.BuildGenerator ? BuildGenerator() : ReleaseBuild()));
        }

        // What users run: the packed tool, installed; --generator measures a DLL instead.
        IReadOnlyList<string> generator = options.Generator is { } dll ? ["dotnet", dll] : [InstalledTool.Install(repositoryRoot, options.WorkDirectory, log, reuse: !options.Pack)];

        var hugoVersion = options.Hugo ? HugoVersion() : null;
        log.WriteLine(hugoVersion is null ? "Hugo: not measured" : $"Hugo: {hugoVersion}");
        var corpus = SyntheticCorpus.FromRepository(repositoryRoot);
        log.WriteLine($"Corpus: {corpus.Describe()}");

        log.WriteLine($"Outputs: {string.Join("; ", options.Locations.Select(Describe))}");
        log.WriteLine($"Generator: {string.Join(' ', generator)}");
        var sizes = new List<SizeResult>();
        ServeProbe.Result? serve = null;
        try
        {
            foreach (var size in options.Sizes)
            {
                PortalSite? portal = null;
                foreach (var location in options.Locations)
                {
                    var (result, site) = RunSize(corpus, size, generator, hugoVersion, location);
                    sizes.Add(result);
                    portal = site;
                }

                if (options.Serve && size == 10_000 && portal is not null)
                {
                    serve = ProbeServe(corpus, portal, options.Generator ?? (options.BuildGenerator ? BuildGenerator() : ReleaseBuild()));
                }
            }
        }
        finally
        {
            retired.DeleteAll(log);
        }

        return new BenchReport(MachineInfo.Detect(hugoVersion), DateTime.UtcNow, command, options.Note, sizes, serve) { Outputs = Outputs() };
    }

    // For the results: where both tools wrote, and on which file system (it changes the wall times).
    private string Outputs() => string.Join("; ", options.Locations.Select(Describe)) + "; moved aside after each size and deleted when the run was over (no measured build follows a deletion); our clean build starts with an empty cache folder (`DECISIONSPORTAL_CACHE`: PDF texts, dictionary answers), as Hugo's starts without its resources folder, and our rebuild finds what the clean build kept";

    private string Describe(string? root) => root is null
        ? $"beside each corpus (`<corpus>/public`) in {OutputLocation.Describe(options.WorkDirectory)}"
        : $"{OutputLocation.Describe(Path.Combine(root, "decisionsportal-bench"))}, `<size>/portal` and `<size>/hugo`";

    private (SizeResult Result, PortalSite Site) RunSize(SyntheticCorpus corpus, int size, IReadOnlyList<string> generator, string? hugoVersion, string? root)
    {
        var folder = Path.Combine(options.WorkDirectory, size.ToString(CultureInfo.InvariantCulture));
        var templates = Path.Combine(repositoryRoot, "templates");
        var portal = new PortalSite(Path.Combine(folder, "portal"), templates, PageSize);
        var hugo = hugoVersion is null ? null
            : new HugoSite(Path.Combine(folder, "hugo"), Path.Combine(templates, "i18n"), Path.Combine(templates, "assets", "site.css"), PageSize, FeedSize);
        var sites = hugo is null ? new ICorpusSite[] { portal } : [portal, hugo];
        var portalOutput = OutputLocation.For(root, portal.Root, size, "portal");
        var hugoOutput = OutputLocation.For(root, Path.Combine(folder, "hugo"), size, "hugo");
        var location = OutputLocation.Label(root, options.WorkDirectory);

        log.WriteLine($"\n== {size:N0} decisions a language ({folder}), outputs on {location}");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var written = CorpusWriter.Ensure(corpus, size, sites, Path.Combine(folder, hugo is null ? "corpus-portal.stamp" : "corpus.stamp"));
        log.WriteLine(written ? $"  corpus written in {clock.Elapsed.TotalSeconds:0.0} s" : "  corpus reused");

        var portalRuns = new List<RunMeasurement>();
        var rebuildRuns = new List<RunMeasurement>();
        var hugoRuns = new List<RunMeasurement>();
        var hugoRebuildRuns = new List<RunMeasurement>();
        string portalLoad = "", rebuildLoad = "", hugoLoad = "", hugoRebuildLoad = "";
        string[] hugoArguments = hugo is null ? [] : ["--source", hugo.Root, "--destination", hugoOutput, "--quiet"];
        // A clean build starts with an empty cache folder (the PDFs' texts, the dictionaries'
        // answers), as Hugo's starts without its resources folder; the rebuild finds what it kept.
        var cache = new Dictionary<string, string> { ["DECISIONSPORTAL_CACHE"] = Path.Combine(folder, "portal-cache") };

        // The tools alternate run by run (ours, Hugo, ours, …), so a change of the machine's load
        // falls on both, and each run's ratio compares neighbours.
        for (var run = 0; run < options.Runs; run++)
        {
            retired.Retire(portalOutput);
            retired.Retire(cache["DECISIONSPORTAL_CACHE"]);
            portalLoad = Load();
            portalRuns.Add(Report("DecisionsPortal", ProcessMeter.Measure(generator[0], BuildArguments(generator, portal, portalOutput), portal.Root, cache)));
            if (hugo is not null)
            {
                retired.Retire(hugoOutput);
                retired.Retire(Path.Combine(hugo.Root, "resources"));
                hugoLoad = Load();
                hugoRuns.Add(Report("Hugo", ProcessMeter.Measure("hugo", hugoArguments, hugo.Root)));
            }

            rebuildLoad = Load();
            rebuildRuns.Add(Report("DecisionsPortal rebuild", ProcessMeter.Measure(generator[0], BuildArguments(generator, portal, portalOutput), portal.Root, cache)));
            if (hugo is not null)
            {
                hugoRebuildLoad = Load();
                hugoRebuildRuns.Add(Report("Hugo rebuild", ProcessMeter.Measure("hugo", hugoArguments, hugo.Root)));
            }
        }

        var portalResult = new ToolResult("DecisionsPortal", portalRuns, OutputStats.Of(portalOutput), portalLoad);
        var hugoStats = hugo is null ? null : OutputStats.Of(hugoOutput);
        var search = SearchPayload.Find(portalOutput);
        log.WriteLine(search.Count == 0 ? "  search index not present" : string.Join("\n", search.Select(s => $"  search {s.Folder}: one-word query '{s.Word}' {s.QueryBytes / 1024.0:0.0} KB, {s.FirstResultsBytes / 1024.0:0.0} KB before the results are shown")));

        // What one size wrote is not kept past its measurement (memory); deleted when the run is over.
        retired.Retire(portalOutput);
        retired.Retire(hugoOutput);
        retired.Retire(cache["DECISIONSPORTAL_CACHE"]);

        var timings = options.Timings ? string.Join("\n", portalRuns[^1].StandardError.Split('\n').Where(l => l.StartsWith("timing", StringComparison.Ordinal))) : "";
        return (new SizeResult(
            size,
            location,
            portalResult,
            new ToolResult("DecisionsPortal", rebuildRuns, portalResult.Output, rebuildLoad),
            hugo is null ? null : new ToolResult(hugoVersion!, hugoRuns, hugoStats!, hugoLoad),
            hugo is null ? null : new ToolResult(hugoVersion!, hugoRebuildRuns, hugoStats!, hugoRebuildLoad),
            search,
            timings), portal);
    }

    private BenchReport ServeOnly(string command, string generator)
    {
        var portal = new PortalSite(Path.Combine(options.WorkDirectory, "10000", "portal"), Path.Combine(repositoryRoot, "templates"), PageSize);
        if (!File.Exists(portal.ConfigPath))
        {
            throw new InvalidOperationException($"--serve-only needs the 10,000 corpus in {portal.Root} (run the harness with --sizes 10000 once)");
        }

        var serve = ProbeServe(SyntheticCorpus.FromRepository(repositoryRoot), portal, generator);
        return new BenchReport(MachineInfo.Detect(null), DateTime.UtcNow, command, options.Note, [], serve);
    }

    private ServeProbe.Result ProbeServe(SyntheticCorpus corpus, PortalSite portal, string generator)
    {
        var decision = corpus.Decision(0);
        var source = portal.FilePath("fi", decision);
        var page = $"fi/paatokset/{decision.Year}/{decision.Slug}/";
        log.WriteLine("  serve: probing the incremental rebuild");
        var result = ServeProbe.Measure(generator, portal.ConfigPath, source, "/" + page, log, edits: options.ServeEdits, temporaryFolder: options.ServeTemp);
        log.WriteLine(result.Present ? $"  serve: median {result.Median?.TotalMilliseconds:0} ms, its search index {result.IndexedMedian?.TotalMilliseconds:0} ms {result.Note}" : "  " + result.Note);
        return result;
    }

    // The command's arguments after its first word (the tool, or dotnet and the DLL).
    private IReadOnlyList<string> BuildArguments(IReadOnlyList<string> generator, PortalSite portal, string output) =>
        [.. generator.Skip(1), "build", "--config", portal.ConfigPath, "--output", output, .. options.Timings ? new[] { "--timings" } : []];

    private RunMeasurement Report(string what, RunMeasurement run)
    {
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {what,-24} wall {run.Wall.TotalSeconds,6:0.00} s  cpu {run.Cpu.TotalSeconds,6:0.00} s  rss {run.PeakRssKilobytes / 1024.0,6:0} MB  written {run.WrittenBytes / 1048576.0,6:0} MB  exit {run.ExitCode}  load {Load()}"));
        if (!run.Succeeded)
        {
            log.WriteLine(Tail(run.StandardError + run.StandardOutput));
        }

        return run;
    }

    private string BuildGenerator()
    {
        var project = Path.Combine(repositoryRoot, "generator", "DecisionsPortal.csproj");
        log.WriteLine("Building the generator (Release) …");
        var (exit, output, error) = ProcessMeter.Run("dotnet", ["build", project, "-c", "Release", "-nologo", "-v", "q"], repositoryRoot);
        if (exit != 0)
        {
            throw new InvalidOperationException("the generator did not build:\n" + Tail(output + error));
        }

        return ReleaseBuild();
    }

    private string ReleaseBuild() => Path.Combine(repositoryRoot, "generator", "bin", "Release", "net10.0", "DecisionsPortal.dll");

    private static string? HugoVersion()
    {
        try
        {
            var (exit, output, _) = ProcessMeter.Run("hugo", ["version"], workingDirectory: null);
            var match = HugoVersionPattern().Match(output);
            return exit == 0 && match.Success ? "Hugo " + match.Groups[1].Value : null;
        }
        catch (Win32Exception)
        {
            return null;
        }
    }

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "";

    private static string Tail(string text) => string.Join('\n', text.Split('\n').TakeLast(30));

    [GeneratedRegex(@"v(\d+\.\d+\.\d+)")]
    private static partial Regex HugoVersionPattern();
}
