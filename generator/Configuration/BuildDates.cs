using System.Globalization;
using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Configuration;

/// <summary>
/// The day a build is "made on", which decides what personal data has expired: <c>--build-date</c>,
/// else SOURCE_DATE_EPOCH (reproducible builds, https://reproducible-builds.org/specs/source-date-epoch/),
/// else today in UTC. It is the only place the generator reads the clock.
/// </summary>
public static class BuildDates
{
    public static DateOnly? Resolve(DateOnly? option, string? sourceDateEpoch, DiagnosticBag diagnostics)
    {
        if (option is { } given)
        {
            return given;
        }

        if (!string.IsNullOrWhiteSpace(sourceDateEpoch))
        {
            if (long.TryParse(sourceDateEpoch.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
                && seconds <= 253402300799)
            {
                return DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime);
            }

            diagnostics.Error(DiagnosticCodes.InvalidBuildDate, new SourceLocation("SOURCE_DATE_EPOCH"), $"SOURCE_DATE_EPOCH must be seconds since 1970-01-01 UTC, not '{sourceDateEpoch}'");
            return null;
        }

        return DateOnly.FromDateTime(DateTime.UtcNow);
    }
}
