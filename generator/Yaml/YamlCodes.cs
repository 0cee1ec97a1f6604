using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Yaml;

/// <summary>
/// The codes a YAML text's problems are reported with: a content file's (exit 1) or a
/// configuration file's (exit 2), since the same mistake in site.yml stops the build as a
/// configuration error. A character of no width at a value's edge is left out with a warning
/// (<see cref="ZeroWidth"/>): in site.yml it would hide in every address built on base_url.
/// </summary>
public sealed record YamlCodes(
    string Syntax,
    string Tab,
    string ColonInValue,
    string BlockNotIndented,
    string NoSpaceAfterColon,
    string UnclosedQuote,
    string UnclosedBracket,
    string Anchor,
    string Alias,
    string Tag,
    string RepeatedKey,
    string SecondDocument,
    string TooDeep,
    string ControlCharacter,
    string QuoteTheValue,
    string StrayBracket,
    string Indentation,
    string LineShape,
    string HalfCharacter,
    string ZeroWidth)
{
    public static readonly YamlCodes Content = new(
        DiagnosticCodes.InvalidYaml, DiagnosticCodes.YamlTab, DiagnosticCodes.YamlColonInValue, DiagnosticCodes.YamlBlockNotIndented,
        DiagnosticCodes.YamlNoSpaceAfterColon, DiagnosticCodes.YamlUnclosedQuote, DiagnosticCodes.YamlUnclosedBracket,
        DiagnosticCodes.YamlAnchor, DiagnosticCodes.YamlAlias, DiagnosticCodes.YamlTag, DiagnosticCodes.DuplicateField,
        DiagnosticCodes.YamlSecondDocument, DiagnosticCodes.YamlTooDeep, DiagnosticCodes.ControlCharacter,
        DiagnosticCodes.YamlQuoteTheValue, DiagnosticCodes.YamlStrayBracket, DiagnosticCodes.YamlIndentation, DiagnosticCodes.YamlLineShape,
        DiagnosticCodes.YamlHalfCharacter, DiagnosticCodes.ZeroWidthCharacter);

    public static readonly YamlCodes Configuration = new(
        DiagnosticCodes.ConfigInvalidYaml, DiagnosticCodes.ConfigYamlTab, DiagnosticCodes.ConfigYamlColonInValue, DiagnosticCodes.ConfigYamlBlockNotIndented,
        DiagnosticCodes.ConfigYamlNoSpaceAfterColon, DiagnosticCodes.ConfigYamlUnclosedQuote, DiagnosticCodes.ConfigYamlUnclosedBracket,
        DiagnosticCodes.ConfigYamlAnchor, DiagnosticCodes.ConfigYamlAlias, DiagnosticCodes.ConfigYamlTag, DiagnosticCodes.ConfigRepeatedKey,
        DiagnosticCodes.ConfigYamlSecondDocument, DiagnosticCodes.ConfigYamlTooDeep, DiagnosticCodes.ConfigControlCharacter,
        DiagnosticCodes.ConfigYamlQuoteTheValue, DiagnosticCodes.ConfigYamlStrayBracket, DiagnosticCodes.ConfigYamlIndentation, DiagnosticCodes.ConfigYamlLineShape,
        DiagnosticCodes.ConfigYamlHalfCharacter, DiagnosticCodes.ConfigZeroWidthCharacter);
}
