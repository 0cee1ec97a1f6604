using System.Text;

namespace DecisionsPortal;

/// <summary>URL-safe names: lower-case a-z, 0-9 and single hyphens; ä, ö and å become a, o and a.</summary>
public static class Slugs
{
    public static string From(string text)
    {
        if (System.Text.Ascii.IsValid(text))
        {
            return FromAscii(text);
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in Transliterate(text).Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
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

        return builder.ToString().Trim('-');
    }

    // Diary numbers, slugs and most names are ASCII, where transliteration and decomposition
    // change nothing: one pass, the same result, without the intermediate strings.
    private static string FromAscii(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var lower = char.ToLowerInvariant(c);
            if (lower is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                builder.Append(lower);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().Trim('-');
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
                _ => null,
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

    public static bool IsSlug(string text) => text.Length > 0 && From(text) == text;
}
