using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Output;

public sealed class OutputFailureTests
{
    [Fact]
    public void An_output_folder_that_cannot_be_made_is_one_readable_error_and_nothing_is_written()
    {
        using var site = new TestSite($"-- content/fi/2025/a.md --\n{Decisions.Finnish()}");
        var blocked = Path.Combine(site.Root, "site.yml", "public");

        var (exit, _, stderr) = CommandLineRunner.Run("build", "--config", site.ConfigPath, "--output", blocked, "--lang", "en");

        Assert.Equal(2, exit);
        Assert.Contains("error DP1030: could not write the output:", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.False(Directory.Exists(site.Output));
    }
}
