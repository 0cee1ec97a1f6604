namespace DecisionsPortal.Configuration;

/// <summary>
/// Everything language-specific that must not come from the machine's culture: the language's
/// own name, its date format, its URL words and the UI texts the templates show.
/// </summary>
public sealed record LanguageStrings(
    string Code,
    string Name,
    string DateFormat,
    UrlSegments Segments,
    IReadOnlyDictionary<string, string> Text);
