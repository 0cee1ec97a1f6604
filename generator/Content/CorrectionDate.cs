using DecisionsPortal.Diagnostics;
using DecisionsPortal.Shared;
using DecisionsPortal.Yaml;

namespace DecisionsPortal.Content;

/// <summary>
/// 'updated: 2052-03-20' for 2025: a correction is dated on the day it was made, so one after the
/// build's day is a year or a month typed wrong, shown on the decision's page and as the feeds'
/// newest change for years. A day after the build's is allowed: the build's day is UTC, and a
/// correction made after midnight in Finland is dated the next day. One before the decision's own
/// date is not named: an agenda item is corrected before its meeting.
/// </summary>
internal static class CorrectionDate
{
    public static void Check(YamlMapping yaml, DateOnly? updated, DateOnly buildDate, DiagnosticBag diagnostics)
    {
        if (updated is { } day && buildDate != default && day > buildDate.AddDays(1))
        {
            diagnostics.Warning(DiagnosticCodes.UpdatedAfterBuild, yaml.ValueLocation("updated"),
                $"'updated' is {IsoDate.Format(day)}, after the build's day ({IsoDate.Format(buildDate)}): a correction is dated on the day it was made, and the site would show this one as the newest change until then; check the year and the month");
        }
    }
}
