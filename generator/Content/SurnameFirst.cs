namespace DecisionsPortal.Content;

/// <summary>
/// One person's name as Finnish minutes write it, surname first after a comma ('Lohiniva, Sirpa',
/// 'Mäki-Petäjä, Anna Liisa'), told from two people's names ('Anna Aho, Eero Esa') by its shape:
/// one word before the comma, a given name or two after it, each with a capital.
/// </summary>
public static partial class SurnameFirst
{
    /// <summary>The name first name first ('Sirpa Lohiniva'), or null when the text is not one name written surname first.</summary>
    public static string? Turned(string text) =>
        Written().Match(text.Trim()) is { Success: true } name ? $"{name.Groups["given"].Value} {name.Groups["surname"].Value}" : null;

    /// <summary>
    /// A name of two words in the other order ('Lohiniva Sirpa' → 'Sirpa Lohiniva'), as minutes list
    /// attendance: which order is meant only a register of names can tell. Null for any other text.
    /// </summary>
    public static string? Swapped(string text) =>
        text.Trim().Split(' ') is [{ Length: > 0 } first, { Length: > 0 } second] ? $"{second} {first}" : null;

    [GeneratedRegex(@"^(?<surname>\p{Lu}[\p{L}'’\-]*),\s*(?<given>\p{Lu}[\p{L}'’\-]*(?: \p{Lu}[\p{L}'’\-]*)?)$")]
    private static partial Regex Written();
}
