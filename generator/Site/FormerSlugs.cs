namespace DecisionsPortal.Site;

/// <summary>
/// The address a name had under the slug rule that the generator used before every accented
/// Latin letter was spelt (<see cref="Slugs"/>): a letter outside a short table (č, ł, ę, ő, ā) was
/// a break between words, so 'Jan Čapek' was at 'jan-apek', and a name with letters of another
/// script was hashed as written. Kept as it was, since its only use is to find those old addresses.
/// </summary>
public static class FormerSlugs
{
    private const int MaxLength = 200;

    private const string CyrillicFrom = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў";
    private static readonly string[] CyrillicTo =
        ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "i", "ie", "g", "u"];

    private const string GreekFrom = "αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰ";
    private static readonly string[] GreekTo =
        ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s", "t", "y", "f", "ch", "ps", "o", "a", "e", "i", "i", "o", "y", "o", "i", "y", "i", "y"];

    /// <summary>The slug the former rule gave <paramref name="text"/>; an ASCII text's is its slug today.</summary>
    public static string From(string text)
    {
        if (Ascii.IsValid(text))
        {
            return Slugs.From(text);
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in Transliterate(text))
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                builder.Append(c);
            }
            else if (char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        if (text.Any(c => char.IsLetter(c) && c > '\u024F' && c is not (>= '\u0370' and <= '\u04FF')))
        {
            slug = slug.Length == 0 ? Slugs.Hash(text) : slug + "-" + Slugs.Hash(text);
        }

        return slug.Length <= MaxLength ? slug : Slugs.FirstWords(slug, MaxLength - 9) + "-" + Slugs.Hash(text);
    }

    private static string Transliterate(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var letter in text)
        {
            var c = char.ToLowerInvariant(letter);
            builder.Append(c switch
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
                _ => CyrillicFrom.IndexOf(c) is var i and >= 0 ? CyrillicTo[i] : GreekFrom.IndexOf(c) is var j and >= 0 ? GreekTo[j] : c.ToString(),
            });
        }

        return builder.ToString();
    }
}
