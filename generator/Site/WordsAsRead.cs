using System.Globalization;
using System.Text;

namespace DecisionsPortal.Site;

/// <summary>
/// Words as a reader of the page reads them, for finding an unmarked copy of marked personal data:
/// a name pasted from Word or a PDF often differs from the marked one only in what no one sees or
/// notices (a soft hyphen, a zero-width space or joiner, an accent stored as a character of its own,
/// capitals at the start of a word or throughout (<see cref="Capital"/>), Word's hyphens and apostrophes, Markdown emphasis round a word, an HTML entity), and is the same data on the page, in search and in
/// the open data. The generator runs without ICU, where string.Normalize composes nothing, so
/// accents are folded away here instead: a name written without its dots (an e-mail's
/// "Meikalainen") is the same name too.
/// </summary>
internal static class WordsAsRead
{
    // Precomposed Latin letters (lower case) and the base letter each decomposes to.
    private const string Accented = "àáâãäåāăąçćčďèéêëēėęěìíîïīįñńňòóôõöōőùúûüūůűųýÿšśşșžźżřťțğģķļņ";
    private const string Plain = "aaaaaaaaacccdeeeeeeeeiiiiiinnnooooooouuuuuuuuyysssszzzrttggkln";

    /// <summary>The text as read, and for each of its characters the index of the character of <paramref name="text"/> it comes from.</summary>
    public static (string Text, int[] At) Fold(string text)
    {
        var read = new StringBuilder(text.Length);
        var at = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            // An entity pasted from a web page's source ('&nbsp;', '&ouml;', '&#32;') is its character on the page.
            if (text[i] == '&' && Entity(text, i) is { } entity)
            {
                foreach (var decoded in entity.Text)
                {
                    Append(decoded, i);
                }

                i += entity.Length - 1;
                continue;
            }

            // A backslash at the end of a line is a hard line break: the words go on after it.
            if (text[i] == '\\' && i + 1 < text.Length && text[i + 1] is '\n' or '\r')
            {
                continue;
            }

            Append(text[i], i);
        }

        return (read.ToString(), [.. at]);

        void Append(char c, int from)
        {
            // Format characters show nothing; a combining mark is the accent of the letter before it;
            // '*', '_', '~' and '`' are emphasis, strike-through and code, whose words the page shows without them.
            if (c is '*' or '_' or '~' or '`' || (c != '\u200B' && char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark))
            {
                return;
            }

            // Word's non-breaking and typographic hyphens, and its typographic apostrophe, are the keys typed;
            // a zero-width space stands for a space (it is where a line may break), not for nothing.
            c = c switch
            {
                '\u200B' => ' ',
                '\u2010' or '\u2011' => '-',
                '\u2018' or '\u2019' or '\u02BC' => '\'',
                _ => char.ToLowerInvariant(c),
            };
            var accented = Accented.IndexOf(c);
            read.Append(accented >= 0 ? Plain[accented] : c);
            at.Add(from);
        }
    }

    // The character reference at the index, decoded, and its length; null if there is none.
    private static (string Text, int Length)? Entity(string text, int start)
    {
        var end = text.IndexOf(';', start + 1, Math.Min(text.Length - start - 1, 32));
        if (end < 0)
        {
            return null;
        }

        var reference = text[start..(end + 1)];
        var decoded = System.Net.WebUtility.HtmlDecode(reference);
        return decoded == reference ? null : (decoded, reference.Length);
    }

    /// <summary>
    /// Marked words as read, a single space between them: what two copies of the same words share;
    /// after <see cref="Capital"/> when they begin with a capital letter.
    /// </summary>
    public static string Key(string words)
    {
        var read = string.Join(' ', Fold(words).Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return BeginsWithCapital(words) && read.Length > 0 ? Capital + read : read;
    }

    /// <summary>
    /// Begins the key of words written with a capital, a name's: only a copy that begins with a
    /// capital too is the same words. The commonest surnames are words as well ('Kuusi', six;
    /// 'Koski', rapids; 'Lind', a lime tree), and a marked surname must not make every small-letter
    /// word of the text a copy of it, which no editor could publish without marking the word.
    /// </summary>
    public const char Capital = '^';

    /// <summary>Whether the first letter or digit of the words is a capital letter.</summary>
    public static bool BeginsWithCapital(string words)
    {
        foreach (var c in words)
        {
            if (char.IsLetterOrDigit(c))
            {
                return char.IsUpper(c);
            }
        }

        return false;
    }
}
