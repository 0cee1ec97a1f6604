using System.Globalization;
using System.Text;
using DecisionsPortal.Bench.Measuring;

namespace DecisionsPortal.Bench.Reporting;

/// <summary>The results of one harness run as Markdown: machine, table, and each target of issue 9 met or not.</summary>
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
        md.AppendLine("| decisions / language | build | wall | CPU (user+sys) | peak RSS | pages | files | output | load avg before |");
        md.AppendLine("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        foreach (var size in Sizes)
        {
            Row(md, size.Size, "DecisionsPortal, clean output", size.Portal);
            Row(md, size.Size, "DecisionsPortal, unchanged rebuild", size.Rebuild);
            if (size.Hugo is { } hugo)
            {
                Row(md, size.Size, hugo.Tool + ", clean output", hugo);
                md.AppendLine(Invariant($"| {size.Size:N0} | **ratio DecisionsPortal / Hugo** | **{Ratio(size.Portal.Median.Wall, hugo.Median.Wall)}** | {Ratio(size.Portal.Median.Cpu, hugo.Median.Cpu)} | {Ratio(size.Portal.Median.PeakRssKilobytes, hugo.Median.PeakRssKilobytes)} | | | | |"));
            }
        }

        md.AppendLine();
        md.AppendLine("Targets of issue 9:");
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

    private IEnumerable<string> Targets()
    {
        var ten = Sizes.FirstOrDefault(s => s.Size == 10_000);
        if (ten?.Hugo is { } hugo)
        {
            var wall = ten.Portal.Median.Wall / hugo.Median.Wall;
            var rss = (double)ten.Portal.Median.PeakRssKilobytes / hugo.Median.PeakRssKilobytes;
            yield return Invariant($"10,000 a language at ≤ 0.5 × Hugo's wall time: {Mark(wall <= 0.5)} {wall:0.00} ×; peak memory below Hugo's: {Mark(rss < 1)} {rss:0.00} ×");
        }
        else
        {
            yield return "10,000 a language against Hugo: not measured (needs --sizes with 10000 and Hugo installed)";
        }

        var fifty = Sizes.FirstOrDefault(s => s.Size == 50_000);
        if (ten is not null && fifty is not null)
        {
            var growth = fifty.Portal.Median.Wall / ten.Portal.Median.Wall;
            yield return Invariant($"50,000 at ≤ 5.5 × the 10,000 time: {Mark(growth <= 5.5)} {growth:0.00} ×");
        }
        else
        {
            yield return "linear growth 10,000 → 50,000: not measured (needs --sizes 10000,50000)";
        }

        yield return Serve switch
        {
            null => "serve, one-decision edit at 10,000 in ≤ 300 ms: not measured (--no-serve, or 10000 not among the sizes)",
            { Present: false } s => $"serve, one-decision edit at 10,000 in ≤ 300 ms: {s.Note}",
            { Median: { } median } s => Invariant($"serve, one-decision edit at 10,000 in ≤ 300 ms: {Mark(median.TotalMilliseconds <= 300)} median {median.TotalMilliseconds:0} ms of {s.Edits.Count} edits ({string.Join(", ", s.Edits.Select(e => e.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)))} ms){(s.Note.Length > 0 ? "; " + s.Note : "")}"),
            var s => $"serve, one-decision edit at 10,000 in ≤ 300 ms: failed: {s.Note}",
        };

        var search = (ten ?? Sizes.LastOrDefault())?.Search ?? [];
        if (search.Count == 0)
        {
            yield return "one-word query at 10,000 in ≤ 100 KB: search index not present";
        }
        else
        {
            foreach (var payload in search)
            {
                yield return Invariant($"one-word query in ≤ 100 KB ({payload.Folder}, '{payload.Word}', the most common word: scripts {Kb(payload.ScriptBytes)} + manifest {Kb(payload.ManifestBytes)} + {payload.Shards} shard(s) {Kb(payload.ShardBytes)} + document table {Kb(payload.DocumentBytes)} + first page's metadata ({payload.Chunks} chunks) {Kb(payload.MetadataBytes)}; {payload.IndexFiles} index files): {Mark(payload.QueryBytes <= 100 * 1024)} {Kb(payload.QueryBytes)}");
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

    private static void Row(StringBuilder md, int size, string label, ToolResult result)
    {
        var r = result.Median;
        var runs = result.Runs.Count > 1 ? Invariant($" (median of {result.Runs.Count})") : "";
        var failed = r.Succeeded ? "" : Invariant($" **failed, exit {r.ExitCode}**");
        md.AppendLine(Invariant($"| {size:N0} | {label}{runs}{failed} | {r.Wall.TotalSeconds:0.00} s | {r.Cpu.TotalSeconds:0.00} s | {r.PeakRssKilobytes / 1024.0:N0} MB | {result.Output.Pages:N0} | {result.Output.Files:N0} | {result.Output.Bytes / 1048576.0:N1} MB | {result.LoadAverage} |"));
    }

    private static string Ratio(TimeSpan ours, TimeSpan theirs) => Invariant($"{ours / theirs:0.00} ×");

    private static string Ratio(long ours, long theirs) => Invariant($"{(double)ours / theirs:0.00} ×");

    private static string Kb(long bytes) => Invariant($"{bytes / 1024.0:0.0} KB");

    private static string Mark(bool met) => met ? "**met**" : "**not met**";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
