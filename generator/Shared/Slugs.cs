namespace DecisionsPortal;

/// <summary>URL-safe names: lower-case a-z, 0-9 and single hyphens; accented letters (ä, å, č) become their letter (a, a, c).</summary>
public static class Slugs
{
    // A file system refuses a name over 255 bytes; a slug this long is a paragraph pasted as a
    // name or a diary number, and keeps its first words and a hash of the whole text.
    private const int MaxLength = 200;

    public static string From(string text)
    {
        var slug = Words(text, out var unspelt);
        // A name with letters that have no spelling here (王伟, ⵜⴰⵎⴰⵣⵉⵖⵜ) keeps an address of its
        // own: a short hash of the name, stable from build to build, after its Latin letters.
        // Without it two such names would share one page; the name is hashed as a person is told
        // apart, whatever its capitals, spaces and way of writing its accents.
        if (unspelt)
        {
            slug = slug.Length == 0 ? Hash(Key(text)) : slug + "-" + Hash(Key(text));
        }

        return slug.Length <= MaxLength ? slug : FirstWords(slug, MaxLength - 9) + "-" + Hash(text);
    }

    /// <summary>
    /// The words of <see cref="From"/>, without the hash that letters with no spelling add nor the
    /// cut of a long one: what an address holds of a name, for finding a name in a file's address.
    /// </summary>
    public static string Words(string text) => Words(text, out _);

    private static string Words(string text, out bool unspelt)
    {
        // Diary numbers, slugs and most names are ASCII, where transliteration and decomposition
        // change nothing: they are read as they are, without the intermediate strings.
        var ascii = System.Text.Ascii.IsValid(text);
        var builder = new StringBuilder(text.Length);
        unspelt = false;
        foreach (var letter in ascii ? text : Transliterate(text))
        {
            var c = char.ToLowerInvariant(letter);
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                builder.Append(c);
                continue;
            }

            if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                // The accent of a decomposed letter: the base letter before it is kept.
                continue;
            }

            unspelt |= char.IsLetter(c);
            if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().Trim('-');
    }

    // The name as a person is told apart: small letters, one space between words, accents composed.
    private static string Key(string text)
    {
        var lower = text.ToLowerInvariant().ToCharArray();
        var composed = new string(lower, 0, LatinMarks.Compose(lower));
        return string.Join(' ', composed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The slug's words that fit in <paramref name="length"/> characters (its first characters when one word does not).</summary>
    public static string FirstWords(string slug, int length) => slug.LastIndexOf('-', length) is var end and > 0 ? slug[..end] : slug[..length];

    /// <summary>The short hash a slug ends in where letters have no spelling or the slug is cut: stable from build to build.</summary>
    public static string Hash(string text) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text.Trim())), 0, 4);

    // Every letter spelt in plain letters: Latin ones by the one table the generator has
    // (PlainLetters), Cyrillic and Greek ones here; whatever is left keeps its letter, which the
    // loop above then counts as one with no spelling.
    private static string Transliterate(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var lower = char.ToLowerInvariant(c);
            var spelt = PlainLetters.Of(lower) ?? (lower is >= '\u0370' and <= '\u04FF' ? OtherAlphabets.Spell(lower) : null);
            if (spelt is null)
            {
                builder.Append(lower);
            }
            else
            {
                builder.Append(spelt);
            }
        }

        return builder.ToString();
    }

    // Cyrillic and Greek spelt in Latin letters (the common, ISO 9 / ELOT 743-like spellings; Serbian
    // and Macedonian letters as their Latin alphabets write them, without accents).
    private static class OtherAlphabets
    {
        private const string CyrillicFrom = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґўђјљњћџѓќѕ";
        private static readonly string[] CyrillicTo =
            ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "i", "ie", "g", "u",
                "d", "j", "lj", "nj", "c", "dz", "gj", "kj", "dz"];

        private const string GreekFrom = "αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰ";
        private static readonly string[] GreekTo =
            ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s", "t", "y", "f", "ch", "ps", "o", "a", "e", "i", "i", "o", "y", "o", "i", "y", "i", "y"];

        public static string? Spell(char c) =>
            CyrillicFrom.IndexOf(c) is var i and >= 0 ? CyrillicTo[i] : GreekFrom.IndexOf(c) is var j and >= 0 ? GreekTo[j] : null;
    }

    public static bool IsSlug(string text) => text.Length > 0 && From(text) == text;
}
