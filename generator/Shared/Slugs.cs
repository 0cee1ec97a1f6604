using System.Text;

namespace DecisionsPortal;

/// <summary>URL-safe names: lower-case a-z, 0-9 and single hyphens; ä, ö and å become a, o and a.</summary>
public static class Slugs
{
    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD).ToLowerInvariant())
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

    public static bool IsSlug(string text) => text.Length > 0 && From(text) == text;
}
