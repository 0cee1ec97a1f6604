using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Cli;

public sealed class CheckCommandTests
{
    [Fact]
    public void Under_github_actions_check_annotates_a_broken_link_on_its_line_and_exits_1()
    {
        using var site = new TestSite($"-- content/fi/2025/a.md --\n{Decisions.Finnish(text: "Katso [tämä](../2024/puuttuu.md).")}");

        var (exit, _, stderr) = GeneratorProcess.Run(
            new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" }, "check", "--config", site.ConfigPath);

        Assert.Equal(1, exit);
        var lines = stderr.Replace("\r", "").Split('\n');
        Assert.Contains(lines, l => l.Contains("content/fi/2025/a.md(10,7): error DP0060: the link '../2024/puuttuu.md' leads to a file that does not exist", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("::error file=", StringComparison.Ordinal) && l.Contains("content/fi/2025/a.md,line=10,col=7,title=DP0060::the link", StringComparison.Ordinal));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Outside_github_actions_check_prints_no_annotations()
    {
        using var site = new TestSite($"-- content/fi/2025/a.md --\n{Decisions.Finnish(date: "14.3.2025")}");

        var (exit, _, stderr) = GeneratorProcess.Run(new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "" }, "check", "--config", site.ConfigPath);

        Assert.Equal(1, exit);
        Assert.Contains("error DP0011", stderr);
        Assert.DoesNotContain("::error", stderr);
    }
}
