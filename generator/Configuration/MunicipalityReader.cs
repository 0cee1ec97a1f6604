using DecisionsPortal.Diagnostics;
using DecisionsPortal.Yaml;

namespace DecisionsPortal.Configuration;

/// <summary>
/// site.yml <c>municipality: { fi: Kemin, sv: Kemi }</c>: optional; the words written before an
/// organ's name in a citation ("Kemin kaupunginhallitus, päätös 14.3.2025 § 201"), one text for
/// each language of the site, since a citation in one language only would read differently.
/// </summary>
public static class MunicipalityReader
{
    public const string Key = "municipality";

    public static IReadOnlyDictionary<string, string>? Read(YamlMapping yaml, IReadOnlyList<string> languages, DiagnosticBag diagnostics)
    {
        if (yaml.Value(Key) is not { } value)
        {
            return null;
        }

        if (value is not MappingNode node)
        {
            diagnostics.Error(DiagnosticCodes.ConfigInvalidMunicipality, yaml.ValueLocation(Key), $"'{Key}' needs a text per language, e.g. {{ {string.Join(", ", languages.Select(l => l + ": …"))} }}");
            return null;
        }

        var map = yaml.Wrap(node);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (language, keyNode, text) in map.Entries)
        {
            if (!languages.Contains(language))
            {
                diagnostics.Error(DiagnosticCodes.ConfigInvalidMunicipality, map.Source.At(keyNode), $"'{Key}' has a label for '{language}', which is not in 'languages'{Suggestions.DidYouMean(language, languages)}");
            }
            else if (text is ScalarNode { Value: { } written } && written.Trim() is { Length: > 0 } trimmed)
            {
                texts[language] = trimmed;
            }
            else
            {
                diagnostics.Error(DiagnosticCodes.ConfigInvalidMunicipality, map.Source.At(text), $"'{Key}.{language}' must be a text, e.g. {language}: Kemin");
            }
        }

        foreach (var language in languages.Where(l => !texts.ContainsKey(l) && !map.Has(l)))
        {
            diagnostics.Error(DiagnosticCodes.ConfigInvalidMunicipality, map.Location, $"'{Key}' has no label for language '{language}'");
        }

        return texts.Count == languages.Count ? texts : null;
    }
}
