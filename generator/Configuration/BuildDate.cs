using System.Globalization;
using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Configuration;

/// <summary>
/// Which day a build is for. <c>--build-date</c> wins; then SOURCE_DATE_EPOCH, the
/// reproducible-builds convention (seconds since 1970-01-01 UTC); only then the clock.
/// </summary>
public static class BuildDate
{
    public const string SourceDateEpoch = "SOURCE_DATE_EPOCH";

    public static DateOnly Resolve(string? option, string? sourceDateEpoch, DateTime utcNow, DiagnosticBag diagnostics)
    {
        if (option is not null)
        {
            if (DateOnly.TryParseExact(option, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, new SourceLocation("--build-date"), $"--build-date must be a date YYYY-MM-DD, e.g. 2025-03-14, not '{option}'");
        }
        else if (!string.IsNullOrEmpty(sourceDateEpoch))
        {
            if (long.TryParse(sourceDateEpoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
                && seconds <= DateTimeOffset.MaxValue.ToUnixTimeSeconds())
            {
                return DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime);
            }

            diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, new SourceLocation(SourceDateEpoch),
                $"the environment variable {SourceDateEpoch} must be whole seconds since 1970-01-01 UTC, e.g. 1741910400, not '{sourceDateEpoch}'");
        }

        return DateOnly.FromDateTime(utcNow);
    }
}
