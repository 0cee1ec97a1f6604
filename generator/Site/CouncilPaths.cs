using DecisionsPortal.Configuration;
using DecisionsPortal.Shared;

namespace DecisionsPortal.Site;

/// <summary>
/// Where case and meeting pages live. Their URL words come from the i18n strings <c>url_cases</c>
/// and <c>url_meetings</c> (e.g. /fi/asiat/…, /sv/arenden/…), defaulting to English words.
/// </summary>
public sealed class CouncilPaths(SiteConfig config)
{
    public const string FeedName = "calendar.ics";

    // Each language's two words, checked once rather than once an address.
    private readonly Dictionary<string, (string Cases, string Meetings)> segments = config.Languages.Distinct().Where(config.Strings.ContainsKey).ToDictionary(
        language => language,
        language => (Segment(config, language, "url_cases", "cases"), Segment(config, language, "url_meetings", "meetings")),
        StringComparer.Ordinal);

    public string Case(string language, string dnro) => CaseOfSlug(language, Slugs.From(dnro));

    /// <summary>The case page of a diary number already made a slug.</summary>
    public string CaseOfSlug(string language, string slug) => $"{language}/{Segments(language).Cases}/{slug}/";

    public string Meetings(string language) => $"{language}/{Segments(language).Meetings}/";

    public string Calendar(string language, string body) => $"{Meetings(language)}{body}/";

    public string Meeting(string language, MeetingId id) =>
        $"{Calendar(language, id.Body)}{IsoDate.Format(id.Date)}/";

    public string Feed(string language, string body) => Calendar(language, body) + FeedName;

    private (string Cases, string Meetings) Segments(string language) =>
        segments.TryGetValue(language, out var words)
            ? words
            : (Segment(config, language, "url_cases", "cases"), Segment(config, language, "url_meetings", "meetings"));

    private static string Segment(SiteConfig config, string language, string key, string fallback) =>
        config.Strings[language].Text.TryGetValue(key, out var word) && Slugs.IsSlug(word) ? word : fallback;
}
