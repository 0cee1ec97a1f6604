using System.Security.Cryptography;
using CsCheck;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Pipeline;
using DecisionsPortal.Tests.Content;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Pipeline;

/// <summary>
/// Random and mutated front matter, Markdown, site.yml, meeting files and file layouts (links
/// to devices, pipes, folders named like files, oversized and deeply nested files), each built
/// over the last good output: the build ends with exit 0, 1 or 2, every error names a file (and
/// a content error its line), nothing is an internal error, and a failed build leaves the
/// previous output as it was. A few seconds in <c>dotnet test</c>; long with
/// <c>DP_FUZZ_ITERATIONS=5000</c> (bench/README.md). The real process is run too, since a stack
/// overflow kills a process that no in-process test survives to report.
/// </summary>
public sealed class FuzzTests
{
    private static readonly int Iterations =
        int.TryParse(Environment.GetEnvironmentVariable("DP_FUZZ_ITERATIONS"), out var n) && n > 0 ? n : 12;

    private static readonly string Valid = Decisions.Finnish(extra: "section: 4\ndnro: EX/1/2025\ntopics: [schools, environment]\ndecision: Hyväksyttiin.\nmeeting: 3/2025");

    private const string Meeting = "---\nnumber: 3/2025\nplace: Valtuustosali\nminutes_public: 2025-03-19\n---\nPöytäkirja.\n";

    private enum Layout
    {
        Plain,
        LinkToDevZero,
        Pipe,
        FolderNamedLikeAFile,
        Empty,
        Oversized,
    }

    private sealed record Case(string Decision, string Markdown, string Config, string MeetingFile, Layout Layout, string Wrap)
    {
        public override string ToString() => System.Text.Json.JsonSerializer.Serialize(this);
    }

    private static readonly Gen<string> Nesting = Gen.Select(Gen.OneOf("[", "{", ">", "> ", "- ", "*", "_", "[[", "\f", "\u001B", "\n::add-mask::x\n"), Gen.Int[1, 5000])
        .Select((token, count) => string.Concat(Enumerable.Repeat(token, count)));

    private static readonly Gen<Case> Cases = Gen.Select(
        Gen.Frequency((3, InputGenerators.Mutated(Valid)), (1, InputGenerators.FrontMatter), (1, Gen.Const(Valid))),
        Gen.Frequency((2, InputGenerators.Markdown), (1, Nesting), (2, Gen.Const(""))),
        Gen.Frequency((1, InputGenerators.Mutated(TestSite.DefaultConfig)), (4, Gen.Const(TestSite.DefaultConfig))),
        Gen.Frequency((1, InputGenerators.Mutated(Meeting)), (3, Gen.Const(Meeting))),
        Gen.Frequency((6, Gen.Const(Layout.Plain)), (1, Gen.Enum<Layout>())),
        Gen.Frequency((4, Gen.Const("")), (1, Nesting)),
        (decision, markdown, config, meeting, layout, wrap) => new Case(decision, markdown, config, meeting, layout, wrap));

    [Fact]
    public void Whatever_is_written_the_build_ends_with_messages_that_name_a_file_and_the_last_good_output_stays()
    {
        using var site = new TestSite();
        Reset(site);
        Assert.True(site.Build().Succeeded, "the pristine site builds");
        Cases.Sample(input =>
        {
            // The output of the last build that succeeded, the pristine site's or a case's.
            Reset(site);
            var before = Snapshot(site.Output);

            Write(site, input);
            var result = site.Build();

            Assert.InRange(result.ExitCode, 0, 2);
            Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.InternalError);
            foreach (var error in result.Diagnostics.Where(d => d.IsError))
            {
                Assert.True(error.Location.Path.Length > 0, $"an error without a file: {error}");
                Assert.True(DiagnosticCodes.IsConfigurationCode(error.Code) || error.Location.Line >= 1, $"a content error without a line: {error}");
            }

            if (!result.Succeeded)
            {
                Assert.Equal(before, Snapshot(site.Output));
            }
        }, iter: Iterations, threads: 1, print: c => c.ToString());
    }

    [Fact]
    public void The_generator_process_survives_the_worst_inputs_and_random_ones()
    {
        var worst = new[]
        {
            new Case(Decisions.Finnish(extra: "topics: " + new string('[', 100_000)), "", TestSite.DefaultConfig, Meeting, Layout.LinkToDevZero, ""),
            new Case(Valid, new string('>', 100_000), TestSite.DefaultConfig, Meeting.Replace("2025-03-19", "9999-12-31", StringComparison.Ordinal), Layout.Pipe, ""),
            new Case(Decisions.Finnish(title: "\"Katto\\n::error file=x::forged\\f\\u001B[2J\""), "\f\u001B[2J\n::error::forged\n", TestSite.DefaultConfig, Meeting, Layout.Plain, ""),
            new Case(Valid, "", TestSite.DefaultConfig + "\nx: " + new string('{', 100_000), Meeting, Layout.Plain, ""),
        };
        var random = Cases.Array[Math.Max(1, Iterations / 10)].Single();
        using var site = new TestSite();
        foreach (var (input, i) in worst.Concat(random).Select((c, i) => (c, i)))
        {
            Reset(site);
            Write(site, input);

            // check runs build's stages; one case is enough to show it runs them as safely.
            foreach (var command in i == 0 ? ["build", "check"] : new[] { "build" })
            {
                var (exit, _, stderr) = GeneratorProcess.Run(new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" }, command, "--config", site.ConfigPath);

                Assert.True(exit is 0 or 1 or 2, $"{command} exited {exit} for {input}:\n{stderr}");
                Assert.DoesNotContain("   at ", stderr);
                Assert.DoesNotContain("DP9001", stderr);
                Assert.All(stderr.Split('\n').Where(l => l.TrimStart().StartsWith("::", StringComparison.Ordinal)),
                    l => Assert.Matches(@"^::(error|warning) file=", l));
            }
        }
    }

    private static void Reset(TestSite site)
    {
        var content = Path.Combine(site.Root, "content");
        if (Directory.Exists(content))
        {
            Directory.Delete(content, recursive: true);
        }

        site.Write("site.yml", TestSite.DefaultConfig);
        site.Write("content/fi/2025/katto.md", Valid);
        site.Write("content/sv/2025/katto.md", Decisions.Swedish());
        site.Write("content/fi/meetings/kaupunginhallitus/2025-03-14.md", Meeting);
    }

    private static void Write(TestSite site, Case input)
    {
        site.Write("site.yml", input.Config);
        site.Write("content/fi/meetings/kaupunginhallitus/2025-03-14.md", input.MeetingFile);
        site.Write("content/fi/2025/katto.md", input.Wrap + input.Decision + "\n" + input.Markdown + input.Wrap);
        var other = Path.Combine(site.Root, "content/fi/2025/muu.md");
        switch (input.Layout)
        {
            case Layout.LinkToDevZero:
                File.CreateSymbolicLink(other, "/dev/zero");
                break;
            case Layout.Pipe:
                HostileInputTests.MakeFifo(other);
                break;
            case Layout.FolderNamedLikeAFile:
                Directory.CreateDirectory(other);
                break;
            case Layout.Empty:
                File.WriteAllBytes(other, []);
                break;
            case Layout.Oversized:
                using (var file = File.Create(other))
                {
                    file.SetLength(TextFiles.MaxBytes + 1);
                }

                break;
        }
    }

    private static string Snapshot(string folder) =>
        !Directory.Exists(folder) ? "" : string.Join('\n', Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => $"{Path.GetRelativePath(folder, f)} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))}"));
}
