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

        return LanguageTexts.Read(yaml.Wrap(node), Key, languages, diagnostics, DiagnosticCodes.ConfigInvalidMunicipality, DiagnosticCodes.ConfigInvalidMunicipality,
            language => MessageText.Of($"'{Key}.{language}' must be a text, e.g. {language}: Kemin"));
    }
}
