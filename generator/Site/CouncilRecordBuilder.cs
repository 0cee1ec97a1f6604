using DecisionsPortal.Configuration;
using DecisionsPortal.Content;

namespace DecisionsPortal.Site;

/// <summary>Groups the paired decision pages into cases and meetings, per language, once the law pass has run.</summary>
public static class CouncilRecordBuilder
{
    public static CouncilRecord Build(SiteConfig config, LawPass.Result law, IReadOnlyList<Decision> withdrawn, IReadOnlyList<LanguageSite> languages, SitePaths sitePaths)
    {
        var paths = new CouncilPaths(config);
        var cases = new List<CasePage>();
        var meetings = new List<MeetingPage>();
        var calendars = new List<MeetingCalendar>();
        var byPage = new Dictionary<string, DecisionLaw>(StringComparer.Ordinal);
        foreach (var site in languages)
        {
            var language = site.Language;
            var languageCases = site.Listed
                .Where(p => !string.IsNullOrWhiteSpace(p.Decision.Dnro) && Slugs.From(p.Decision.Dnro!).Length > 0)
                .GroupBy(p => Slugs.From(p.Decision.Dnro!), StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new CasePage(language, g.First().Decision.Dnro!.Trim(), paths.Case(language, g.First().Decision.Dnro!), g.OrderBy(p => p, Chronological).ToList()))
                .ToList();
            cases.AddRange(languageCases);

            var languageMeetings = MeetingsOf(site, law, paths).ToList();
            meetings.AddRange(languageMeetings);
            calendars.AddRange(languageMeetings
                .GroupBy(m => m.Id.Body, StringComparer.Ordinal)
                .OrderBy(g => config.Bodies.ToList().FindIndex(b => b.Id == g.Key))
                .Select(g => new MeetingCalendar(language, g.Key, paths.Calendar(language, g.Key), paths.Feed(language, g.Key), g.OrderByDescending(m => m.Id.Date).ToList())));

            var caseOf = languageCases
                .SelectMany(c => c.Handlings.Select(h => (h.Path, Case: c)))
                .ToDictionary(x => x.Path, x => x.Case, StringComparer.Ordinal);
            foreach (var page in site.Decisions)
            {
                var (appeal, period, meeting) = law.ByDecision.TryGetValue(LawPass.DecisionId(page.Decision), out var found) ? found : (null, null, null);
                var casePage = caseOf.GetValueOrDefault(page.Path);
                var newer = casePage?.Handlings.Where(h => Chronological.Compare(h, page) > 0).LastOrDefault();
                byPage[page.Path] = new DecisionLaw(appeal, period, casePage?.Path, meeting is { } id ? paths.Meeting(language, id) : null, newer, meeting);
            }
        }

        var tombstones = withdrawn
            .Select(d => new Tombstone(d.Language, d.Key, d.File.Path, sitePaths.Decision(d.Language, d.Date, d.Slug), d.Law.WithdrawnOn ?? d.Law.Updated ?? d.Date, TombstoneReason.Withdrawn))
            .Concat(config.RemovedFiles.Select(Deleted))
            .OrderBy(t => t.Language, StringComparer.Ordinal)
            .ThenBy(t => t.Key, StringComparer.Ordinal)
            .ToList();
        return new CouncilRecord(cases, meetings, calendars, byPage, tombstones, law.Expiries);
    }

    // "fi/2024/old.md" (relative to content/): its language, and the key it was paired by.
    private static Tombstone Deleted(RemovedFile file)
    {
        var parts = file.Path.TrimStart('/').Split('/', 2);
        var key = parts.Length == 2 ? Path.ChangeExtension(parts[1], null) : parts[0];
        return new Tombstone(parts.Length == 2 ? parts[0] : "", key, file.Path, null, file.Date, TombstoneReason.Deleted);
    }

    private static IEnumerable<MeetingPage> MeetingsOf(LanguageSite site, LawPass.Result law, CouncilPaths paths)
    {
        var agenda = site.Listed
            .Select(p => (Page: p, Meeting: law.ByDecision.TryGetValue(LawPass.DecisionId(p.Decision), out var found) ? found.Meeting : null))
            .Where(x => x.Meeting is not null)
            .GroupBy(x => x.Meeting!.Value)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Page).OrderBy(p => p.Decision.Section ?? int.MaxValue).ThenBy(p => p.Decision.Key, StringComparer.Ordinal).ToList());
        var ids = agenda.Keys.Concat(law.Meetings.Keys).Distinct().OrderBy(m => m.Body, StringComparer.Ordinal).ThenBy(m => m.Date);
        foreach (var id in ids)
        {
            var files = law.Meetings.GetValueOrDefault(id) ?? [];
            var file = files.FirstOrDefault(f => f.Language == site.Language) ?? files.FirstOrDefault();
            var items = agenda.GetValueOrDefault(id) ?? [];
            var number = files.Select(f => f.Number).FirstOrDefault(n => n is not null)
                ?? items.Select(p => p.Decision.Law.Meeting).FirstOrDefault(n => n is not null);
            var minutesPublic = file?.MinutesPublic ?? files.Select(f => f.MinutesPublic).FirstOrDefault(d => d is not null);
            yield return new MeetingPage(site.Language, id, paths.Meeting(site.Language, id), number, file, files.Any(f => f.Cancelled), minutesPublic, items);
        }
    }

    private static readonly Comparison<DecisionPage> ChronologicalOrder = (x, y) =>
    {
        var byDate = x.Decision.Date.CompareTo(y.Decision.Date);
        return byDate != 0 ? byDate : DecisionOrder.NewestFirst.Compare(y, x);
    };

    /// <summary>Oldest first: the order a case's handlings happened in.</summary>
    private static readonly IComparer<DecisionPage> Chronological = Comparer<DecisionPage>.Create(ChronologicalOrder);
}
