using DecisionsPortal.Output;
using DecisionsPortal.Rendering.Feeds;
using DecisionsPortal.Site;

namespace DecisionsPortal.Rendering.Producers;

/// <summary>
/// Feeds to follow one matter: an Atom feed per case (every handling of a diary number, newest
/// first) and per meeting (its agenda items, which become its decisions at the same addresses),
/// written beside their pages as <c>atom.xml</c>. Entries are the listings' entries, so an agenda
/// item is marked as not yet decided, and reading a decision's update needs no new id.
/// </summary>
public sealed class FollowFeedProducer : IOutputProducer
{
    public IEnumerable<OutputFile> Produce(RenderContext context)
    {
        var site = context.Site;
        var fingerprint = context.Fingerprints?.AllButBodies;
        foreach (var page in site.Council.Cases)
        {
            yield return OutputFile.OnDemand(site.Paths.FeedOf(page.Path), fingerprint, () =>
            {
                var title = $"{Text(site, page.Language, "case")} {page.Dnro} – {site.Config.Title[page.Language]}";
                var entries = FeedCatalog.Entries(page);
                return AtomWriter.Write(site, page.Language, site.Paths.FeedOf(page.Path), page.Path.TrimEnd('/'), title, page.Path, entries);
            });
        }

        foreach (var page in site.Council.Meetings)
        {
            yield return OutputFile.OnDemand(site.Paths.FeedOf(page.Path), fingerprint, () =>
            {
                var title = $"{MeetingViews.Title(site, context.Views(page.Language), page)} – {site.Config.Title[page.Language]}";
                return AtomWriter.Write(site, page.Language, site.Paths.FeedOf(page.Path), page.Path.TrimEnd('/'), title, page.Path, page.Agenda);
            });
        }
    }

    private static string Text(SiteModel site, string language, string key) => site.Config.Strings[language].Text.GetValueOrDefault(key, key);
}
