using DecisionsPortal.Shared;
using DecisionsPortal.Site;

namespace DecisionsPortal.Rendering.Data;

/// <summary>Turns a decision page of the model into its open data record, with absolute URLs.</summary>
public sealed class DecisionDataFactory(SiteModel site)
{
    private readonly HashSet<string> meetings = site.Council.Meetings.Select(m => m.Path).ToHashSet(StringComparer.Ordinal);

    /// <param name="withText">False when only the facts are needed (the page's JSON-LD): the text
    /// is then left empty instead of being copied without its surrounding blank lines.</param>
    public DecisionData Create(DecisionPage page, bool withText = true)
    {
        var config = site.Config;
        var paths = site.Paths;
        var d = page.Decision;
        var language = d.Language;
        var law = site.Council.For(page);
        var meeting = law.MeetingPath is { } at && meetings.Contains(at) ? at : null;
        return new DecisionData(
            d.Key,
            language,
            site.Paths.Absolute(page.Path),
            site.Paths.Absolute(paths.DecisionData(page.Path)),
            config.Languages.Where(l => page.Translations.ContainsKey(l)).Select(l => new TranslationData(l, site.Paths.Absolute(page.Translations[l]))).ToList(),
            d.Title,
            IsoDate.Format(d.Date),
            new FollowedTermData(d.Body, config.FindBody(d.Body)!.Label(language), site.Paths.Absolute(paths.Feed(language, ListingKind.Body, d.Body))),
            d.Section,
            d.Dnro,
            new PersonData(d.Preparer.Name, d.Preparer.Title),
            new PersonData(d.Presenter.Name, d.Presenter.Title),
            d.Proposal,
            d.DecisionText,
            withText ? d.Law.Previous : null,
            withText ? d.Markdown.Trim() : "",
            d.Topics.Select(t => new FollowedTermData(t, config.FindTopic(t)!.Label(language), site.Paths.Absolute(paths.Feed(language, ListingKind.Topic, t)))).ToList(),
            d.Attachments.Select(a => new AttachmentData(a.Title, site.Paths.Absolute(site.Paths.Attachment(page, a)), FileTypes.Of(a.File), a.Size)).ToList(),
            site.Redirects.Where(r => r.Decision == page).Select(r => site.Paths.Absolute(r.Path)).ToList(),
            d.Draft,
            d.Law.Meeting?.ToString(),
            d.Law.Status is { } status ? Content.DecisionStatuses.Id(status) : null,
            d.Law.Votes,
            d.Law.Dissent,
            d.Law.Updated is { } updated ? IsoDate.Format(updated) : null,
            d.Law.Confidential,
            law.CasePath is { } casePath ? site.Paths.Absolute(casePath) : null,
            law.CaseFeedPath is { } caseFeed ? site.Paths.Absolute(caseFeed) : null,
            meeting is null ? null : site.Paths.Absolute(meeting),
            meeting is null ? null : site.Paths.Absolute(SitePaths.FeedOf(meeting)));
    }

    /// <summary>A decision taken off the site, for mirrors to delete; its address when it had one.</summary>
    public TombstoneData Tombstone(Tombstone tombstone) => new(
        tombstone.Key,
        tombstone.Language,
        tombstone.Path is null ? null : site.Paths.Absolute(tombstone.Path),
        IsoDate.Format(tombstone.Date),
        tombstone.Reason == TombstoneReason.Withdrawn ? "withdrawn" : "deleted");
}
