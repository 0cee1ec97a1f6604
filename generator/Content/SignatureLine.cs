using DecisionsPortal.Yaml;

namespace DecisionsPortal.Content;

/// <summary>
/// 'preparer: Maija Meikäläinen, Tekninen johtaja', as an e-mail signature writes a person. The
/// one-line form is the title, then a two-word name, so this would publish 'Tekninen johtaja' as
/// the name: a name before the comma, and no name at the end, is answered with the braces, each
/// part in its place. A line that ends with the name ('Hallintojohtaja, kaupunginlakimies Matti
/// Virtanen') is the one-line form, its comma part of the title.
/// </summary>
internal static class SignatureLine
{
    /// <summary>The person in braces; null unless the line reads as 'Full Name, title'.</summary>
    public static string? Braced(string line)
    {
        var parts = line.Split(',', 2, StringSplitOptions.TrimEntries);
        // 'Kaupunginjohtaja Matti Ruotsalainen, KTM' is the one-line form and a degree (DegreeInName).
        return parts.Length < 2 || parts[1].Length == 0 || !Named(Words(parts[0]), 2, 4) || EndsWithName(Words(parts[1])) || DegreeInName.IsDegrees(parts[1])
            ? null
            : $"{{ name: {Plain(parts[0])}, title: {Plain(parts[1])} }}";
    }

    private static string[] Words(string part) => part.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    // The one-line form's name is its last two words.
    private static bool EndsWithName(string[] words) => words.Length >= 2 && Named(words[^2..], 2, 2);

    // Words that each begin with a capital and are letters ('Anna-Liisa', 'O'Brien'): not 'vs.'.
    private static bool Named(string[] words, int least, int most) =>
        words.Length >= least && words.Length <= most
        && words.All(w => char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '-' or '\'' or '’'));

    // A part with a comma or a sign YAML reads takes quotes in the braces.
    public static string Plain(string part) =>
        part.IndexOfAny([',', ':', '{', '}', '[', ']', '#', '"', '\'', '&', '*']) < 0 ? part : YamlLines.InDoubleQuotes(part);
}
