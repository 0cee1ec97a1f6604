using DecisionsPortal.Content;
using DecisionsPortal.Law;
using DecisionsPortal.Rendering.Views;
using DecisionsPortal.Shared;
using DecisionsPortal.Site;

namespace DecisionsPortal.Rendering.Law;

/// <summary>Turns the council record of one decision into what its page shows, in one language.</summary>
public sealed class LawViewFactory(SiteModel site, ViewFactory views)
{
    public LawView For(DecisionPage page)
    {
        var d = page.Decision;
        var law = site.Council.For(page);
        // Named as the meeting's own page names it: the organ alone would only repeat the organ's row.
        var meeting = law.MeetingPath is null || law.Meeting is not { } id ? null
            : new LinkView(MeetingViews.Title(site, views.Language, id, law.MeetingNumber), site.Paths.Link(law.MeetingPath));
        var casePage = law.CasePath is null ? null : new LinkView(d.Dnro ?? "", site.Paths.Link(law.CasePath));
        // A case of one decision has no page, but is followed from its first decision all the same.
        var caseFeed = casePage is null && law.CaseFeedPath is { } feed ? site.Paths.Link(feed) : null;
        var newer = law.NewerHandling is { } later
            ? new LinkView($"{later.Decision.Title} ({views.FormatDate(later.Decision.Date)})", site.Paths.Link(later.Path))
            : null;
        return new LawView(
            d.Law.Confidential,
            d.Law.Status is { } status ? DecisionStatuses.Id(status) : null,
            d.Law.Status is { } s ? views.Text("status_" + DecisionStatuses.Id(s)) : null,
            meeting,
            casePage,
            caseFeed,
            newer,
            d.Law.Updated is { } updated ? views.FormatDate(updated) : null,
            d.Law.Updated is { } u ? IsoDate.Format(u) : null,
            VoteRows(d.Law.Votes),
            d.Law.Dissent,
            // Nothing decided yet, nothing to appeal against.
            d.Law.Confidential || DecisionStatuses.IsPending(d) ? null : Appeal(law, d.Language));
    }

    private AppealView? Appeal(DecisionLaw law, string language)
    {
        if (law.Appeal is not { } kind || site.Config.AppealText(kind, language) is not { } text)
        {
            return null;
        }

        var p = law.Period;
        return new AppealView(
            AppealKinds.Id(kind),
            views.Text("appeal_kind_" + AppealKinds.Id(kind)),
            MarkdownRenderer.Prepare(text),
            p is null ? null : views.FormatDate(p.MinutesPublic),
            p is null ? null : IsoDate.Format(p.MinutesPublic),
            p is null ? null : views.FormatDate(p.NoticeReceived),
            p is null ? null : IsoDate.Format(p.NoticeReceived),
            p is null ? null : views.FormatDate(p.LastDay),
            p is null ? null : IsoDate.Format(p.LastDay));
    }

    private List<VoteRowView> VoteRows(Votes? votes) => votes is null ? []
        : votes.Recorded().Select(x => new VoteRowView(x.Side, views.Text("votes_" + x.Side), x.Count.Count, string.Join(", ", x.Count.Names))).ToList();
}
