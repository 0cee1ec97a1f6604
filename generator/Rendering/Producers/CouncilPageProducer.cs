using DecisionsPortal.Content;
using DecisionsPortal.Output;
using DecisionsPortal.Rendering.Law;
using DecisionsPortal.Rendering.Views;
using DecisionsPortal.Shared;
using DecisionsPortal.Site;
using Scriban.Runtime;

namespace DecisionsPortal.Rendering.Producers;

/// <summary>
/// The council's record as pages: one per case (diary number), one per meeting, a calendar of
/// meetings per organ with its iCalendar feed, and an index of the calendars, in every language.
/// </summary>
public sealed class CouncilPageProducer : IOutputProducer
{
    public IEnumerable<OutputFile> Produce(RenderContext context)
    {
        var council = context.Site.Council;
        var paths = new CouncilPaths(context.Site.Config);

        // The language switcher links the same case, meeting or calendar in another language when it has a page there.
        var existing = council.Cases.Select(c => c.Path).Concat(council.Meetings.Select(m => m.Path)).Concat(council.Calendars.Select(c => c.Path))
            .ToHashSet(StringComparer.Ordinal);
        Func<string, string?> IfExists(Func<string, string> pathIn) => l => existing.Contains(pathIn(l)) ? pathIn(l) : null;
        // Made later, on all cores, by the Render stage; each shows several decisions, so it depends on the site.
        var site = context.Fingerprints?.AllButBodies;
        var jobs = new List<OutputFile>();
        foreach (var language in context.Site.Config.Languages)
        {
            var views = context.Views(language);
            jobs.AddRange(council.Cases.Where(c => c.Language == language).Select(c => OutputFile.OnDemand(c.Path + "index.html", site, () => Case(context, views, c, IfExists(l => paths.Case(l, c.Dnro))))));
            jobs.AddRange(council.Meetings.Where(m => m.Language == language).Select(m => OutputFile.OnDemand(m.Path + "index.html", site, () => Meeting(context, views, m, IfExists(l => paths.Meeting(l, m.Id))))));
            var calendars = council.Calendars.Where(c => c.Language == language).ToList();
            foreach (var calendar in calendars)
            {
                jobs.Add(OutputFile.OnDemand(calendar.Path + "index.html", site, () => Calendar(context, views, calendar, IfExists(l => paths.Calendar(l, calendar.Body)))));
                jobs.Add(OutputFile.OnDemand(calendar.FeedPath, site, () => Feed(context, views, calendar)));
            }

            if (calendars.Count > 0)
            {
                jobs.Add(OutputFile.OnDemand(paths.Meetings(language) + "index.html", site, () => CalendarIndex(context, views, calendars)));
            }
        }

        return jobs;
    }

    private static OutputFile? Case(RenderContext context, ViewFactory views, CasePage page, Func<string, string?> pathIn)
    {
        var model = PageModel.Create(context, views, $"{views.Text("case")} {page.Dnro}", "case", page.Path, pathIn);
        model["feeds"] = Follow(context, views, $"{views.Text("case")} {page.Dnro}", page.Path);
        model["casefile"] = new ScriptObject
        {
            ["dnro"] = page.Dnro,
            ["handlings"] = page.Handlings.Select(h => Item(context, views, h)).ToList(),
            ["feed"] = context.Site.Paths.Link(context.Site.Paths.FeedOf(page.Path)),
        };
        return PageModel.Render(context, "case", model, page.Path + "index.html");
    }

    private static OutputFile? Meeting(RenderContext context, ViewFactory views, MeetingPage page, Func<string, string?> pathIn)
    {
        var title = MeetingViews.Title(context.Site, views, page);
        // The one output that shows the file's personal data until its last day (Publication).
        var file = page.File?.AsShownOnItsPage ?? page.File;
        var model = PageModel.Create(context, views, title, "meeting", page.Path, pathIn, page.File?.AsShownOnItsPage is not null);
        model["feeds"] = Follow(context, views, title, page.Path);
        model["meeting"] = new ScriptObject
        {
            ["title"] = title,
            ["body"] = new LinkView(context.Site.Config.FindBody(page.Id.Body)!.Label(views.Language), context.Site.Paths.Link(new CouncilPaths(context.Site.Config).Calendar(views.Language, page.Id.Body))),
            ["date"] = views.FormatDate(page.Id.Date),
            ["date_iso"] = IsoDate.Format(page.Id.Date),
            ["time"] = file?.Start is { } start ? Time(start, file.End) : null,
            ["place"] = file?.Place,
            ["cancelled"] = page.Cancelled,
            ["minutes_public"] = page.MinutesPublic is { } published ? views.FormatDate(published) : null,
            ["minutes_public_iso"] = page.MinutesPublic is { } p ? IsoDate.Format(p) : null,
            ["attendees"] = (file?.Attendees ?? []).Select(a => new ScriptObject { ["name"] = a.Name, ["role"] = a.Role, ["url"] = Members.PersonLinks.Of(context.Site, views.Language, a.Name, file!.PersonalNames) }).ToList(),
            ["notes"] = file is null || string.IsNullOrWhiteSpace(file.Markdown) ? null : context.Markdown.Render(file.Markdown),
            ["agenda"] = page.Agenda.Select(h => Item(context, views, h)).ToList(),
            ["pending"] = page.Agenda.Any(h => DecisionStatuses.IsPending(h.Decision)),
            ["feed"] = context.Site.Paths.Link(context.Site.Paths.FeedOf(page.Path)),
        };
        return PageModel.Render(context, "meeting", model, page.Path + "index.html");
    }

    private static OutputFile? Calendar(RenderContext context, ViewFactory views, MeetingCalendar calendar, Func<string, string?> pathIn)
    {
        var label = context.Site.Config.FindBody(calendar.Body)!.Label(views.Language);
        var model = PageModel.Create(context, views, $"{views.Text("meetings_of")}: {label}", "meetings", calendar.Path, pathIn);
        model["calendar"] = new ScriptObject
        {
            ["title"] = label,
            ["feed"] = context.Site.Paths.Link(calendar.FeedPath),
            ["meetings"] = calendar.Meetings.Select(m => new ScriptObject
            {
                ["title"] = MeetingViews.Title(context.Site, views, m),
                ["url"] = context.Site.Paths.Link(m.Path),
                ["date"] = views.FormatDate(m.Id.Date),
                ["date_iso"] = IsoDate.Format(m.Id.Date),
                ["cancelled"] = m.Cancelled,
                ["count"] = m.Agenda.Count,
            }).ToList(),
        };
        return PageModel.Render(context, "meetings", model, calendar.Path + "index.html");
    }

    private static OutputFile? CalendarIndex(RenderContext context, ViewFactory views, IReadOnlyList<MeetingCalendar> calendars)
    {
        var path = new CouncilPaths(context.Site.Config).Meetings(views.Language);
        var model = PageModel.Create(context, views, views.Text("meetings"), "index", path, l => new CouncilPaths(context.Site.Config).Meetings(l));
        model["index"] = new ScriptObject
        {
            ["title"] = views.Text("meetings"),
            ["kind"] = "meetings",
            ["url"] = context.Site.Paths.Link(path),
            ["entries"] = calendars.Select(c => new LinkView(context.Site.Config.FindBody(c.Body)!.Label(views.Language), context.Site.Paths.Link(c.Path), c.Meetings.Count)).ToList(),
        };
        return PageModel.Render(context, "index", model, path + "index.html");
    }

    private static OutputFile Feed(RenderContext context, ViewFactory views, MeetingCalendar calendar)
    {
        var host = context.Site.Config.BaseUrl.Host;
        var label = context.Site.Config.FindBody(calendar.Body)!.Label(views.Language);
        var events = calendar.Meetings
            .OrderBy(m => m.Id.Date)
            .Select(m => new ICalendarWriter.Event(
                $"{m.Id.Body}-{IsoDate.Format(m.Id.Date)}-{m.Language}@{host}",
                m.Id.Date,
                m.File?.Start,
                m.File?.End,
                MeetingViews.Title(context.Site, views, m),
                m.File?.Place,
                context.Site.Paths.Absolute(m.Path),
                m.Cancelled,
                m.Cancelled ? views.Text("meeting_cancelled") : null));
        return new OutputFile(calendar.FeedPath, ICalendarWriter.Write($"{label} – {context.Site.Config.Title[views.Language]}", views.Language, events));
    }

    private static HandlingView Item(RenderContext context, ViewFactory views, DecisionPage page)
    {
        var d = page.Decision;
        return new HandlingView(
            views.Summary(page),
            d.Section,
            d.Law.Status is { } s ? views.Text("status_" + DecisionStatuses.Id(s)) : null,
            context.Site.Council.For(page).MeetingPath is { } m ? context.Site.Paths.Link(m) : null);
    }

    // Feed readers find the page's own feed beside the language's feed of all decisions.
    private static List<FeedView> Follow(RenderContext context, ViewFactory views, string title, string pagePath) =>
        [.. views.DefaultFeeds(), new FeedView($"{title} – {context.Site.Config.Title[views.Language]}", context.Site.Paths.Link(context.Site.Paths.FeedOf(pagePath)))];

    private static string Time(TimeOnly start, TimeOnly? end) =>
        end is { } e ? $"{Clock(start)}–{Clock(e)}" : Clock(start);

    private static string Clock(TimeOnly time) => time.ToString("HH\\.mm", System.Globalization.CultureInfo.InvariantCulture);
}
