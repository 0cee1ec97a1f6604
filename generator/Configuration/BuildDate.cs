using System.Globalization;
using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Configuration;

/// <summary>
/// Which day a build is for, which decides what personal data has expired. <c>--build-date</c>
/// wins; then SOURCE_DATE_EPOCH, the reproducible-builds convention (seconds since 1970-01-01
/// UTC); only then the clock. It is the only place the generator reads the clock.
/// </summary>
public static class BuildDate
{
    public const string SourceDateEpoch = "SOURCE_DATE_EPOCH";

    /// <summary>The day; a malformed SOURCE_DATE_EPOCH is reported (--build-date is parsed, and refused, by the command line).</summary>
    public static DateOnly Resolve(DateOnly? option, string? sourceDateEpoch, DateTime utcNow, DiagnosticBag diagnostics)
    {
        if (option is { } given)
        {
            return given;
        }

        if (!string.IsNullOrEmpty(sourceDateEpoch))
        {
            if (long.TryParse(sourceDateEpoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
                && seconds <= DateTimeOffset.MaxValue.ToUnixTimeSeconds())
            {
                return DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime);
            }

            diagnostics.Error(DiagnosticCodes.InvalidBuildDate, new SourceLocation(SourceDateEpoch),
                $"the environment variable {SourceDateEpoch} must be whole seconds since 1970-01-01 UTC, e.g. 1741910400, not '{sourceDateEpoch}'");
        }

        return DateOnly.FromDateTime(utcNow);
    }
}
