using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Cli;

public sealed class ScheduledRebuildCheckTests
{
    private const string PushOnly = "name: x\non:\n  push:\n    branches: [main]\njobs: {}\n";
    private const string Nightly = "name: x\non:\n  push:\n    branches: [main]\n  schedule:\n    - cron: \"15 3 * * *\"\njobs: {}\n";

    private static (int Exit, string Stdout, string Stderr) Check(TestSite site)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = DecisionsPortal.Cli.CommandLine.Run(["check", "--config", site.ConfigPath, "--build-date", "2025-03-20", "--lang", "en"], stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Check_warns_when_personal_data_expires_and_the_github_workflow_has_no_schedule()
    {
        using var site = new TestSite(CouncilTown.Files + "\n-- .github/workflows/publish.yml --\n" + PushOnly);

        var (exit, stdout, stderr) = Check(site);

        Assert.True(exit == 0, stderr);
        Assert.Contains("site.yml: warning DP0230: personal data in the content expires, but no workflow in .github/workflows/ rebuilds the site on a schedule", stderr);
        Assert.Contains("schedule:", stderr);
        // The town's confidential decision brings one warning of its own (DP0050), and its Swedish
        // board decision lacks the Finnish one's votes and dissent (DP0242 twice); this is the fourth.
        Assert.Contains("no errors, 4 warning(s)", stdout);
    }

    [Fact]
    public void A_workflow_with_a_schedule_or_content_without_expiring_data_is_not_warned_about()
    {
        using var nightly = new TestSite(CouncilTown.Files + "\n-- .github/workflows/publish.yml --\n" + Nightly);
        using var nothingExpires = new TestSite("-- content/fi/2025/a.md --\n" + Decisions.Finnish() + "\n-- .github/workflows/publish.yml --\n" + PushOnly);

        Assert.DoesNotContain("DP0230", Check(nightly).Stderr);
        Assert.DoesNotContain("DP0230", Check(nothingExpires).Stderr);
    }

    [Fact]
    public async Task A_pipe_named_like_a_workflow_is_not_waited_on()
    {
        using var site = new TestSite(CouncilTown.Files + "\n-- .github/workflows/publish.yml --\n" + PushOnly);
        DecisionsPortal.Tests.Content.HostileInputTests.MakeFifo(Path.Combine(site.Root, ".github/workflows/nightly.yml"));

        var (exit, _, stderr) = await Task.Run(() => Check(site)).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.True(exit == 0, stderr);
        Assert.Contains("warning DP0230:", stderr);
    }
}
