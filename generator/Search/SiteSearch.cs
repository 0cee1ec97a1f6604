using DecisionsPortal.Configuration;
using DecisionsPortal.Content;
using DecisionsPortal.Site;

namespace DecisionsPortal.Search;

/// <summary>
/// The Search stage's data: per language, the index files and the address of the manifest that
/// the search page loads. Each language's index is built once, when first asked for, so that it
/// can be built beside the rendering of pages and the search page can wait for its manifest.
/// The index of a language holds every decision listed in it, translations missing included.
/// </summary>
public sealed class SiteSearch
{
    private readonly Dictionary<string, Lazy<SearchFiles>> indexes;

    /// <param name="cache">What earlier builds of this <c>serve</c> session indexed; a one-off build passes an empty one.</param>
    /// <param name="attachments">The attachments' texts read so far (the build's, or the <c>serve</c> session's).</param>
    public SiteSearch(SiteModel site, SearchCache cache, AttachmentTextCache attachments)
    {
        SearchableAttachments.Trim(site, attachments);
        indexes = site.Languages.ToDictionary(
            l => l.Language,
            l => new Lazy<SearchFiles>(() => Index(site, l.Language, Texts(site.Config, l.Language), cache, attachments)),
            StringComparer.Ordinal);
    }

    public SearchFiles this[string language] => indexes[language].Value;

    /// <param name="text">The UI texts the search script shows.</param>
    public static SearchFiles Index(SiteModel site, string language, IReadOnlyDictionary<string, string> text, SearchCache cache, AttachmentTextCache attachments)
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
        return LanguageIndexer.Build(site, language, cache.For(language), page, attachments);
    }

    private static Dictionary<string, string> Texts(SiteConfig config, string language) =>
        config.Strings[language].Text.Where(t => t.Key.StartsWith("search_", StringComparison.Ordinal)
                || t.Key.StartsWith("decision_", StringComparison.Ordinal) || t.Key.StartsWith("kind_", StringComparison.Ordinal)
                || t.Key is "previous_page" or "next_page")
            .ToDictionary(t => t.Key, t => t.Value);
}
