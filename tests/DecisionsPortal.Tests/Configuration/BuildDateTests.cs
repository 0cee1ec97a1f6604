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

        Assert.Equal(new DateOnly(2025, 3, 14), BuildDate.Resolve(new DateOnly(2025, 3, 14), "0", Now, diagnostics));
        Assert.False(diagnostics.HasErrors);
    }

    [Theory]
    [InlineData("1741910400", 2025, 3, 14)]
    [InlineData("1741989599", 2025, 3, 14)] // 23:59:59 in Finland
    [InlineData("1741996799", 2025, 3, 15)] // 23:59:59 UTC, 01:59:59 in Finland
    [InlineData("0", 1970, 1, 1)]
    public void Source_date_epoch_gives_the_finnish_date_of_its_second(string epoch, int year, int month, int day)
    {
        var diagnostics = new DiagnosticBag();

        Assert.Equal(new DateOnly(year, month, day), BuildDate.Resolve(null, epoch, Now, diagnostics));
        Assert.False(diagnostics.HasErrors);
    }

    // A CI that sets SOURCE_DATE_EPOCH to the last commit's time, as reproducible builds do, built
    // the nightly site as on that day: personal data whose last day came since stayed published.
    [Theory]
    [InlineData("1741910400", true)] // 2025-03-14
    [InlineData("1940932800", false)] // 2031-07-04, after the day of the clock
    [InlineData("1940706000", false)] // 2031-07-02 00:00 in Finland, today
    [InlineData("1940705999", true)] // 2031-07-01 23:59:59 in Finland, yesterday
    public void A_source_date_epoch_before_todays_date_is_a_warning_that_expired_personal_data_stays(string epoch, bool warned)
    {
        var diagnostics = new DiagnosticBag();

        BuildDate.Resolve(null, epoch, Now, diagnostics);

        Assert.False(diagnostics.HasErrors);
        Assert.Equal(warned, diagnostics.ToSortedList().Any(d => d.Code == DiagnosticCodes.BuildDateBeforeToday && d.Location.Path == "SOURCE_DATE_EPOCH"));
    }

    [Fact]
    public void Without_either_the_build_is_for_todays_date_in_finland()
    {
        Assert.Equal(new DateOnly(2031, 7, 2), BuildDate.Resolve(null, null, Now, new DiagnosticBag()));
        Assert.Equal(new DateOnly(2031, 7, 2), BuildDate.Resolve(null, "", Now, new DiagnosticBag()));
    }

    // The appeal periods run in Finnish days: a build just after Finnish midnight, two hours (in
    // summer three) before UTC's, is for the new day, or personal data would stay a night longer.
    [Theory]
    [InlineData("2026-12-20T21:59:59Z", "2026-12-20")]
    [InlineData("2026-12-20T22:00:00Z", "2026-12-21")]
    [InlineData("2026-03-29T00:59:59Z", "2026-03-29")] // summer time begins at 01:00 UTC
    [InlineData("2026-06-20T20:59:59Z", "2026-06-20")]
    [InlineData("2026-06-20T21:00:00Z", "2026-06-21")]
    [InlineData("2026-10-24T21:00:00Z", "2026-10-25")] // still summer time: 00:00 in Finland
    [InlineData("2026-10-25T21:59:59Z", "2026-10-25")] // winter time since 01:00 UTC
    [InlineData("2026-12-31T22:00:00Z", "2027-01-01")]
    public void The_clock_gives_the_day_in_finland(string utc, string day)
    {
        var now = DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal);
        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), BuildDate.Resolve(null, null, now, new DiagnosticBag()));
    }

    [Theory]
    [InlineData("-5", "must be whole seconds since 1970-01-01 UTC")]
    [InlineData("2025-03-14", "not '2025-03-14'")]
    [InlineData("99999999999999999999", "must be whole seconds")]
    public void A_source_date_epoch_that_is_not_whole_seconds_is_a_configuration_error(string epoch, string message)
    {
        var diagnostics = new DiagnosticBag();

        BuildDate.Resolve(null, epoch, Now, diagnostics);

        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((DiagnosticCodes.InvalidBuildDate, "SOURCE_DATE_EPOCH"), (error.Code, error.Location.Path));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void The_build_date_option_reaches_the_sites_configuration()
    {
        using var site = new TestSite($"-- content/fi/2025/a.md --\n{Decisions.Finnish()}");

        var result = DecisionsPortal.Pipeline.BuildPipeline.Run(new BuildOptions(site.ConfigPath, site.Output, BuildDate: new DateOnly(2030, 1, 2)));

        Assert.True(result.Succeeded);
        Assert.Equal(new DateOnly(2030, 1, 2), result.Site!.Config.BuildDate);
    }
}
