using System.Globalization;
using DecisionsPortal.Site;

namespace DecisionsPortal.Cli;

/// <summary>
/// What <c>check</c> says about personal data: one line per marked piece, with the first day it is
/// no longer published (kuntalaki 140 §). The data itself is never printed, so CI logs don't keep it.
/// </summary>
public static class ExpiryReport
{
    public static void Write(SiteModel site, TextWriter stdout)
    {
        var expiries = site.Council.Expiries
            .OrderBy(e => e.Location.Path, StringComparer.Ordinal)
            .ThenBy(e => e.Location.Line)
            .ThenBy(e => e.Field, StringComparer.Ordinal);
        foreach (var e in expiries)
        {
            var what = e.Field == "text" ? "personal data in the text" : $"personal data in '{e.Field}'";
            var when = e.Expires switch
            {
                null => "never expires (no appeal period known)",
                { } day when e.Removed => $"expired on {Iso(day)} and is left out",
                { } day => $"expires on {Iso(day)}",
            };
            stdout.WriteLine($"{e.Location}: info: {what} {when}");
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
