using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Cli;

public sealed class BuildDateTests
{
    [Fact]
    public void A_build_date_not_in_iso_form_is_a_usage_error()
    {
        var stderr = new StringWriter();

        var exit = DecisionsPortal.Cli.CommandLine.Run(["build", "--build-date", "28.3.2025"], new StringWriter(), stderr);

        Assert.Equal(2, exit);
        Assert.Contains("--build-date must be a date YYYY-MM-DD", stderr.ToString());
    }

    [Fact]
    public void The_build_command_builds_as_on_the_given_day()
    {
        using var site = new TestSite(CouncilTown.Files);

        var exit = DecisionsPortal.Cli.CommandLine.Run(["build", "--config", site.ConfigPath, "--build-date", "2025-03-29"], new StringWriter(), new StringWriter());

        Assert.Equal(0, exit);
        Assert.Empty(site.FilesContaining(CouncilTown.PersonalName));
    }
}
