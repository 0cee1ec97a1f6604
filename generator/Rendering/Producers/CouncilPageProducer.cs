using DecisionsPortal.Content;
using DecisionsPortal.Output;
using DecisionsPortal.Rendering.Law;
using DecisionsPortal.Rendering.Views;
using DecisionsPortal.Shared;
using DecisionsPortal.Site;
using Scriban.Runtime;

namespace DecisionsPortal.Rendering.Producers;

/// <summary>
/// The council's record as pages: one per case (diary number) of two decisions or more, one per meeting, a calendar of
/// meetings per organ with its iCalendar feed, and an index of the calendars, in every language.
/// </summary>
public sealed class CouncilPageProducer(PageRenderer pages, Incremental.Fingerprints fingerprints) : IOutputProducer
{
    public IEnumerable<OutputFile> Produce()
    {
        var council = pages.Site.Council;
        var paths = new CouncilPaths(pages.Site.Config);

        // The language switcher links the same case, meeting or calendar in another language when it has a page there.
        var cases = council.Cases.Where(c => c.HasPage).ToList();
        var existing = cases.Select(c => c.Path).Concat(council.Meetings.Select(m => m.Path)).Concat(council.Calendars.Select(c => c.Path))
            .ToHashSet(StringComparer.Ordinal);
        Func<string, string?> IfExists(Func<string, string> pathIn) => l => existing.Contains(pathIn(l)) ? pathIn(l) : null;
        // Made later, on all cores, by the Render stage; each shows several decisions, so it depends on the site.
        var site = fingerprints.AllButBodies;
        var jobs = new List<OutputFile>();
        foreach (var language in pages.Site.Config.Languages)
        {
            var views = pages.Views(language);
            jobs.AddRange(cases.Where(c => c.Language == language).Select(c => OutputFile.OnDemand(c.Path + "index.html", site, () => Case(pages, views, c, IfExists(l => paths.Case(l, c.Dnro))))));
            jobs.AddRange(council.Meetings.Where(m => m.Language == language).Select(m => OutputFile.OnDemand(m.Path + "index.html", site, () => Meeting(pages, views, m, IfExists(l => paths.Meeting(l, m.Id))))));
            var calendars = council.Calendars.Where(c => c.Language == language).ToList();
            foreach (var calendar in calendars)
            {
                jobs.Add(OutputFile.OnDemand(calendar.Path + "index.html", site, () => Calendar(pages, views, calendar, IfExists(l => paths.Calendar(l, calendar.Body)))));
                jobs.Add(OutputFile.OnDemand(calendar.FeedPath, site, () => Feed(pages, views, calendar)));
            }

            if (calendars.Count > 0)
            {
                jobs.Add(OutputFile.OnDemand(paths.Meetings(language) + "index.html", site, () => CalendarIndex(pages, views, calendars)));
            }
        }

        return jobs;
    }

    private static OutputFile? Case(PageRenderer pages, ViewFactory views, CasePage page, Func<string, string?> pathIn)
    {
        var model = PageModel.Create(pages, views, $"{views.Text("case")} {page.Dnro}", "case", page.Path, pathIn);
        model["feeds"] = Follow(pages, views, $"{views.Text("case")} {page.Dnro}", page.Path);
        model["casefile"] = new ScriptObject
        {
            ["dnro"] = page.Dnro,
            ["handlings"] = page.Handlings.Select(h => Item(pages, views, h)).ToList(),
            ["feed"] = pages.Site.Paths.Link(SitePaths.FeedOf(page.Path)),
        };
        return PageModel.Render(pages, "case", model, page.Path + "index.html");
    }

    private static OutputFile? Meeting(PageRenderer pages, ViewFactory views, MeetingPage page, Func<string, string?> pathIn)
    {
        var title = MeetingViews.Title(pages.Site, views.Language, page);
        // The one output that shows the file's personal data until its last day (Publication).
        var file = page.File?.AsShownOnItsPage ?? page.File;
        var model = PageModel.Create(pages, views, title, "meeting", page.Path, pathIn, page.File?.AsShownOnItsPage is not null);
        model["feeds"] = Follow(pages, views, title, page.Path);
        model["meeting"] = new ScriptObject
        {
            ["title"] = title,
            ["body"] = new LinkView(pages.Site.Config.FindBody(page.Id.Body)!.Label(views.Language), pages.Site.Paths.Link(new CouncilPaths(pages.Site.Config).Calendar(views.Language, page.Id.Body))),
            ["date"] = views.FormatDate(page.Id.Date),
            ["date_iso"] = IsoDate.Format(page.Id.Date),
            ["time"] = file?.Start is { } start ? Time(start, file.End) : null,
            ["place"] = file?.Place,
            ["cancelled"] = page.Cancelled,
            ["minutes_public"] = page.MinutesPublic is { } published ? views.FormatDate(published) : null,
            ["minutes_public_iso"] = page.MinutesPublic is { } p ? IsoDate.Format(p) : null,
            ["attendees"] = (file?.Attendees ?? []).Select(a => new ScriptObject { ["name"] = a.Name, ["role"] = a.Role, ["url"] = Members.PersonLinks.Of(pages.Site, views.Language, a.Name, file!.PersonalNames) }).ToList(),
            ["notes"] = file is null || string.IsNullOrWhiteSpace(file.Markdown) ? null : MarkdownRenderer.Prepare(file.Markdown),
            ["agenda"] = page.Agenda.Select(h => Item(pages, views, h)).ToList(),
            ["pending"] = page.Agenda.Any(h => DecisionStatuses.IsPending(h.Decision)),
            ["feed"] = pages.Site.Paths.Link(SitePaths.FeedOf(page.Path)),
        };
        return PageModel.Render(pages, "meeting", model, page.Path + "index.html");
    }

    private static OutputFile? Calendar(PageRenderer pages, ViewFactory views, MeetingCalendar calendar, Func<string, string?> pathIn)
    {
        var label = pages.Site.Config.FindBody(calendar.Body)!.Label(views.Language);
        var model = PageModel.Create(pages, views, $"{views.Text("meetings_of")}: {label}", "meetings", calendar.Path, pathIn);
        model["calendar"] = new ScriptObject
        {
            ["title"] = label,
            ["feed"] = pages.Site.Paths.Link(calendar.FeedPath),
            ["meetings"] = calendar.Meetings.Select(m => new ScriptObject
            {
                ["title"] = MeetingViews.Title(pages.Site, views.Language, m),
                ["url"] = pages.Site.Paths.Link(m.Path),
                ["date"] = views.FormatDate(m.Id.Date),
                ["date_iso"] = IsoDate.Format(m.Id.Date),
                ["cancelled"] = m.Cancelled,
                ["count"] = m.Agenda.Count,
            }).ToList(),
        };
        return PageModel.Render(pages, "meetings", model, calendar.Path + "index.html");
    }

    private static OutputFile? CalendarIndex(PageRenderer pages, ViewFactory views, IReadOnlyList<MeetingCalendar> calendars)
    {
        var path = new CouncilPaths(pages.Site.Config).Meetings(views.Language);
        var model = PageModel.Create(pages, views, views.Text("meetings"), "index", path, l => new CouncilPaths(pages.Site.Config).Meetings(l));
        model["index"] = new ScriptObject
        {
            ["title"] = views.Text("meetings"),
            ["kind"] = "meetings",
            ["url"] = pages.Site.Paths.Link(path),
            ["entries"] = calendars.Select(c => new LinkView(pages.Site.Config.FindBody(c.Body)!.Label(views.Language), pages.Site.Paths.Link(c.Path), c.Meetings.Count)).ToList(),
        };
        return PageModel.Render(pages, "index", model, path + "index.html");
    }

    private static OutputFile Feed(PageRenderer pages, ViewFactory views, MeetingCalendar calendar)
    {
        var host = pages.Site.Config.BaseUrl.Host;
        var label = pages.Site.Config.FindBody(calendar.Body)!.Label(views.Language);
        var events = calendar.Meetings
            .OrderBy(m => m.Id.Date)
            .Select(m => new ICalendarWriter.Event(
                $"{m.Id.Body}-{IsoDate.Format(m.Id.Date)}-{m.Language}@{host}",
                m.Id.Date,
                m.File?.Start,
                m.File?.End,
                MeetingViews.Title(pages.Site, views.Language, m),
                m.File?.Place,
                pages.Site.Paths.Absolute(m.Path),
                m.Cancelled,
                m.Cancelled ? views.Text("meeting_cancelled") : null));
        return new OutputFile(calendar.FeedPath, ICalendarWriter.Write($"{label} – {pages.Site.Config.Title[views.Language]}", views.Language, events));
    }

    private static HandlingView Item(PageRenderer pages, ViewFactory views, DecisionPage page)
    {
        var d = page.Decision;
        return new HandlingView(
            views.Summary(page),
            d.Section,
            d.Law.Status is { } s ? views.Text("status_" + DecisionStatuses.Id(s)) : null,
            pages.Site.Council.For(page).MeetingPath is { } m ? pages.Site.Paths.Link(m) : null);
    }

    // Feed readers find the page's own feed beside the language's feed of all decisions.
    private static List<FeedView> Follow(PageRenderer pages, ViewFactory views, string title, string pagePath) =>
        [.. views.DefaultFeeds(), new FeedView($"{title} – {pages.Site.Config.Title[views.Language]}", pages.Site.Paths.Link(SitePaths.FeedOf(pagePath)))];

    private static string Time(TimeOnly start, TimeOnly? end) =>
        end is { } e ? $"{Clock(start)}–{Clock(e)}" : Clock(start);

    private static string Clock(TimeOnly time) => time.ToString("HH\\.mm", System.Globalization.CultureInfo.InvariantCulture);
}
