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

        var listings = new ListingFactory(config, paths, language);
        var indexes = new List<ListingIndex>
        {
            listings.Index(ListingKind.Year, listed.GroupBy(p => p.Decision.Date.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture))
                .OrderByDescending(g => g.Key, StringComparer.Ordinal)
                .Select(g => listings.Create(ListingKind.Year, g.Key, g.Key, g.ToList()))),
            listings.Index(ListingKind.Body, config.Bodies
                .Select(b => listings.Create(ListingKind.Body, b.Id, b.Label(language), listed.Where(p => p.Decision.Body == b.Id).ToList()))
                .Where(l => l.Items.Count > 0)),
            listings.Index(ListingKind.Topic, config.Topics
                .Select(t => listings.Create(ListingKind.Topic, t.Id, t.Label(language), listed.Where(p => p.Decision.Topics.Contains(t.Id)).ToList()))
                .Where(l => l.Items.Count > 0)),
            listings.Index(ListingKind.Person, PeopleOf(listed)
                .Select(g => listings.Create(ListingKind.Person, g.Key, g.Select(x => x.Name).Min(StringComparer.Ordinal)!, g.Select(x => x.Page).Distinct().ToList()))),
        };

        return new LanguageSite(language, paths.Home(language), native, listed,
            listings.Create(ListingKind.All, "", config.Title[language], listed), indexes);
    }

    private static bool IsPreferredForeign(DecisionPage page, IReadOnlyList<string> languages, string language)
    {
        var available = languages.Where(l => l == page.Language || page.Translations.ContainsKey(l)).ToList();
        return available.FirstOrDefault() == page.Language;
    }

    // Grouped by the slug of the name, so "Matti Ruotsalainen" as preparer and as presenter, in
    // either language, is one person with one page.
    private static IEnumerable<IGrouping<string, (string Name, DecisionPage Page)>> PeopleOf(IEnumerable<DecisionPage> pages) => pages
        .SelectMany(p => new[] { (p.Decision.Preparer.Name, Page: p), (p.Decision.Presenter.Name, Page: p) })
        .GroupBy(x => Slugs.From(x.Name), StringComparer.Ordinal)
        .Where(g => g.Key.Length > 0)
        .OrderBy(g => g.Key, StringComparer.Ordinal);
}
