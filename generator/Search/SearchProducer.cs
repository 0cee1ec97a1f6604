using DecisionsPortal.Content;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Markup;
using DecisionsPortal.Output;
using DecisionsPortal.Rendering;
using DecisionsPortal.Rendering.Producers;
using DecisionsPortal.Site;
using Scriban.Runtime;

namespace DecisionsPortal.Search;

/// <summary>
/// Per language: the search index files (<see cref="SearchIndexWriter"/>) and the search page
/// that loads them. One producer makes both because the page names the manifest by its hash.
/// The index of a language holds every decision listed in it, translations missing included.
/// </summary>
public sealed class SearchProducer : IOutputProducer
{
    public const int SnippetLength = 240;

    public IEnumerable<OutputFile> Produce(RenderContext context)
    {
        var results = new List<OutputFile>[context.Site.Languages.Count];
        var unreadable = new IReadOnlyList<UnreadableAttachment>[results.Length];
        Parallel.For(0, results.Length, i => (results[i], unreadable[i]) = ForLanguage(context, context.Site.Languages[i]));

        // Once a file, though both languages' indexes may hold its decision.
        foreach (var file in unreadable.SelectMany(u => u).DistinctBy(u => u.SourcePath).OrderBy(u => u.SourcePath, StringComparer.Ordinal))
        {
            context.Diagnostics?.Warning(DiagnosticCodes.AttachmentUnreadable, file.Location,
                $"the text of attachment {PathDisplay.Relative(file.SourcePath)} could not be read ({file.Error}); it is published, but search does not find its words");
        }

        return results.SelectMany(r => r);
    }

    /// <param name="cache">What earlier builds of this <c>serve</c> session indexed; a one-off build starts with an empty one.</param>
    public static SearchFiles BuildIndex(SiteModel site, string language, IReadOnlyDictionary<string, string> text, SearchCache? cache = null)
    {
        var config = site.Config;
        var page = new SearchPageInfo(
            $"search/{language}/",
            config.BasePath,
            config.Strings[language].DateFormat,
            config.Bodies.Select(b => (b.Id, b.Label(language))).ToList(),
            config.Topics.Select(t => (t.Id, t.Label(language))).ToList(),
            config.Languages.Select(l => (l, config.Strings[l].Name, config.Strings[language].Text.GetValueOrDefault("in_language_" + l, config.Strings[l].Name))).ToList(),
            text);
        cache ??= new SearchCache();
        return IncrementalIndexer.Build(site, language, cache.For(language), page, cache.Attachments);
    }

    public static SearchDocument Document(SiteModel site, DecisionPage page) => Document(site, page, DecisionPeople.Names(site, page));

    /// <summary>The search document of a decision page, with the names of <see cref="DecisionPeople"/> given.</summary>
    internal static SearchDocument Document(SiteModel site, DecisionPage page, string people)
    {
        var d = page.Decision;
        var proposal = PlainText.FromMarkdown(d.Proposal);
        var body = PlainText.FromMarkdown(d.Markdown);
        var extra = string.Join(' ', new[] { PlainText.FromMarkdown(d.DecisionText), body, d.Preparer.Name, d.Presenter.Name, d.Dnro ?? "", people }.Where(s => s.Length > 0));
        var snippet = PlainText.Excerpt(proposal, body, SnippetLength);
        return new SearchDocument(d.Language, d.Title, proposal, extra, d.Date, d.Body, d.Topics, page.Path, snippet)
        {
            Note = DecisionStatuses.IsPending(d) ? site.Config.Strings[d.Language].Text.GetValueOrDefault("not_decided") : null,
        };
    }

    private static (List<OutputFile> Files, IReadOnlyList<UnreadableAttachment> Unreadable) ForLanguage(RenderContext context, LanguageSite languageSite)
    {
        var language = languageSite.Language;
        var views = context.Views(language);
        var text = views.Strings.Text.Where(t => t.Key.StartsWith("search_", StringComparison.Ordinal)
                || t.Key.StartsWith("decision_", StringComparison.Ordinal) || t.Key.StartsWith("kind_", StringComparison.Ordinal)
                || t.Key is "previous_page" or "next_page")
            .ToDictionary(t => t.Key, t => t.Value);
        var index = BuildIndex(context.Site, language, text, context.SearchCache);
        var files = new List<OutputFile>(index.Files);

        var paths = context.Site.Paths;
        var path = paths.Search(language);
        var model = PageModel.Create(context, views, views.Text("search_title"), "search", path, paths.Search);
        model["search"] = new ScriptObject
        {
            ["manifest"] = paths.Link(index.ManifestPath),
            ["all"] = paths.Link(languageSite.All.Path),
            ["indexes"] = languageSite.Indexes.Select(i => new ScriptObject
            {
                ["title"] = views.Text("index_" + i.Kind.ToString().ToLowerInvariant()),
                ["url"] = paths.Link(i.Path),
            }).ToList(),
        };
        var html = context.Templates.Render("search", model, new Diagnostics.SourceLocation(path + "index.html"));
        if (html is not null)
        {
            files.Add(OutputFile.Text(path + "index.html", html));
        }

        return (files, index.Unreadable);
    }
}
