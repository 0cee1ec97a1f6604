using DecisionsPortal.Content;
using DecisionsPortal.Shared;
using DecisionsPortal.Site;

namespace DecisionsPortal.Rendering.Data.Meetings;

/// <summary>The meetings of one language as open data, made from the council record (texts already published ones).</summary>
public sealed class MeetingDataFactory(SiteModel site)
{
    private readonly CouncilPaths council = new(site.Config);

    public IReadOnlyList<MeetingData> Of(string language) => site.Council.Meetings
        .Where(m => m.Language == language)
        .OrderByDescending(m => m.Id.Date)
        .ThenBy(m => m.Id.Body, StringComparer.Ordinal)
        .Select(m => Create(language, m))
        .ToList();

    private MeetingData Create(string language, MeetingPage page)
    {
        var paths = site.Paths;
        var items = page.Agenda.Select(Item).ToList();
        var phase = page.Cancelled ? "cancelled" : items.Any(i => !i.Decided) ? "agenda" : items.Count > 0 ? "minutes" : "scheduled";
        return new MeetingData(
            $"{page.Id.Body}/{IsoDate.Format(page.Id.Date)}",
            page.Id.Body,
            site.Config.FindBody(page.Id.Body)!.Label(language),
            IsoDate.Format(page.Id.Date),
            page.Number?.ToString(),
            page.File?.Start is { } start ? IsoDate.Format(start) : null,
            page.File?.End is { } end ? IsoDate.Format(end) : null,
            page.File?.Place,
            phase,
            page.MinutesPublic is { } published ? IsoDate.Format(published) : null,
            paths.Absolute(page.Path),
            paths.Absolute(SitePaths.FeedOf(page.Path)),
            paths.Absolute(council.Feed(language, page.Id.Body)),
            items);
    }

    private AgendaItemData Item(DecisionPage page)
    {
        var d = page.Decision;
        var law = site.Council.For(page);
        return new AgendaItemData(
            d.Section,
            d.Title,
            d.Language,
            site.Paths.Absolute(page.Path),
            site.Paths.Absolute(site.Paths.DecisionData(page.Path)),
            d.Law.Status is { } status ? DecisionStatuses.Id(status) : null,
            !DecisionStatuses.IsPending(d),
            d.Dnro,
            law.CasePath is { } casePath ? site.Paths.Absolute(casePath) : null,
            law.CaseFeedPath is { } caseFeed ? site.Paths.Absolute(caseFeed) : null);
    }
}
