using DecisionsPortal.Bench;
using DecisionsPortal.Bench.Measuring;

namespace DecisionsPortal.Tests.Bench;

/// <summary>Where the measured builds write: both tools to the same place, and the results say where.</summary>
public sealed class BenchOutputTests
{
    [Fact]
    public void Both_tools_write_under_the_output_root_side_by_side_per_size()
    {
        var options = BenchOptions.Parse(["--output-root", "/some/memory"], "/repo");

        Assert.Equal("/some/memory", options.OutputRoot);
        Assert.Equal("/some/memory/decisionsportal-bench/10000/portal", OutputLocation.For(options.OutputRoot, "/repo/bench/work/10000/portal", 10_000, "portal"));
        Assert.Equal("/some/memory/decisionsportal-bench/10000/hugo", OutputLocation.For(options.OutputRoot, "/repo/bench/work/10000/hugo", 10_000, "hugo"));
    }

    [Fact]
    public void Without_an_output_root_each_tool_writes_beside_its_corpus()
    {
        Assert.Equal(Path.Combine("/repo/bench/work/1000/hugo", "public"), OutputLocation.For(null, "/repo/bench/work/1000/hugo", 1_000, "hugo"));
    }

    [Fact]
    public void The_default_output_root_is_shared_memory_when_it_can_be_written()
    {
        var options = BenchOptions.Parse([], "/repo");

        Assert.True(options.OutputRoot is null or "/dev/shm", options.OutputRoot);
        if (options.OutputRoot is not null && File.Exists("/proc/mounts"))
        {
            Assert.EndsWith("(tmpfs)", OutputLocation.Describe(options.OutputRoot), StringComparison.Ordinal);
        }
    }
}
