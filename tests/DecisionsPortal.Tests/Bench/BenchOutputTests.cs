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
    public void By_default_the_builds_write_to_the_disk_and_then_to_shared_memory_as_a_second_labelled_row()
    {
        var options = BenchOptions.Parse([], "/repo");

        Assert.Null(options.Locations[0]);
        Assert.True(options.Locations.Count == 1 || options.Locations[1] == "/dev/shm", string.Join(", ", options.Locations));
        if (options.Locations.Count == 2 && File.Exists("/proc/mounts"))
        {
            Assert.Equal("tmpfs", OutputLocation.Label(options.Locations[1], "/repo"));
        }
    }

    [Fact]
    public void Outputs_names_the_places_in_the_order_given()
    {
        var options = BenchOptions.Parse(["--outputs", "tmpfs,disk,/some/disk"], "/repo");

        Assert.Equal(["/dev/shm", null, "/some/disk"], options.Locations);
    }
}
