using DecisionsPortal.Diagnostics;
using DecisionsPortal.Yaml;

namespace DecisionsPortal.Configuration;

/// <summary>
/// Reads <c>templates/i18n/&lt;lang&gt;.yml</c>. A language is added to the site by adding its
/// code to site.yml and this one file; so every UI text the default language has must be here too.
/// </summary>
public static class LanguageStringsLoader
{
    private static readonly string[] SegmentKeys = ["decisions", "year", "body", "topic", "person", "page", "search"];

    /// <param name="listed">The templates folder's files (<see cref="ThemeFiles"/>): one not among them is not read.</param>
    public static LanguageStrings? Load(string templatesDirectory, IReadOnlySet<string> listed, string language, SourceLocation requestedAt, DiagnosticBag diagnostics)
    {
        var path = PathOf(templatesDirectory, language);
        if (!listed.Contains(path))
        {
            diagnostics.Error(DiagnosticCodes.I18nMissing, requestedAt, $"language '{language}' has no strings file: create {PathDisplay.Relative(path)}");
            return null;
        }

        var notStrings = (MessageText)"a strings file must be 'field: value' lines: name, date_format, segments and strings";
        if (ConfigFile.ReadMapping(path, PathDisplay.Relative(path), diagnostics, notStrings, notStrings) is not { } yaml)
        {
            return null;
        }

        var name = Required(yaml, "name", diagnostics);
        var dateFormat = Required(yaml, "date_format", diagnostics);
        var segments = ReadSegments(yaml, diagnostics);
        var text = ReadText(yaml, diagnostics);
        return name is null || dateFormat is null || segments is null || text is null
            ? null
            : new LanguageStrings(language, name, dateFormat, segments, text);
    }

    public static string PathOf(string templatesDirectory, string language) => Path.Combine(templatesDirectory, "i18n", language + ".yml");

    private static UrlSegments? ReadSegments(YamlMapping yaml, DiagnosticBag diagnostics)
    {
        var map = yaml.Mapping("segments");
        if (map is null)
        {
            diagnostics.Error(DiagnosticCodes.I18nMissingString, yaml.Location, $"missing 'segments' (the URL words: {string.Join(", ", SegmentKeys)})");
            return null;
        }

        var values = SegmentKeys.Select(k => Required(map, k, diagnostics)).ToArray();
        if (values.FirstOrDefault(v => v is not null && !Slugs.IsSlug(v)) is { } value)
        {
            diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, map.Location, $"URL segment '{value}' may use only a-z, 0-9 and '-'");
            return null;
        }

        return values.Any(v => v is null) ? null : new UrlSegments(values[0]!, values[1]!, values[2]!, values[3]!, values[4]!, values[5]!, values[6]!);
    }

    private static Dictionary<string, string>? ReadText(YamlMapping yaml, DiagnosticBag diagnostics)
    {
        var map = yaml.Mapping("strings");
        if (map is null)
        {
            diagnostics.Error(DiagnosticCodes.I18nMissingString, yaml.Location, "missing 'strings' (the UI texts)");
            return null;
        }

        var text = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, _, _) in map.Entries)
        {
            text[key] = map.String(key) ?? "";
        }

        return text;
    }

    private static string? Required(YamlMapping yaml, string key, DiagnosticBag diagnostics)
    {
        var value = yaml.String(key);
        if (string.IsNullOrWhiteSpace(value))
        {
            diagnostics.Error(DiagnosticCodes.I18nMissingString, yaml.Location, $"missing '{key}'");
            return null;
        }

        return value;
    }
}
