using System.Globalization;
using DecisionsPortal.Configuration;

namespace DecisionsPortal.Site;

/// <summary>
/// Where case and meeting pages live. Their URL words come from the i18n strings <c>url_cases</c>
/// and <c>url_meetings</c> (e.g. /fi/asiat/…, /sv/arenden/…), defaulting to English words.
/// </summary>
public sealed class CouncilPaths(SiteConfig config)
{
    public const string FeedName = "calendar.ics";

    public string Case(string language, string dnro) => $"{language}/{Segment(language, "url_cases", "cases")}/{Slugs.From(dnro)}/";

    public string Meetings(string language) => $"{language}/{Segment(language, "url_meetings", "meetings")}/";

    public string Calendar(string language, string body) => $"{Meetings(language)}{body}/";

    public string Meeting(string language, MeetingId id) =>
        $"{Calendar(language, id.Body)}{id.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}/";

    public string Feed(string language, string body) => Calendar(language, body) + FeedName;

    private string Segment(string language, string key, string fallback) =>
        config.Strings[language].Text.TryGetValue(key, out var word) && Slugs.IsSlug(word) ? word : fallback;
}
