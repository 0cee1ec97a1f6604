using DecisionsPortal.Diagnostics;
using DecisionsPortal.Yaml;

namespace DecisionsPortal.Configuration;

/// <summary>
/// The language the commands speak to the editor in: <c>--lang</c>, else <c>editor_language:</c> in
/// site.yml, else the site's first language, else English. Read on its own, before and apart from
/// the Configure stage, because the messages that say site.yml is broken need a language too.
/// </summary>
public static class EditorLanguage
{
    public const string Key = "editor_language";

    /// <summary>The catalogue of the editor's language; null for English.</summary>
    public static MessageCatalogue? Catalogue(string? option, string configPath) => MessageCatalogue.For(Resolve(option, configPath));

    public static string Resolve(string? option, string configPath)
    {
        if (Known(option))
        {
            return option!;
        }

        var mapping = Read(configPath);
        var chosen = mapping?.String(Key);
        if (Known(chosen))
        {
            return chosen!;
        }

        var first = mapping?.StringList("languages")?.FirstOrDefault().Value;
        return Known(first) ? first! : "en";
    }

    /// <summary>The Configure stage's check of <c>editor_language:</c>, so a typo is not silently English.</summary>
    public static void Validate(YamlMapping yaml, DiagnosticBag diagnostics)
    {
        if (yaml.Has(Key) && yaml.String(Key) is { } value && !Known(value))
        {
            diagnostics.Error(DiagnosticCodes.InvalidEditorLanguage, yaml.ValueLocation(Key),
                $"'{Key}' must be fi, sv or en, the languages the messages are written in, not '{value}'");
        }
    }

    private static bool Known(string? language) => language is not null && MessageCatalogue.Languages.Contains(language);

    // Its problems are the Configure stage's to report; here only a language is wanted.
    private static YamlMapping? Read(string configPath)
    {
        try
        {
            return File.Exists(configPath) ? ConfigFile.ReadMapping(configPath, configPath, new DiagnosticBag(), MessageText.Empty, MessageText.Empty) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
