using DecisionsPortal.Diagnostics;
using DecisionsPortal.Output;
using DecisionsPortal.Rendering;
using DecisionsPortal.Rendering.Producers;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Rendering;

public sealed class RenderStageSchedulingTests
{
    private static TestSite Site() => new(
        $"-- content/fi/2025/katto.md --\n{Decisions.Finnish()}\n-- content/sv/2025/katto.md --\n{Decisions.Swedish()}\n");

    [Fact]
    public void Producers_running_side_by_side_make_the_same_files_as_each_producer_alone()
    {
        using var site = Site();
        var model = site.Build().Site!;

        var together = RenderInMemory.Files(model, new DiagnosticBag())!;
        var alone = RenderStage.DefaultProducers()
            .SelectMany(p => RenderInMemory.Files(model, new DiagnosticBag(), [p])!)
            .GroupBy(f => f.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Content, StringComparer.Ordinal);

        Assert.Equal(alone.Keys.Order(StringComparer.Ordinal), together.Select(f => f.Path));
        Assert.All(together, f => Assert.Equal(alone[f.Path], f.Content));
    }

    [Fact]
    public void Two_producers_making_one_path_fail_the_build_instead_of_racing_for_it()
    {
        using var site = Site();
        var model = site.Build().Site!;

        var diagnostics = new DiagnosticBag();

        Assert.Null(RenderInMemory.Files(model, diagnostics, [_ => new Fixed("same.txt", 1), _ => new Fixed("same.txt", 2)]));

        var error = Assert.Single(diagnostics.ToSortedList(), d => d.IsError);
        Assert.Contains("'same.txt' is written twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_producer_is_charged_for_the_work_it_spreads_over_threads_itself()
    {
        using var site = Site();
        var model = site.Build().Site!;
        var timings = new List<DecisionsPortal.Diagnostics.StageTiming>();

        RenderStage.Render(model, new DiagnosticBag(), new MemorySink(), RenderInMemory.SearchOf(model), [_ => new Spreading()], producerTiming: timings.Add);

        var spreading = Assert.Single(timings, t => t.Stage == "render:Spreading");
        Assert.True(spreading.AllocatedBytes >= Spreading.Threads * Spreading.BytesEach, $"{spreading.AllocatedBytes} bytes charged");
        Assert.True(spreading.Elapsed > TimeSpan.Zero);
    }

    private sealed class Fixed(string path, byte content) : IOutputProducer
    {
        public IEnumerable<OutputFile> Produce() => [new OutputFile(path, [content])];
    }

    // Like Search, which builds its languages side by side: work on threads of its own making.
    private sealed class Spreading : IOutputProducer
    {
        public const int Threads = 4;
        public const int BytesEach = 4 << 20;

        public IEnumerable<OutputFile> Produce()
        {
            var sizes = new int[Threads];
            Parallel.For(0, Threads, new ParallelOptions { MaxDegreeOfParallelism = Threads }, i =>
            {
                var bytes = new byte[BytesEach];
                Thread.Sleep(20);
                sizes[i] = bytes.Length;
            });
            return [OutputFile.Text("spread.txt", sizes.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture))];
        }
    }
}
