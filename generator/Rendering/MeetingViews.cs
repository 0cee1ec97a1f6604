using DecisionsPortal.Content;
using DecisionsPortal.Shared;
using DecisionsPortal.Site;
using Scriban.Runtime;

namespace DecisionsPortal.Rendering;

/// <summary>
/// Meetings as other pages point to them: a meeting's title, the next meetings and the latest
/// minutes of a language (the home page), and an organ's calendar and its iCalendar feed (the
/// organ's listing).
/// </summary>
public static class MeetingViews
{
    private const int Shown = 5;

    /// <summary>"Kaupunginhallitus 3/2025 – 3.3.2025": the organ, the meeting's number and its day.</summary>
    public static string Title(SiteModel site, string language, MeetingPage page) => Title(site, language, page.Id, page.Number);

    /// <summary>The title of the meeting of that organ and day, with its number if it has one.</summary>
    public static string Title(SiteModel site, string language, MeetingId meeting, MeetingNumber? number)
    {
        var organ = site.Config.FindBody(meeting.Body)!.Label(language);
        var numbered = number is null ? "" : $" {number}";
        return $"{organ}{numbered} – {meeting.Date.ToString(site.Config.Strings[language].DateFormat, CultureInfo.InvariantCulture)}";
    }

    /// <summary>
    /// From the build's day on, the next meetings (cancelled ones marked), and the meetings whose
    /// minutes are public by then, newest first; null when the language has no meetings.
    /// </summary>
    public static ScriptObject? Home(SiteModel site, ViewFactory views)
    {
        var meetings = site.Council.Meetings.Where(m => m.Language == views.Language).ToList();
        if (meetings.Count == 0)
        {
            return null;
        }

        var today = site.Config.BuildDate;
        return new ScriptObject
        {
            ["next"] = meetings.Where(m => m.Id.Date >= today).OrderBy(m => m.Id.Date).ThenBy(m => m.Id.Body, StringComparer.Ordinal)
                .Take(Shown).Select(m => Item(site, views, m)).ToList(),
            ["minutes"] = meetings.Where(m => !m.Cancelled && m.Id.Date <= today && (m.MinutesPublic is { } p ? p <= today : m.Agenda.Count > 0))
                .OrderByDescending(m => m.MinutesPublic ?? m.Id.Date).ThenByDescending(m => m.Id.Date).ThenBy(m => m.Id.Body, StringComparer.Ordinal)
                .Take(Shown).Select(m => Item(site, views, m)).ToList(),
            ["all"] = site.Paths.Link(new CouncilPaths(site.Config).Meetings(views.Language)),
        };
    }

    /// <summary>An organ's calendar page and feed, or null when the organ has no meetings in the language.</summary>
    public static ScriptObject? OfBody(SiteModel site, ViewFactory views, string body)
    {
        var calendar = site.Council.Calendars.FirstOrDefault(c => c.Language == views.Language && c.Body == body);
        return calendar is null ? null : new ScriptObject
        {
            ["url"] = site.Paths.Link(calendar.Path),
            ["feed"] = site.Paths.Link(calendar.FeedPath),
            ["count"] = calendar.Meetings.Count,
        };
    }

    private static ScriptObject Item(SiteModel site, ViewFactory views, MeetingPage page) => new()
    {
        ["title"] = Title(site, views.Language, page),
        ["url"] = site.Paths.Link(page.Path),
        ["date_iso"] = IsoDate.Format(page.Id.Date),
        ["cancelled"] = page.Cancelled,
        ["agenda"] = page.Agenda.Any(h => Content.DecisionStatuses.IsPending(h.Decision)),
    };
}
