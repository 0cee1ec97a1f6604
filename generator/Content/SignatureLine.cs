using DecisionsPortal.Yaml;

namespace DecisionsPortal.Content;

/// <summary>
/// 'preparer: Maija Meikäläinen, Tekninen johtaja', as an e-mail signature writes a person. The
/// one-line form is the title, then a two-word name, so this would publish 'Tekninen johtaja' as
/// the name: a comma there is answered with the braces, each part in its place.
/// </summary>
internal static class SignatureLine
{
    /// <summary>The person in braces; null for a line without a comma. The name is the part whose words all begin with a capital.</summary>
    public static string? Braced(string line)
    {
        var parts = line.Split(',', 2, StringSplitOptions.TrimEntries);
        if (parts.Length < 2 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            return null;
        }

        var (name, title) = Named(parts[1]) && !Named(parts[0]) ? (parts[1], parts[0]) : (parts[0], parts[1]);
        return $"{{ name: {Plain(name)}, title: {Plain(title)} }}";
    }

    private static bool Named(string part) => part.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => char.IsUpper(w[0]));

    // A part with a comma or a sign YAML reads takes quotes in the braces.
    private static string Plain(string part) =>
        part.IndexOfAny([',', ':', '{', '}', '[', ']', '#', '"', '\'', '&', '*']) < 0 ? part : YamlLines.InDoubleQuotes(part);
}
