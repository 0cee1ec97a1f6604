using DecisionsPortal.Diagnostics;
using DecisionsPortal.Yaml;

namespace DecisionsPortal.Configuration;

/// <summary>
/// A text for each language of the site, written as a mapping (<c>{ fi: …, sv: … }</c>): the
/// site's title, each organ's and topic's label and the municipality's name are read alike.
/// </summary>
internal static class LanguageTexts
{
    /// <param name="what">The key as the editor wrote it ("title", "bodies.kaupunginhallitus").</param>
    /// <param name="unknown">The code of a language the site does not have.</param>
    /// <param name="missing">The code of a language without its text.</param>
    /// <param name="notText">
    /// When given, a value that is not a text is told with this message at the value, is not told
    /// missing too, and a text is trimmed; without it an empty value is told missing.
    /// </param>
    /// <returns>The texts, or null when a language has none.</returns>
    public static Dictionary<string, string>? Read(YamlMapping map, string what, IReadOnlyList<string> languages, DiagnosticBag diagnostics,
        string unknown, string missing, Func<string, MessageText>? notText = null)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (language, keyNode, value) in map.Entries)
        {
            if (what.StartsWith("bodies.", StringComparison.Ordinal) && LawConfigReader.BodyKeys.Contains(language))
            {
                // Not a label: bodies.<id>.appeal, read by LawConfigReader.
            }
            else if (!languages.Contains(language))
            {
                diagnostics.Error(unknown, map.Source.At(keyNode), $"'{what}' has a label for '{language}', which is not in 'languages'{Suggestions.DidYouMean(language, languages)}");
            }
            else if (notText is null)
            {
                if (map.String(language) is { Length: > 0 } label)
                {
                    texts[language] = label;
                }
            }
            else if (value is ScalarNode { Value: { } written } && written.Trim() is { Length: > 0 } trimmed)
            {
                texts[language] = trimmed;
            }
            else
            {
                diagnostics.Error(missing, map.Source.At(value), notText(language));
            }
        }

        foreach (var language in languages.Where(l => !texts.ContainsKey(l) && (notText is null || !map.Has(l))))
        {
            diagnostics.Error(missing, map.Location, $"'{what}' has no label for language '{language}'");
        }

        return texts.Count == languages.Count ? texts : null;
    }
}
