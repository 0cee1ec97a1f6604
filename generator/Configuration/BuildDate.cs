using DecisionsPortal.Diagnostics;
using DecisionsPortal.Shared;

namespace DecisionsPortal.Configuration;

/// <summary>
/// Which day a build is for, which decides what personal data has expired. <c>--build-date</c>
/// wins; then SOURCE_DATE_EPOCH, the reproducible-builds convention (seconds since 1970-01-01
/// UTC); only then the clock. It is the only place the generator reads the clock. A moment is a
/// day in Finland, where the appeal periods run: a build just after Finnish midnight, two or
/// three hours before UTC's, is for the new day.
/// </summary>
public static class BuildDate
{
    public const string SourceDateEpoch = "SOURCE_DATE_EPOCH";

    /// <summary>The day a build with these options would be for now.</summary>
    public static DateOnly For(BuildOptions options, DiagnosticBag diagnostics) =>
        Resolve(options.BuildDate, Environment.GetEnvironmentVariable(SourceDateEpoch), (options.Clock ?? TimeProvider.System).GetUtcNow().UtcDateTime, diagnostics);

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
                var day = InFinland(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime);
                // The clock decides nothing here, it only tells: a CI that sets the variable to the
                // last commit's time builds every nightly site as on that day, and keeps published
                // the personal data whose last day came since.
                if (day < InFinland(utcNow))
                {
                    diagnostics.Warning(DiagnosticCodes.BuildDateBeforeToday, new SourceLocation(SourceDateEpoch),
                        $"the environment variable {SourceDateEpoch} makes this a build as on {IsoDate.Format(day)}, before today ({IsoDate.Format(InFinland(utcNow))}), so any personal data whose last day has come since then would still be published; leave it unset for the site you publish, or give --build-date");
                }

                return day;
            }

            diagnostics.Error(DiagnosticCodes.InvalidBuildDate, new SourceLocation(SourceDateEpoch),
                $"the environment variable {SourceDateEpoch} must be whole seconds since 1970-01-01 UTC, e.g. 1741910400, not '{sourceDateEpoch}'");
        }

        return InFinland(utcNow);
    }

    /// <summary>The day in Finland at a moment given in UTC.</summary>
    public static DateOnly InFinland(DateTime utc) => DateOnly.FromDateTime(utc + FinnishTime.At(utc));
}
