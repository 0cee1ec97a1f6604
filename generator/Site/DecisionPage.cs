using DecisionsPortal.Content;

namespace DecisionsPortal.Site;

/// <summary>A decision with its place on the site: its own path and the paths of its translations by language.</summary>
public sealed record DecisionPage(Decision Decision, string Path, IReadOnlyDictionary<string, string> Translations)
{
    public string Language => Decision.Language;
}
