using DecisionsPortal.Configuration;
using DecisionsPortal.Content;
using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Site;

/// <summary>The Model stage: decisions paired with their translations, given paths, and grouped into listings.</summary>
public static class SiteModelBuilder
{
    public static SiteModel Build(SiteConfig config, IReadOnlyList<Decision> loaded, DiagnosticBag diagnostics, IReadOnlyList<Meeting>? meetings = null)
    {
        var paths = new SitePaths(config);

        // The law first, so that nothing after this line sees confidential or expired text.
        var law = LawPass.Apply(config, loaded, meetings ?? [], diagnostics);
        var withdrawn = law.Decisions.Where(d => d.Law.Withdrawn && (config.IncludeDrafts || !d.Draft)).ToList();
        var published = law.Decisions.Where(d => (config.IncludeDrafts || !d.Draft) && !d.Law.Withdrawn).ToList();
        var pages = InternalLinks.Resolve(TranslationPairing.Pair(published, paths, diagnostics), loaded, paths, config, diagnostics)
            .OrderBy(p => p, DecisionOrder.NewestFirst)
            .ToList();

        var languages = config.Languages
            .Select(language => BuildLanguage(config, paths, language, pages))
            .ToList();
        var model = new SiteModel(config, paths, pages, languages, CouncilRecordBuilder.Build(config, law, withdrawn, languages, paths));
        return model with { Redirects = AliasResolver.Resolve(model, diagnostics) };
    }

    private static LanguageSite BuildLanguage(SiteConfig config, SitePaths paths, string language, IReadOnlyList<DecisionPage> all)
    {
        var native = all.Where(p => p.Language == language).ToList();

        // A decision without a version in this language is listed here in the first language
        // (in site.yml order) that has it, so each decision appears exactly once per listing.
        var listed = all
            .Where(p => p.Language == language || (!p.Translations.ContainsKey(language) && IsPreferredForeign(p, config.Languages, language)))
            .ToList();

        // One pass over the decisions fills every organ's and topic's list (in the order of
        // 'listed'), instead of one filter over all decisions per organ and per topic.
        var byBody = ListsOf(config.Bodies);
        var byTopic = ListsOf(config.Topics);
        foreach (var page in listed)
        {
            AddOnce(byBody.GetValueOrDefault(page.Decision.Body), page);
            foreach (var topic in page.Decision.Topics)
            {
                AddOnce(byTopic.GetValueOrDefault(topic), page);
            }
        }

        var listings = new ListingFactory(config, paths, language);
        var indexes = new List<ListingIndex>
        {
            listings.Index(ListingKind.Year, listed.GroupBy(p => p.Decision.Date.Year)
                .Select(g => (Key: g.Key.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), Items: g))
                .OrderByDescending(g => g.Key, StringComparer.Ordinal)
                .Select(g => listings.Create(ListingKind.Year, g.Key, g.Key, g.Items.ToList()))),
            listings.Index(ListingKind.Body, config.Bodies
                .Where(b => byBody[b.Id].Count > 0)
                .Select(b => listings.Create(ListingKind.Body, b.Id, b.Label(language), byBody[b.Id]))),
            listings.Index(ListingKind.Topic, config.Topics
                .Where(t => byTopic[t.Id].Count > 0)
                .Select(t => listings.Create(ListingKind.Topic, t.Id, t.Label(language), byTopic[t.Id]))),
            listings.Index(ListingKind.Person, PeopleOf(listed)
                .Select(g => listings.Create(ListingKind.Person, g.Key, g.Select(x => x.Name).Min(StringComparer.Ordinal)!,
                    g.Select(x => x.Page).Distinct(ReferenceEqualityComparer.Instance).Cast<DecisionPage>().ToList()))),
        };

        return new LanguageSite(language, paths.Home(language), native, listed,
            listings.Create(ListingKind.All, "", config.Title[language], listed), indexes);
    }

    private static Dictionary<string, List<DecisionPage>> ListsOf(IEnumerable<Term> terms)
    {
        var lists = new Dictionary<string, List<DecisionPage>>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            lists.TryAdd(term.Id, []);
        }

        return lists;
    }

    // A page is added right after itself only when a topic is repeated: once is enough.
    private static void AddOnce(List<DecisionPage>? list, DecisionPage page)
    {
        if (list is not null && (list.Count == 0 || !ReferenceEquals(list[^1], page)))
        {
            list.Add(page);
        }
    }

    private static bool IsPreferredForeign(DecisionPage page, IReadOnlyList<string> languages, string language)
    {
        var available = languages.Where(l => l == page.Language || page.Translations.ContainsKey(l)).ToList();
        return available.FirstOrDefault() == page.Language;
    }

    // Grouped by the slug of the name, so "Matti Ruotsalainen" as preparer and as presenter, in
    // either language, is one person with one page.
    // The same few officials sign thousands of decisions: each name is made a slug once.
    private static IEnumerable<IGrouping<string, (string Name, DecisionPage Page)>> PeopleOf(IEnumerable<DecisionPage> pages)
    {
        var slugs = new Dictionary<string, string>(StringComparer.Ordinal);
        string SlugOf(string name)
        {
            if (!slugs.TryGetValue(name, out var slug))
            {
                slug = Slugs.From(name);
                slugs[name] = slug;
            }

            return slug;
        }

        return pages
            .SelectMany(p => new[] { (p.Decision.Preparer.Name, Page: p), (p.Decision.Presenter.Name, Page: p) })
            .GroupBy(x => SlugOf(x.Name), StringComparer.Ordinal)
            .Where(g => g.Key.Length > 0)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
    }
}
