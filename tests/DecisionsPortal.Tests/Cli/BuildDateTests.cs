using DecisionsPortal.Configuration;
using DecisionsPortal.Diagnostics;
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
    public void The_build_date_option_wins_over_source_date_epoch_which_wins_over_the_clock()
    {
        var diagnostics = new DiagnosticBag();

        Assert.Equal(new DateOnly(2025, 3, 28), BuildDates.Resolve(new DateOnly(2025, 3, 28), "0", diagnostics));
        Assert.Equal(new DateOnly(2025, 3, 29), BuildDates.Resolve(null, "1743206400", diagnostics)); // 2025-03-29T00:00:00Z
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow), BuildDates.Resolve(null, null, diagnostics));
        Assert.False(diagnostics.HasErrors);
    }

    [Fact]
    public void A_source_date_epoch_that_is_not_a_number_is_a_configuration_error()
    {
        var diagnostics = new DiagnosticBag();

        Assert.Null(BuildDates.Resolve(null, "yesterday", diagnostics));
        Assert.Equal("DP1050", Assert.Single(diagnostics.ToSortedList()).Code);
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
