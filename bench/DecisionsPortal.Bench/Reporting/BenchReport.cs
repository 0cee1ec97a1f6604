using System.Globalization;
using System.Text;
using DecisionsPortal.Bench.Measuring;

namespace DecisionsPortal.Bench.Reporting;

/// <summary>The results of one harness run as Markdown: machine, table, and each target of issue 18 met or not.</summary>
public sealed record BenchReport(MachineInfo Machine, DateTime MeasuredUtc, string Command, string? Note, IReadOnlyList<SizeResult> Sizes, ServeProbe.Result? Serve)
{
    public const string Start = "<!-- bench:results:start (written by bench/DecisionsPortal.Bench; edit outside these markers) -->";
    public const string End = "<!-- bench:results:end -->";

    /// <summary>Where both tools wrote their outputs, and on which file system.</summary>
    public string? Outputs { get; init; }

    public string ToMarkdown()
    {
        var md = new StringBuilder();
        var m = Machine;
        md.AppendLine(Invariant($"Measured {MeasuredUtc:yyyy-MM-dd HH:mm} UTC with `{Command}`."));
        md.AppendLine();
        md.AppendLine(Invariant($"Machine: {m.Processors} × {m.CpuModel}, {m.MemoryMegabytes:N0} MB memory, {m.Os}; .NET {m.DotnetVersion}; {m.HugoVersion ?? "Hugo not installed"}."));
        if (Outputs is not null)
        {
            md.AppendLine();
            md.AppendLine("Outputs written to " + Outputs + ".");
        }

        if (Note is not null)
        {
            md.AppendLine();
            md.AppendLine("Conditions: " + Note);
        }

        md.AppendLine();
        md.AppendLine("| decisions / language | outputs on | build | wall | CPU (user+sys) | peak RSS | written to disk | pages | files | output | load avg before |");
        md.AppendLine("| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        foreach (var size in Sizes)
        {
            Row(md, size, "DecisionsPortal (installed tool), clean output", size.Portal);
            Row(md, size, "DecisionsPortal, rebuild into its unchanged output", size.Rebuild);
            if (size.Hugo is { } hugo)
            {
                Row(md, size, hugo.Tool + ", clean output", hugo);
                Row(md, size, hugo.Tool + ", rebuild into its unchanged output", size.HugoRebuild!);
                md.AppendLine(Invariant($"| {size.Size:N0} | {size.Location} | **ratio DecisionsPortal / Hugo, clean** (median of the runs' ratios) | **{PairRatio(size.Portal, hugo, r => r.Wall.TotalSeconds)}** | {PairRatio(size.Portal, hugo, r => r.Cpu.TotalSeconds)} | {PairRatio(size.Portal, hugo, r => r.PeakRssKilobytes)} | | | | {(double)size.Portal.Output.Bytes / hugo.Output.Bytes:0.00} × | |"));
                md.AppendLine(Invariant($"| {size.Size:N0} | {size.Location} | ratio DecisionsPortal / Hugo, rebuild | {PairRatio(size.Rebuild, size.HugoRebuild!, r => r.Wall.TotalSeconds)} | {PairRatio(size.Rebuild, size.HugoRebuild!, r => r.Cpu.TotalSeconds)} | {PairRatio(size.Rebuild, size.HugoRebuild!, r => r.PeakRssKilobytes)} | | | | | |"));
            }
        }

        md.AppendLine();
        md.AppendLine("Targets of issue 18 (from the rows on disk):");
        md.AppendLine();
        foreach (var line in Targets())
        {
            md.AppendLine("- " + line);
        }

        foreach (var size in Sizes.Where(s => s.Timings.Length > 0))
        {
            md.AppendLine();
            md.AppendLine(Invariant($"Stage times of the clean build at {size.Size:N0} (`--timings`):"));
            md.AppendLine();
            md.AppendLine("```");
            md.AppendLine(size.Timings.TrimEnd());
            md.AppendLine("```");
        }

        return md.ToString();
    }

    // The rows the targets are judged on: the first location measured (the disk, by default).
    private IReadOnlyList<SizeResult> Judged => Sizes.Where(s => s.Location == Sizes[0].Location).ToList();

    private IEnumerable<string> Targets()
    {
        foreach (var size in Judged.Where(s => s.Size >= 2_000))
        {
            if (size.Hugo is not { } hugo)
            {
                yield return Invariant($"{size.Size:N0} a language against Hugo: not measured (Hugo not installed)");
                continue;
            }

            var wall = Median(size.Portal, hugo, r => r.Wall.TotalSeconds);
            var cpu = Median(size.Portal, hugo, r => r.Cpu.TotalSeconds);
            var rss = Median(size.Portal, hugo, r => r.PeakRssKilobytes);
            yield return Invariant($"{size.Size:N0} a language ({size.Location}): wall ≤ 0.5 × Hugo's: {Mark(wall <= 0.5)} {wall:0.00} ×; CPU ≤ 0.7 ×: {Mark(cpu <= 0.7)} {cpu:0.00} ×; peak memory below Hugo's: {Mark(rss < 1)} {rss:0.00} ×");
        }

        if (!Judged.Any(s => s.Size == 50_000))
        {
            yield return "50,000 a language: not measured in this run";
        }

        var ten = Judged.FirstOrDefault(s => s.Size == 10_000);
        var fifty = Judged.FirstOrDefault(s => s.Size == 50_000);
        if (ten is not null && fifty is not null)
        {
            var growth = fifty.Portal.Median.Wall / ten.Portal.Median.Wall;
            yield return Invariant($"50,000 at ≤ 5.5 × the 10,000 time: {Mark(growth <= 5.5)} {growth:0.00} ×");
        }
        else
        {
            yield return "linear growth 10,000 → 50,000: not measured (needs --sizes 10000,50000)";
        }

        if (Judged.MaxBy(s => s.Size) is { } largest && largest.Portal.Output.Bytes > 0)
        {
            var perThousand = largest.Portal.Output.Bytes * 1000.0 / largest.Size;
            var filesPerThousand = largest.Portal.Output.Files * 1000.0 / largest.Size;
            var twenty = perThousand * 20;
            yield return Invariant($"20,000 a language fit GitHub Pages' 1 GB: {Mark(twenty <= 1e9)} ≈ {twenty / 1e6:N0} MB ({perThousand / 1e6:0.0} MB and {filesPerThousand:N0} files per 1,000 decisions a language, from the {largest.Size:N0} build; 1 GB holds ≈ {1e9 / perThousand * 1000:N0} a language)");
        }

        yield return Serve switch
        {
            null => "serve, one-decision edit at 10,000 in ≤ 300 ms: not measured (--no-serve, or 10000 not among the sizes)",
            { Present: false } s => $"serve, one-decision edit at 10,000 in ≤ 300 ms: {s.Note}",
            { Median: { } median } s => Invariant($"serve, one-decision edit at 10,000 in ≤ 300 ms: {Mark(median.TotalMilliseconds <= 300)} median {median.TotalMilliseconds:0} ms of {s.Edits.Count} edits ({string.Join(", ", s.Edits.Select(e => e.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)))} ms); search index of the edit after a median {s.IndexedMedian?.TotalMilliseconds:0} ms{(s.Note.Length > 0 ? "; " + s.Note : "")}"),
            var s => $"serve, one-decision edit at 10,000 in ≤ 300 ms: failed: {s.Note}",
        };

        var search = (ten ?? Judged.LastOrDefault())?.Search ?? [];
        if (search.Count == 0)
        {
            yield return "one-word query at 10,000 in ≤ 100 KB: search index not present";
        }
        else
        {
            foreach (var payload in search)
            {
                yield return Invariant($"one-word query in ≤ 100 KB ({payload.Folder}, '{payload.Word}', the most common word: scripts {Kb(payload.ScriptBytes)} + manifest {Kb(payload.ManifestBytes)} + {payload.Shards} shard(s) {Kb(payload.ShardBytes)} + document table {Kb(payload.DocumentBytes)} + first page's metadata ({payload.Chunks} chunks) {Kb(payload.MetadataBytes)}; {payload.IndexFiles} index files): {Mark(payload.QueryBytes <= 100 * 1024)} {Kb(payload.QueryBytes)}, of which before the results are shown (all but the document table) {Kb(payload.FirstResultsBytes)}");
            }
        }
    }

    /// <summary>Replaces the generated section of the results file, keeping everything written around it.</summary>
    public void WriteInto(string file)
    {
        var generated = $"{Start}\n{ToMarkdown()}{End}";
        var text = File.Exists(file) ? File.ReadAllText(file) : "# Benchmark results\n\n";
        var start = text.IndexOf(Start, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        text = start >= 0 && end > start
            ? text[..start] + generated + text[(end + End.Length)..]
            : text.TrimEnd() + "\n\n## Latest run\n\n" + generated + "\n";
        File.WriteAllText(file, text);
    }

    private static void Row(StringBuilder md, SizeResult size, string label, ToolResult result)
    {
        var r = result.Median;
        var runs = result.Runs.Count > 1 ? Invariant($" (median of {result.Runs.Count})") : "";
        var failed = r.Succeeded ? "" : Invariant($" **failed, exit {r.ExitCode}**");
        md.AppendLine(Invariant($"| {size.Size:N0} | {size.Location} | {label}{runs}{failed} | {r.Wall.TotalSeconds:0.00} s | {r.Cpu.TotalSeconds:0.00} s | {r.PeakRssKilobytes / 1024.0:N0} MB | {r.WrittenBytes / 1048576.0:N1} MB | {result.Output.Pages:N0} | {result.Output.Files:N0} | {result.Output.Bytes / 1048576.0:N1} MB | {result.LoadAverage} |"));
    }

    // Run i of one tool against run i of the other (they ran one after the other), then the
    // median of those ratios: steadier than a ratio of medians while the load swings.
    private static double Median(ToolResult ours, ToolResult theirs, Func<RunMeasurement, double> measure)
    {
        var ratios = ours.Runs.Zip(theirs.Runs, (a, b) => measure(a) / measure(b)).Order().ToList();
        return ratios.Count == 0 ? double.NaN : ratios[ratios.Count / 2];
    }

    private static string PairRatio(ToolResult ours, ToolResult theirs, Func<RunMeasurement, double> measure) =>
        Invariant($"{Median(ours, theirs, measure):0.00} ×");

    private static string Ratio(TimeSpan ours, TimeSpan theirs) => Invariant($"{ours / theirs:0.00} ×");

    private static string Ratio(long ours, long theirs) => Invariant($"{(double)ours / theirs:0.00} ×");

    private static string Kb(long bytes) => Invariant($"{bytes / 1024.0:0.0} KB");

    private static string Mark(bool met) => met ? "**met**" : "**not met**";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
