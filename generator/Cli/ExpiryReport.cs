using DecisionsPortal.Diagnostics;
using DecisionsPortal.Shared;
using DecisionsPortal.Site;

namespace DecisionsPortal.Cli;

/// <summary>
/// What <c>check</c> says about personal data: one line per marked piece, with the first day it is
/// no longer published (kuntalaki 140 §). The data itself is never printed, so CI logs don't keep it.
/// </summary>
public static class ExpiryReport
{
    public static void Write(SiteModel site, TextWriter stdout, MessageCatalogue? catalogue = null)
    {
        var expiries = site.Council.Expiries
            .OrderBy(e => e.Location.Path, StringComparer.Ordinal)
            .ThenBy(e => e.Location.Line)
            .ThenBy(e => e.Field, StringComparer.Ordinal);
        foreach (var e in expiries)
        {
            var line = e.Expires switch
            {
                null when e.Field == "text" => "personal data in the text never expires (no appeal period known)",
                null => MessageText.Of($"personal data in '{e.Field}' never expires (no appeal period known)"),
                { } day when e.Removed && e.Field == "text" => MessageText.Of($"personal data in the text expired on {IsoDate.Format(day)} and is left out"),
                { } day when e.Removed => MessageText.Of($"personal data in '{e.Field}' expired on {IsoDate.Format(day)} and is left out"),
                { } day when e.Field == "text" => MessageText.Of($"personal data in the text expires on {IsoDate.Format(day)}"),
                { } day => MessageText.Of($"personal data in '{e.Field}' expires on {IsoDate.Format(day)}"),
            };
            stdout.WriteLine($"{e.Location}: info: {line.Render(catalogue)}");
        }
    }

}
