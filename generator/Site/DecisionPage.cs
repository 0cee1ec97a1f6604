using DecisionsPortal.Content;

namespace DecisionsPortal.Site;

/// <summary>A decision with its place on the site: its own path and the paths of its translations by language.</summary>
public sealed record DecisionPage(Decision Decision, string Path, IReadOnlyDictionary<string, string> Translations)
{
    /// <summary>
    /// Internal links of its Markdown, as written → the address they lead to (set by <see cref="InternalLinks"/>);
    /// <see cref="Withheld"/> for an attachment the build date withholds.
    /// </summary>
    public IReadOnlyDictionary<string, string> Links { get; init; } = NoLinks;

    /// <summary>The address of a link or image to an attachment withheld by the build date: none, so a link keeps only its words and an image goes.</summary>
    public const string Withheld = "";

    // One for every page without links (nearly all): serve makes 20,000 pages a model build at 10,000 decisions a language.
    private static readonly IReadOnlyDictionary<string, string> NoLinks = new Dictionary<string, string>();

    public string Language => Decision.Language;

    /// <summary>The page's path in a language: its own, its translation's, or null when it has none there.</summary>
    public string? PathIn(string language) => language == Language ? Path : Translations.GetValueOrDefault(language);
}
