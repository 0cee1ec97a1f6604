using System.Collections.Frozen;
using System.Reflection;

namespace DecisionsPortal.Diagnostics;

/// <summary>
/// The editor's words for every message: the English template of a message (its id) → the same
/// message in Finnish or Swedish, with the same holes. Read from the catalogue files in
/// <c>Diagnostics/Messages/*.txt</c>, built into the program.
/// </summary>
/// <remarks>
/// A catalogue file holds one entry a paragraph, an English line and one line per language:
/// <code>
/// en: unknown organ '{0}' in 'body'{1}
/// fi: tuntematon toimielin '{0}' kentässä 'body'{1}
/// sv: okänt organ '{0}' i 'body'{1}
/// </code>
/// Lines starting with '#' are comments. Diagnostics/MessageCatalogueTests fails when a message the
/// generator can print has no entry, or when an entry's holes differ from the English ones.
/// </remarks>
public sealed class MessageCatalogue
{
    /// <summary>The languages messages are written in; English is the templates themselves.</summary>
    public static readonly IReadOnlyList<string> Languages = ["fi", "sv", "en"];

    private static readonly Lazy<IReadOnlyList<Entry>> Entries = new(() => ReadEmbedded().ToList());

    private readonly FrozenDictionary<string, string> translations;

    private MessageCatalogue(string language, FrozenDictionary<string, string> translations)
    {
        Language = language;
        this.translations = translations;
    }

    public string Language { get; }

    /// <summary>How numbers are written in this language: Finnish and Swedish write a decimal comma ("1,87 sekuntia").</summary>
    /// <remarks>
    /// The generator runs with invariant globalization, so no fi-FI culture to ask: the one
    /// difference its messages show is the decimal separator (a new NumberFormatInfo is the invariant one).
    /// </remarks>
    public NumberFormatInfo Numbers { get; } = NumberFormatInfo.ReadOnly(new NumberFormatInfo { NumberDecimalSeparator = "," });

    /// <summary>One entry of a catalogue file: the English template, its translations by language, where it is written.</summary>
    public sealed record Entry(string English, IReadOnlyDictionary<string, string> Translations, string File, int Line);

    /// <summary>Every entry of the built-in catalogue files.</summary>
    public static IReadOnlyList<Entry> All => Entries.Value;

    /// <summary>The catalogue of a language; null for English (and for a language without one), whose text is the template.</summary>
    public static MessageCatalogue? For(string language) =>
        language == "en" || !Languages.Contains(language)
            ? null
            : new MessageCatalogue(language, Entries.Value
                .Where(e => e.Translations.ContainsKey(language))
                .GroupBy(e => e.English, StringComparer.Ordinal)
                .ToFrozenDictionary(g => g.Key, g => g.First().Translations[language], StringComparer.Ordinal));

    /// <summary>
    /// The template in this language. One the catalogue lacks stays English but is marked "[en]",
    /// so an untranslated message is seen and reported rather than passed off as translated.
    /// </summary>
    public string Translate(string template) =>
        template.Length == 0 ? template
        : translations.TryGetValue(template, out var translated) ? translated
        : template + " [en]";

    /// <summary>Reads catalogue text; public for the tests, which read the files from the source tree too.</summary>
    public static IEnumerable<Entry> Parse(string text, string file)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        string? english = null;
        var englishLine = 0;
        var translated = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i <= lines.Length; i++)
        {
            var line = i < lines.Length ? lines[i] : "";
            if (line.StartsWith('#'))
            {
                continue;
            }

            if (line.Trim().Length == 0)
            {
                if (english is not null)
                {
                    yield return new Entry(english, translated, file, englishLine);
                }

                english = null;
                translated = new Dictionary<string, string>(StringComparer.Ordinal);
                continue;
            }

            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            var language = colon > 0 ? line[..colon] : "";
            var value = colon > 0 ? line[(colon + 2)..] : line;
            if (language == "en")
            {
                english = value;
                englishLine = i + 1;
            }
            else
            {
                translated[language] = value;
            }
        }
    }

    private static IEnumerable<Entry> ReadEmbedded()
    {
        var assembly = Assembly.GetExecutingAssembly();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("messages/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            foreach (var entry in Parse(reader.ReadToEnd(), name))
            {
                yield return entry;
            }
        }
    }
}
