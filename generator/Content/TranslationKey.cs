using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Content;

/// <summary>
/// What a written 'key:' may be. It pairs translations and is the decision's id in the open data
/// and feeds, so an empty one would pair every decision that has one, and a blank, padded or
/// path-like one ('../../x', '/2025/katto') would reach the data as it is. A name or a case number
/// ('KEMI/3480/08.03.03/2018') with parts between single slashes is a key.
/// </summary>
public static class TranslationKey
{
    private const string Meaning = "{0}: a key pairs a decision with its translation when their file names differ, written the same in both files; write a name or a case number, its parts between '/', e.g. 'key: {1}'";

    /// <summary>Reports a key that cannot be one at its value; true when it is a key.</summary>
    /// <param name="pathKey">The key the file has without 'key:' (its path under the language folder), shown when nothing of the written one can be kept.</param>
    public static bool Check(string key, string pathKey, SourceLocation location, DiagnosticBag diagnostics)
    {
        if (Problem(key) is not { } problem)
        {
            return true;
        }

        diagnostics.Error(DiagnosticCodes.InvalidTranslationKey, location, MessageText.Format(Meaning, problem, Repaired(key) is { Length: > 0 } repaired ? repaired : pathKey));
        return false;
    }

    private static MessageText? Problem(string key)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return "the key is empty";
        }

        if (key.Where(char.IsControl).Select(c => (int?)c).FirstOrDefault() is { } control)
        {
            return MessageText.Of($"the key '{key}' has a control character (U+{control.ToString("X4", CultureInfo.InvariantCulture)})");
        }

        if (char.IsWhiteSpace(key[0]) || char.IsWhiteSpace(key[^1]))
        {
            return MessageText.Of($"the key '{key}' begins or ends with a space");
        }

        if (key.StartsWith('/') || key.EndsWith('/'))
        {
            return MessageText.Of($"the key '{key}' begins or ends with '/'");
        }

        var parts = key.Split('/');
        if (parts.FirstOrDefault(p => p is "." or "..") is { } folder)
        {
            return MessageText.Of($"the key '{key}' has the part '{folder}', which a path reads as a folder");
        }

        return parts.Contains("") ? MessageText.Of($"the key '{key}' has an empty part between two '/'") : null;
    }

    /// <summary>
    /// The key as a reader sees it: a character nobody sees (a zero-width space, a soft hyphen, a
    /// direction mark) left out, and a space that is not the ordinary one (no-break, en space) an
    /// ordinary one, so that two keys that look the same pair, whichever way each was pasted.
    /// </summary>
    public static string AsRead(string key)
    {
        var read = new StringBuilder(key.Length);
        foreach (var rune in key.EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) != UnicodeCategory.Format)
            {
                read.Append(Rune.IsWhiteSpace(rune) && !Rune.IsControl(rune) ? " " : rune.ToString());
            }
        }

        return read.ToString();
    }

    // The written key without what made it none: its invisible characters left out, its control
    // characters and other spaces as ordinary ones, its empty, '.' and '..' parts left out ('../../x' → 'x').
    private static string Repaired(string key) =>
        string.Join('/', string.Concat(AsRead(key).Select(c => char.IsControl(c) ? ' ' : c)).Split('/').Select(p => p.Trim()).Where(p => p is not ("" or "." or ".."))).Trim();
}
