using DecisionsPortal.Cli;
using DecisionsPortal.Configuration;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Configuration;

public sealed class BuildDateTests
{
    private static readonly DateTime Now = new(2031, 7, 1, 23, 30, 0, DateTimeKind.Utc);

    [Fact]
    public void The_build_date_option_wins_over_source_date_epoch_and_the_clock()
    {
        var diagnostics = new DiagnosticBag();

        Assert.Equal(new DateOnly(2025, 3, 14), BuildDate.Resolve("2025-03-14", "0", Now, diagnostics));
        Assert.False(diagnostics.HasErrors);
    }

    [Theory]
    [InlineData("1741910400", 2025, 3, 14)]
    [InlineData("1741996799", 2025, 3, 14)]
    [InlineData("0", 1970, 1, 1)]
    public void Source_date_epoch_gives_the_utc_date_of_its_second(string epoch, int year, int month, int day)
    {
        var diagnostics = new DiagnosticBag();

        Assert.Equal(new DateOnly(year, month, day), BuildDate.Resolve(null, epoch, Now, diagnostics));
        Assert.False(diagnostics.HasErrors);
    }

    [Fact]
    public void Without_either_the_build_is_for_todays_date_in_utc()
    {
        Assert.Equal(new DateOnly(2031, 7, 1), BuildDate.Resolve(null, null, Now, new DiagnosticBag()));
        Assert.Equal(new DateOnly(2031, 7, 1), BuildDate.Resolve(null, "", Now, new DiagnosticBag()));
    }

    [Theory]
    [InlineData("14.3.2025", null, "--build-date", "--build-date must be a date YYYY-MM-DD, e.g. 2025-03-14, not '14.3.2025'")]
    [InlineData(null, "-5", "SOURCE_DATE_EPOCH", "must be whole seconds since 1970-01-01 UTC")]
    [InlineData(null, "2025-03-14", "SOURCE_DATE_EPOCH", "not '2025-03-14'")]
    [InlineData(null, "99999999999999999999", "SOURCE_DATE_EPOCH", "must be whole seconds")]
    public void A_build_date_that_is_not_a_date_is_a_configuration_error(string? option, string? epoch, string where, string message)
    {
        var diagnostics = new DiagnosticBag();

        BuildDate.Resolve(option, epoch, Now, diagnostics);

        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((DiagnosticCodes.ConfigInvalidValue, where), (error.Code, error.Location.Path));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void The_build_date_option_reaches_the_sites_configuration()
    {
        using var site = new TestSite($"-- content/fi/2025/a.md --\n{Decisions.Finnish()}");

        var result = DecisionsPortal.Pipeline.BuildPipeline.Run(new BuildOptions(site.ConfigPath, site.Output) { BuildDate = "2030-01-02" });

        Assert.True(result.Succeeded);
        Assert.Equal(new DateOnly(2030, 1, 2), result.Site!.Config.BuildDate);
    }

    [Fact]
    public void Build_with_a_malformed_build_date_exits_2_and_says_what_to_write()
    {
        using var site = new TestSite($"-- content/fi/2025/a.md --\n{Decisions.Finnish()}");
        var stderr = new StringWriter();

        var exit = CommandLine.Run(["build", "--config", site.ConfigPath, "--build-date", "14.3.2025"], new StringWriter(), stderr);

        Assert.Equal(2, exit);
        Assert.StartsWith("--build-date: error DP1006: --build-date must be a date YYYY-MM-DD", stderr.ToString());
    }
}
