using System.Text;

namespace DecisionsPortal;

/// <summary>URL-safe names: lower-case a-z, 0-9 and single hyphens; ä, ö and å become a, o and a.</summary>
public static class Slugs
{
    // A file system refuses a name over 255 bytes; a slug this long is a paragraph pasted as a
    // name or a diary number, and keeps its first words and a hash of the whole text.
    private const int MaxLength = 200;

    public static string From(string text)
    {
        // Diary numbers, slugs and most names are ASCII, where transliteration and decomposition
        // change nothing: they are read as they are, without the intermediate strings.
        var ascii = System.Text.Ascii.IsValid(text);
        var builder = new StringBuilder(text.Length);
        foreach (var letter in ascii ? text : Transliterate(text).Normalize(NormalizationForm.FormD))
        {
            var c = char.ToLowerInvariant(letter);
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                builder.Append(c);
            }
            else if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                // The diacritic of a decomposed letter: drop it and keep the base letter.
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        // A name in a script with no spelling here (王伟) keeps an address of its own: a short
        // hash of the text, stable from build to build, after whatever Latin letters it has.
        if (!ascii && Dropped(text))
        {
            slug = slug.Length == 0 ? Hash(text) : slug + "-" + Hash(text);
        }

        return slug.Length <= MaxLength ? slug : FirstWords(slug, MaxLength - 9) + "-" + Hash(text);
    }

    /// <summary>The slug's words that fit in <paramref name="length"/> characters (its first characters when one word does not).</summary>
    public static string FirstWords(string slug, int length) => slug.LastIndexOf('-', length) is var end and > 0 ? slug[..end] : slug[..length];

    private static string Hash(string text) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text.Trim())), 0, 4);

    // Letters that neither are Latin nor have a Latin spelling below: they leave no trace in the slug.
    private static bool Dropped(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c) && c > '\u024F' && !(c is >= '\u0370' and <= '\u03FF' or >= '\u0400' and <= '\u04FF'))
            {
                return true;
            }
        }

        return false;
    }

    // The generator runs with InvariantGlobalization, where Normalize(FormD) leaves 'ä' whole; so
    // the Latin letters of Nordic and European names are spelt out here, and FormD stays for the rest.
    private static string Transliterate(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var spelt = char.ToLowerInvariant(c) switch
            {
                'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' => "a",
                'æ' => "ae",
                'ç' => "c",
                'è' or 'é' or 'ê' or 'ë' => "e",
                'ì' or 'í' or 'î' or 'ï' => "i",
                'ñ' => "n",
                'ò' or 'ó' or 'ô' or 'õ' or 'ö' or 'ø' => "o",
                'œ' => "oe",
                'ù' or 'ú' or 'û' or 'ü' => "u",
                'ý' or 'ÿ' => "y",
                'š' => "s",
                'ž' => "z",
                'ß' => "ss",
                _ => c is >= '\u0370' and <= '\u04FF' ? OtherAlphabets.Spell(char.ToLowerInvariant(c)) : null,
            };
            if (spelt is null)
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(spelt);
            }
        }

        return builder.ToString();
    }

    // Cyrillic and Greek spelt in Latin letters (the common, ISO 9 / ELOT 743-like spellings).
    private static class OtherAlphabets
    {
        private const string CyrillicFrom = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў";
        private static readonly string[] CyrillicTo =
            ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "i", "ie", "g", "u"];

        private const string GreekFrom = "αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰ";
        private static readonly string[] GreekTo =
            ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s", "t", "y", "f", "ch", "ps", "o", "a", "e", "i", "i", "o", "y", "o", "i", "y", "i", "y"];

        public static string? Spell(char c) =>
            CyrillicFrom.IndexOf(c) is var i and >= 0 ? CyrillicTo[i] : GreekFrom.IndexOf(c) is var j and >= 0 ? GreekTo[j] : null;
    }

    public static bool IsSlug(string text) => text.Length > 0 && From(text) == text;
}
