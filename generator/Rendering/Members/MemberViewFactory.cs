using DecisionsPortal.Rendering.Views;
using DecisionsPortal.Shared;
using DecisionsPortal.Site;

namespace DecisionsPortal.Rendering.Members;

/// <summary>Makes the member part of a person page, in one language, from the <see cref="MemberRecord"/>.</summary>
public sealed class MemberViewFactory(SiteModel site, ViewFactory views)
{
    /// <summary>Null for a person who is not in the register (a preparer or presenter).</summary>
    public MemberView? For(string slug)
    {
        if (site.Members.Find(views.Language, slug) is not { } page)
        {
            return null;
        }

        var paths = site.Paths;
        var member = page.Member;
        // An organ without decisions in this language has no listing to link to.
        var listed = site[views.Language].Indexes.Where(i => i.Kind == ListingKind.Body).SelectMany(i => i.Listings).Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
        var roles = member.Roles.Select(r => new MemberRoleView(
                new LinkView(site.Config.FindBody(r.Body)!.Label(views.Language), listed.Contains(r.Body) ? paths.Link(paths.Listing(views.Language, ListingKind.Body, r.Body)) : ""),
                views.Text("role_" + r.Role),
                views.FormatDate(r.From), IsoDate.Format(r.From),
                r.To is { } to ? views.FormatDate(to) : null, r.To is { } t ? IsoDate.Format(t) : null))
            .ToList();
        var meetings = site.Council.Meetings.Where(m => m.Language == views.Language).ToDictionary(m => m.Id);
        var attendance = member.Roles.Select(r => r.Body).Distinct(StringComparer.Ordinal)
            .Select(body =>
            {
                // Only meetings whose minutes list who attended can say whether the member did.
                var held = meetings.Values.Count(m => m.Id.Body == body && !m.Cancelled && m.File is { Attendees.Count: > 0 }
                    && member.Roles.Any(r => r.Body == body && r.Holds(m.Id.Date)));
                var attended = page.Attendance.Count(a => a.Meeting.Body == body);
                return new AttendanceView(site.Config.FindBody(body)!.Label(views.Language), attended, Math.Max(held, attended));
            })
            .Where(a => a.Held > 0)
            .ToList();
        return new MemberView(
            site.Members.Register.Group(member.Group)?.Label(views.Language),
            roles,
            page.Votes.Select(v => new MemberVoteView(views.Summary(v.Page), v.Side, views.Text("votes_" + v.Side))).ToList(),
            page.Dissents.Select(d => views.Summary(d.Page)).ToList(),
            attendance,
            page.Attendance.Select(a => new LinkView(
                meetings.TryGetValue(a.Meeting, out var m) ? MeetingViews.Title(site, views.Language, m) : views.FormatDate(a.Meeting.Date),
                paths.Link(a.Path))).ToList(),
            new FeedView($"{member.Name} – {site.Config.Title[views.Language]}", paths.Link(page.FeedPath)));
    }
}
