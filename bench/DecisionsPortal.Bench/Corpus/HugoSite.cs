using System.Text;
using System.Text.RegularExpressions;

namespace DecisionsPortal.Bench.Corpus;

/// <summary>
/// The same corpus as a Hugo site that makes the same pages: every decision in fi and sv (paired
/// by translationKey), the all-decisions listing and the year, organ, topic and person listings
/// paginated with the same page size, their indexes, RSS feeds for the site and for each organ
/// and topic, and a sitemap. The layouts (Corpus/HugoLayouts/) mirror DecisionsPortal's theme
/// element for element, so both tools do comparable work per page.
/// </summary>
public sealed partial class HugoSite(string root, string i18nDirectory, string stylesheet, int pageSize, int feedSize) : ICorpusSite
{
    private static readonly Dictionary<string, string> DecisionsSection = new(StringComparer.Ordinal) { ["fi"] = "paatokset", ["sv"] = "beslut" };

    public string Root => root;

    public static IReadOnlyList<string> LayoutFiles =>
    [
        "_default/baseof.html", "_default/single.html", "_default/list.html", "_default/terms.html", "index.html",
        "partials/head.html", "partials/header.html", "partials/footer.html", "partials/decision-list.html", "partials/pagination.html",
    ];

    public void WriteConfiguration()
    {
        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, "config.yaml"), Config(), Encoding.UTF8);
        foreach (var layout in LayoutFiles)
        {
            var target = Path.Combine(root, "layouts", layout);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using var resource = typeof(HugoSite).Assembly.GetManifestResourceStream("HugoLayouts/" + Path.GetFileName(layout))
                ?? throw new InvalidOperationException($"layout {layout} is not embedded");
            using var file = File.Create(target);
            resource.CopyTo(file);
        }

        Directory.CreateDirectory(Path.Combine(root, "assets"));
        File.Copy(stylesheet, Path.Combine(root, "assets", "site.css"), overwrite: true);
        foreach (var language in SyntheticCorpus.Languages)
        {
            Write(Path.Combine(root, "i18n", language + ".yaml"), I18n(language));
            WriteTermPages(language);
        }
    }

    public void WriteDecision(SyntheticDecision decision)
    {
        foreach (var (language, text) in decision.Text)
        {
            Write(Path.Combine(root, "content", language, DecisionsSection[language], decision.Year, decision.Slug + ".md"), Markdown(decision, language, text));
        }
    }

    /// <summary>Terms are slugs (safe in URLs either way); their _index.md gives the label, as site.yml does for us.</summary>
    public static string Slug(string text)
    {
        var folded = text.ToLowerInvariant().Replace('ä', 'a').Replace('ö', 'o').Replace('å', 'a');
        return NonSlug().Replace(folded, "-").Trim('-');
    }

    private string Config()
    {
        var yaml = new StringBuilder();
        yaml.Append("baseURL: https://paatokset.example.fi/\n");
        yaml.Append("defaultContentLanguage: fi\n");
        yaml.Append("defaultContentLanguageInSubdir: true\n");
        yaml.Append("paginate: ").Append(pageSize).Append('\n');
        yaml.Append("rssLimit: ").Append(feedSize).Append('\n');
        yaml.Append("timeout: 600s\n");
        yaml.Append("enableRobotsTXT: false\n");
        yaml.Append("taxonomies: { year: years, organ: organs, topic: topics, person: people }\n");
        yaml.Append("outputs: { home: [HTML, RSS], section: [HTML, RSS], taxonomy: [HTML], term: [HTML, RSS] }\n");
        yaml.Append("languages:\n");
        foreach (var (language, weight) in SyntheticCorpus.Languages.Select((l, i) => (l, i + 1)))
        {
            yaml.Append($"  {language}:\n");
            yaml.Append($"    contentDir: content/{language}\n");
            yaml.Append($"    languageName: {(language == "sv" ? "svenska" : "suomi")}\n");
            yaml.Append($"    title: {(language == "sv" ? "Benchmarkens beslut" : "Benchmarkin päätökset")}\n");
            yaml.Append($"    weight: {weight}\n");
            yaml.Append($"    params: {{ decisions: {DecisionsSection[language]}, page_size: {pageSize} }}\n");
        }

        return yaml.ToString();
    }

    // Hugo's i18n files are flat 'key: text'; the texts are our theme's own, so pages read alike.
    private string I18n(string language)
    {
        var builder = new StringBuilder();
        var inStrings = false;
        foreach (var line in File.ReadLines(Path.Combine(i18nDirectory, language + ".yml"), Encoding.UTF8))
        {
            if (!line.StartsWith(' '))
            {
                inStrings = line.StartsWith("strings:", StringComparison.Ordinal);
                continue;
            }

            var match = StringLine().Match(line);
            if (inStrings && match.Success)
            {
                builder.Append(match.Groups[1].Value).Append(": ").Append(Yaml.Quoted(match.Groups[2].Value.Trim())).Append('\n');
            }
        }

        return builder.ToString();
    }

    // Feeds only for the site, the organs and the topics, as DecisionsPortal makes them.
    private void WriteTermPages(string language)
    {
        WriteIndex(language, DecisionsSection[language], language == "sv" ? "Alla beslut" : "Kaikki päätökset", feeds: true);
        WriteIndex(language, "years", language == "sv" ? "Beslut per år" : "Päätökset vuosittain", feeds: false);
        WriteIndex(language, "organs", language == "sv" ? "Beslut per organ" : "Päätökset toimielimittäin", feeds: false);
        WriteIndex(language, "topics", language == "sv" ? "Beslut per ämne" : "Päätökset aiheittain", feeds: false);
        WriteIndex(language, "people", language == "sv" ? "Beslut per person" : "Päätökset henkilöittäin", feeds: false);
        for (var year = SyntheticCorpus.FirstYear; year <= SyntheticCorpus.LastYear; year++)
        {
            WriteIndex(language, $"years/{year}", year.ToString(System.Globalization.CultureInfo.InvariantCulture), feeds: false);
        }

        foreach (var organ in Town.Organs)
        {
            WriteIndex(language, $"organs/{organ.Id}", organ.Label(language), feeds: true);
        }

        foreach (var topic in Town.Topics)
        {
            WriteIndex(language, $"topics/{topic.Id}", topic.Label(language), feeds: true);
        }

        foreach (var official in Town.Officials)
        {
            WriteIndex(language, $"people/{Slug(official.Name)}", official.Name, feeds: false);
        }
    }

    private void WriteIndex(string language, string folder, string title, bool feeds)
    {
        var outputs = feeds ? "" : "outputs: [HTML]\n";
        Write(Path.Combine(root, "content", language, folder, "_index.md"), $"---\ntitle: {Yaml.Quoted(title)}\n{outputs}---\n");
    }

    private static string Markdown(SyntheticDecision d, string language, DecisionText text)
    {
        var builder = new StringBuilder("---\n");
        builder.Append("title: ").Append(Yaml.Quoted(text.Title)).Append('\n');
        builder.Append("date: ").Append(d.Iso).Append('\n');
        builder.Append("translationKey: ").Append(d.Slug).Append('\n');
        builder.Append("years: [\"").Append(d.Year).Append("\"]\n");
        builder.Append("organs: [").Append(d.Organ.Id).Append("]\n");
        builder.Append("organ_label: ").Append(Yaml.Quoted(d.Organ.Label(language))).Append('\n');
        builder.Append("topics: [").Append(string.Join(", ", d.Topics.Select(t => t.Id))).Append("]\n");
        builder.Append("people: [").Append(string.Join(", ", new[] { d.Preparer, d.Presenter }.Select(p => Slug(p.Name)).Distinct())).Append("]\n");
        builder.Append("section_number: ").Append(d.Section).Append('\n');
        builder.Append("dnro: ").Append(d.Dnro).Append('\n');
        builder.Append("preparer: { name: ").Append(d.Preparer.Name).Append(", title: ").Append(d.Preparer.Title(language)).Append(", id: ").Append(Slug(d.Preparer.Name)).Append(" }\n");
        builder.Append("presenter: { name: ").Append(d.Presenter.Name).Append(", title: ").Append(d.Presenter.Title(language)).Append(", id: ").Append(Slug(d.Presenter.Name)).Append(" }\n");
        builder.Append("proposal: ").Append(Yaml.Block(text.Proposal));
        if (text.Outcome is not null)
        {
            builder.Append("decision: ").Append(Yaml.Quoted(text.Outcome)).Append('\n');
        }

        builder.Append("---\n").Append(text.Preparation);
        return builder.ToString();
    }

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, Encoding.UTF8);
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonSlug();

    [GeneratedRegex("^  ([a-z_0-9]+):(.*)$")]
    private static partial Regex StringLine();
}
