using System.Globalization;

namespace DecisionsPortal.Bench;

/// <summary>The harness's command line; every option has a default, so a bare run does something useful.</summary>
public sealed record BenchOptions(
    IReadOnlyList<int> Sizes,
    int Runs,
    string WorkDirectory,
    bool Hugo,
    string? ResultsFile,
    bool Timings,
    bool BuildGenerator,
    string? Generator,
    bool Serve,
    string? Note,
    bool ServeOnly = false,
    string? ServeTemp = null,
    string? OutputRoot = null,
    IReadOnlyList<string?>? OutputRoots = null,
    bool Pack = true,
    int ServeEdits = 5)
{
    /// <summary>Where the builds write, one table row each: a folder, or null for beside each corpus (the disk of --work).</summary>
    public IReadOnlyList<string?> Locations => OutputRoots ?? [OutputRoot];

    public const string Usage = """
        Usage: dotnet run -c Release --project bench/DecisionsPortal.Bench -- [options]

          --sizes 1000,10000,50000  decisions per language to build (default 1000,10000)
          --runs N                  builds per tool and size; the median is reported (default 1)
          --work DIR                where corpora and outputs go (default bench/work, reused between runs)
          --no-hugo                 do not build the Hugo site even when hugo is installed
          --results FILE            write the results section of this file (default bench/RESULTS.md)
          --no-results              print only, write no file
          --timings                 pass --timings to the generator and print its stage times
          --no-build                do not build the generator (Release) first
          --generator DLL           measure this DecisionsPortal.dll (run with dotnet) instead of the installed
                                    tool (default: dotnet pack + dotnet tool install --tool-path, as users run it)
          --no-pack                 reuse the tool installed in --work by an earlier run
          --no-serve                skip the incremental-rebuild probe of 'serve'
          --serve-only              only probe 'serve' on the 10,000 corpus already in --work (no builds;
                                    prints, writes no results; it edits one decision file and restores it)
          --serve-edits N           edits the serve probe makes; the median is reported (default 5)
          --serve-tmp DIR           the temporary folder of the probed 'serve' (its build folder), e.g. /dev/shm
                                    (tmpfs), so that the file system's state does not skew the probe
                                    (default: --output-root)
          --outputs disk,tmpfs      where the builds of both tools write, one row each (default): 'disk' is beside
                                    each corpus in --work, 'tmpfs' is /dev/shm, anything else a folder
          --output-root DIR         only this folder (as --outputs DIR); see bench/README.md
          --note TEXT               a line about the conditions, written into the results
        """;

    public static BenchOptions Parse(IReadOnlyList<string> args, string repositoryRoot)
    {
        var options = new BenchOptions([1000, 10000], 1, Path.Combine(repositoryRoot, "bench", "work"), true,
            Path.Combine(repositoryRoot, "bench", "RESULTS.md"), false, true, null, true, null, OutputRoots: Measuring.OutputLocation.DefaultRoots());
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--sizes" => options with { Sizes = Value().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s.Replace("_", ""), CultureInfo.InvariantCulture)).ToList() },
                "--runs" => options with { Runs = Math.Max(1, int.Parse(Value(), CultureInfo.InvariantCulture)) },
                "--work" => options with { WorkDirectory = Path.GetFullPath(Value()) },
                "--no-hugo" => options with { Hugo = false },
                "--results" => options with { ResultsFile = Path.GetFullPath(Value()) },
                "--no-results" => options with { ResultsFile = null },
                "--timings" => options with { Timings = true },
                "--no-build" => options with { BuildGenerator = false },
                "--generator" => options with { Generator = Path.GetFullPath(Value()) },
                "--no-serve" => options with { Serve = false },
                "--no-pack" => options with { Pack = false },
                "--serve-only" => options with { ServeOnly = true, Serve = true, Hugo = false, ResultsFile = null },
                "--serve-edits" => options with { ServeEdits = Math.Max(1, int.Parse(Value(), CultureInfo.InvariantCulture)) },
                "--serve-tmp" => options with { ServeTemp = Path.GetFullPath(Value()) },
                "--note" => options with { Note = Value() },
                "--output-root" => options with { OutputRoot = Path.GetFullPath(Value()), OutputRoots = null },
                "--outputs" => options with { OutputRoots = Value().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Measuring.OutputLocation.Parse).ToList() },
                _ => throw new ArgumentException($"unknown option '{args[i]}'"),
            };
        }

        return options;
    }
}
