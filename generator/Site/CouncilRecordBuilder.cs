using DecisionsPortal.Configuration;
using DecisionsPortal.Content;
using DecisionsPortal.Law;

namespace DecisionsPortal.Site;

/// <summary>Groups the paired decision pages into cases and meetings, per language, once the law pass has run.</summary>
public static class CouncilRecordBuilder
{
    /// <summary>The council's record from each language's part (<see cref="BuildLanguage"/>), in the order of the languages.</summary>
    public static CouncilRecord Build(SiteConfig config, LawPass.Result law, IReadOnlyList<Decision> withdrawn, IReadOnlyList<LanguageRecord> parts, SitePaths sitePaths)
    {
        var cases = parts.SelectMany(p => p.Cases).ToList();
        var meetings = parts.SelectMany(p => p.Meetings).ToList();
        var calendars = parts.SelectMany(p => p.Calendars).ToList();
        var byPage = new Dictionary<string, DecisionLaw>(parts.Sum(p => p.Laws.Count), StringComparer.Ordinal);
        foreach (var (path, decisionLaw) in parts.SelectMany(p => p.Laws))
        {
            byPage[path] = decisionLaw;
        }

        var tombstones = withdrawn
            .Select(d => new Tombstone(d.Language, d.Key, d.File.Path, sitePaths.Decision(d.Language, d.Date, d.Slug), d.Law.WithdrawnOn ?? d.Law.Updated ?? d.Date, TombstoneReason.Withdrawn))
            .Concat(config.RemovedFiles.Select(Deleted))
            .OrderBy(t => t.Language, StringComparer.Ordinal)
            .ThenBy(t => t.Key, StringComparer.Ordinal)
            .ToList();
        return new CouncilRecord(cases, meetings, calendars, byPage, tombstones, law.Expiries);
    }

    /// <summary>One language's cases, meetings, calendars and the law of each of its pages.</summary>
    public sealed record LanguageRecord(IReadOnlyList<CasePage> Cases, IReadOnlyList<MeetingPage> Meetings, IReadOnlyList<MeetingCalendar> Calendars, IReadOnlyList<KeyValuePair<string, DecisionLaw>> Laws);

    /// <summary>
    /// One language's part of the record: it reads that language's site only, so the Model stage
    /// makes it right after the language's listings, on the same core, while the other languages' run.
    /// </summary>
    /// <param name="slugOf">Makes a slug of a diary number (serve remembers each unchanged decision's).</param>
    public static LanguageRecord BuildLanguage(SiteConfig config, LawPass.Result law, LanguageSite site, CouncilPaths paths, Func<string, string> slugOf)
    {
        var language = site.Language;

        // The handlings of each case and the items of each meeting in one pass, in the order of
        // the listing; each diary number is made a slug once (the same number is in each language's site).
        // The law of each listed page is asked once, here: the language's own pages are listed too.
        var handlings = new Dictionary<string, List<DecisionPage>>(StringComparer.Ordinal);
        var agenda = new Dictionary<MeetingId, List<DecisionPage>>();
        var lawOf = new (AppealKind? Appeal, AppealPeriod? Period, MeetingId? Meeting)[site.Listed.Count];
        for (var i = 0; i < lawOf.Length; i++)
        {
            var page = site.Listed[i];
            lawOf[i] = law.Of(page.Decision);
            if (lawOf[i].Meeting is { } meeting)
            {
                ref var items = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(agenda, meeting, out _);
                (items ??= []).Add(page);
            }

            if (string.IsNullOrWhiteSpace(page.Decision.Dnro) || slugOf(page.Decision.Dnro) is not { Length: > 0 } slug)
            {
                continue;
            }

            ref var list = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(handlings, slug, out _);
            (list ??= new List<DecisionPage>(1)).Add(page);
        }

        // Sorted with their handlings: no case is looked up again by its slug.
        var cases = handlings.ToArray();
        Array.Sort(cases, (a, b) => string.CompareOrdinal(a.Key, b.Key));
        var languageCases = cases.Select(c => new CasePage(language, c.Value[0].Decision.Dnro!.Trim(), paths.CaseOfSlug(language, c.Key), Oldest(c.Value))).ToList();

        var languageMeetings = MeetingsOf(site, law, agenda, paths).ToList();
        var calendars = languageMeetings
            .GroupBy(m => m.Id.Body, StringComparer.Ordinal)
            .OrderBy(g => config.Bodies.ToList().FindIndex(b => b.Id == g.Key))
            .Select(g => new MeetingCalendar(language, g.Key, paths.Calendar(language, g.Key), paths.Feed(language, g.Key), g.OrderByDescending(m => m.Id.Date).ToList()))
            .ToList();

        // By the page itself: hashing 20,000 page addresses a language was most of the table's cost.
        var caseOf = new Dictionary<DecisionPage, CasePage>(site.Listed.Count, ReferenceEqualityComparer.Instance);
        foreach (var c in languageCases)
        {
            foreach (var handling in c.Handlings)
            {
                caseOf.Add(handling, c);
            }
        }

        // The decisions of one meeting share its address string.
        var meetingPages = languageMeetings.ToDictionary(m => m.Id);
        var laws = new List<KeyValuePair<string, DecisionLaw>>(site.Decisions.Count);
        var listedAt = 0;
        foreach (var page in site.Decisions)
        {
            while (!ReferenceEquals(site.Listed[listedAt], page))
            {
                listedAt++;
            }

            var (appeal, period, meeting) = lawOf[listedAt];
            var casePage = caseOf.GetValueOrDefault(page);
            var newer = casePage is null ? null : Newest(casePage.Handlings, page);
            var meetingPage = meeting is { } id ? meetingPages.GetValueOrDefault(id) : null;
            var meetingPath = meeting is { } at ? meetingPage?.Path ?? paths.Meeting(language, at) : null;
            laws.Add(new(page.Path, new DecisionLaw(appeal, period, casePage is { HasPage: true } ? casePage.Path : null, meetingPath, newer, casePage is null ? null : SitePaths.FeedOf(casePage.Path), meeting,
                meetingPage?.MinutesPublic, meetingPage?.File?.End ?? meetingPage?.File?.Start, meetingPage?.Number ?? page.Decision.Law.Meeting)));
        }

        return new LanguageRecord(languageCases, languageMeetings, calendars, laws);
    }

    // The newest handling of the case after the page's own (a loop: a LINQ query would make a
    // closure and an iterator for each of a large site's tens of thousands of pages).
    private static DecisionPage? Newest(IReadOnlyList<DecisionPage> handlings, DecisionPage page)
    {
        for (var i = handlings.Count - 1; i >= 0; i--)
        {
            if (Chronological.Compare(handlings[i], page) > 0)
            {
                return handlings[i];
            }
        }

        return null;
    }

    // Most cases have one handling, which needs no sorting.
    private static List<DecisionPage> Oldest(List<DecisionPage> handlings) =>
        handlings.Count < 2 ? handlings : handlings.OrderBy(p => p, Chronological).ToList();

    // "fi/2024/old.md" (relative to content/): its language, and the key it was paired by.
    private static Tombstone Deleted(RemovedFile file)
    {
        var parts = file.Path.TrimStart('/').Split('/', 2);
        var key = parts.Length == 2 ? Path.ChangeExtension(parts[1], null) : parts[0];
        return new Tombstone(parts.Length == 2 ? parts[0] : "", key, file.Path, null, file.Date, TombstoneReason.Deleted);
    }

    /// <param name="listedByMeeting">The listed pages of each meeting, in the listing's order, the meetings in the order of their first page.</param>
    private static IEnumerable<MeetingPage> MeetingsOf(LanguageSite site, LawPass.Result law, Dictionary<MeetingId, List<DecisionPage>> listedByMeeting, CouncilPaths paths)
    {
        var agenda = listedByMeeting.ToDictionary(g => g.Key, g => g.Value.OrderBy(p => p.Decision.Section ?? int.MaxValue).ThenBy(p => p.Decision.Key, StringComparer.Ordinal).ToList());
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

    /// <summary>Oldest first: the order a case's handlings happened in.</summary>
    private static readonly IComparer<DecisionPage> Chronological = Comparer<DecisionPage>.Create((x, y) => DecisionOrder.NewestFirst.Compare(y, x));
}
