using DecisionsPortal.Content;
using DecisionsPortal.Shared;
using DecisionsPortal.Site;

namespace DecisionsPortal.Rendering.Feeds;

/// <summary>
/// When a feed entry last changed (Atom's <c>updated</c>), from the content's own dates, never the
/// clock. An agenda item not yet decided stands as of the build that shows it (<c>--build-date</c>),
/// or of its meeting day once that has come: dated by a meeting still to come, it would show readers
/// a day in the future and sort above every real decision. Once decided it changed on the
/// latest of the day its minutes went public and its correction (<c>updated:</c>); when neither is
/// later than its date, at its meeting (the meeting's end, else its start, else the day's end, in
/// Finnish time), which is after its agenda was out. So a reader sees an item change when it is decided.
/// </summary>
public static class FeedTimes
{
    private static readonly DateTimeOffset NoEntries = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly TimeOnly DayEnd = new(23, 59, 59);

    public static DateTimeOffset Changed(SiteModel site, DecisionPage page)
    {
        var d = page.Decision;
        if (DecisionStatuses.IsPending(d))
        {
            return Pending(site, d);
        }

        var law = site.Council.For(page);
        var latest = d.Date;
        if (d.Law.Updated is { } updated && updated > latest)
        {
            latest = updated;
        }

        if (law.MinutesPublic is { } published && published > latest)
        {
            latest = published;
        }

        return latest > d.Date || law.Meeting is null ? Midnight(latest) : Finnish(d.Date, law.MeetingTime ?? DayEnd);
    }

    /// <summary>An entry's <c>published</c>: a decision's day, an agenda item's as for <see cref="Changed"/>.</summary>
    public static DateTimeOffset Published(SiteModel site, DecisionPage page) =>
        DecisionStatuses.IsPending(page.Decision) ? Pending(site, page.Decision) : Midnight(page.Decision.Date);

    private static DateTimeOffset Pending(SiteModel site, Decision d) =>
        Midnight(site.Config.BuildDate is var built && built != default && built < d.Date ? built : d.Date);

    /// <summary>A feed's <c>updated</c>: its newest entry's.</summary>
    public static DateTimeOffset Updated(SiteModel site, IReadOnlyList<DecisionPage> entries) =>
        entries.Count == 0 ? NoEntries : entries.Max(e => Changed(site, e));

    /// <summary>RFC 3339, as Atom and sitemaps write it: "2025-04-07T00:00:00Z", "2025-04-07T16:00:00+03:00".</summary>
    public static string Format(DateTimeOffset time) => time.Offset == TimeSpan.Zero
        ? time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
        : time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>A sitemap's <c>lastmod</c> (W3C datetime): the day alone when the time adds nothing.</summary>
    public static string Lastmod(DateTimeOffset time) => time.Offset == TimeSpan.Zero && time.TimeOfDay == TimeSpan.Zero
        ? IsoDate.Format(DateOnly.FromDateTime(time.UtcDateTime))
        : Format(time);

    internal static DateTimeOffset Midnight(DateOnly date) => new(date, TimeOnly.MinValue, TimeSpan.Zero);

    // Meetings are held well after the night's change of summer time, so the day decides.
    private static DateTimeOffset Finnish(DateOnly date, TimeOnly time) =>
        new(date, time, FinnishTime.At(date.ToDateTime(new TimeOnly(12, 0))));
}
