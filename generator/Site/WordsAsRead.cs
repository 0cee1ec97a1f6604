namespace DecisionsPortal.Site;

/// <summary>
/// Words as a reader of the page reads them, for finding an unmarked copy of marked personal data:
/// a name pasted from Word or a PDF often differs from the marked one only in what no one sees or
/// notices (a soft hyphen, a zero-width space or joiner, an accent stored as a character of its own,
/// capitals at the start of a word or throughout (<see cref="Capital"/>), Word's hyphens and apostrophes, Markdown emphasis round a word, an HTML entity), and is the same data on the page, in search and in
/// the open data. So is a letter that only looks like another: a Cyrillic or Greek look-alike, a
/// full-width or mathematical letter. The generator runs without ICU, where string.Normalize composes nothing, so
/// accents are folded away here (<see cref="PlainLetters"/>): a name written without its dots or stroke (an e-mail's
/// "Meikalainen", "Soren") is the same name too.
/// </summary>
internal static class WordsAsRead
{
    // Letters of other scripts that a page shows as the Latin letter (a name typed on a Russian or
    // Greek keyboard layout, or pasted from a converted PDF), and that letter.
    private const string LookAlikes = "АВЕЅІЈКМНОРСТХУаеіјоѕрсухһԁԛԝӏΑΒΕΖΗΙΚΜΝΟΡΤΥΧοιν";
    private const string LatinLetters = "ABESIJKMHOPCTXYaeijospcyxhdqwlABEZHIKMNOPTYXoiv";

    /// <summary>The text as read, and for each of its characters the index of the character of <paramref name="text"/> it comes from.</summary>
    /// <param name="zeroWidthSpaceShowsNothing">A zero-width space read as the nothing it shows inside a word, not as the space a line may break at.</param>
    public static (string Text, int[] At) Fold(string text, bool zeroWidthSpaceShowsNothing = false)
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

            // '==' and '++' mark and underline words, which the page shows without the signs.
            if (text[i] is '=' or '+' && i + 1 < text.Length && text[i + 1] == text[i])
            {
                i++;
                continue;
            }

            // A character beyond the first 65,536 is two chars: a tag or variation selector shows
            // nothing, and a mathematical letter is the letter it is drawn as.
            if (char.IsSurrogatePair(text, i))
            {
                var rune = new Rune(text[i], text[i + 1]);
                if (MathematicalLetter(rune.Value) is { } letter)
                {
                    Append(letter, i);
                }
                else if (Rune.GetUnicodeCategory(rune) is not (UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark))
                {
                    read.Append(text, i, 2);
                    at.Add(i);
                    at.Add(i + 1);
                }

                i++;
                continue;
            }

            Append(text[i], i);
        }

        return (read.ToString(), [.. at]);

        void Append(char c, int from)
        {
            // Format characters and Hangul fillers show nothing; a combining mark is the accent of the letter before it;
            // '*', '_', '~', '^' and '`' are emphasis, strike-through, superscript and code, whose words the page shows without them.
            if (c is '*' or '_' or '~' or '^' or '`' or '\u115F' or '\u1160' or '\u3164' or '\uFFA0'
                || ((c != '\u200B' || zeroWidthSpaceShowsNothing) && char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark))
            {
                return;
            }

            // A full-width letter or digit (U+FF10–U+FF5A) is drawn as the ASCII one, wider.
            if (c is >= '\uFF10' and <= '\uFF5A' && char.IsLetterOrDigit(c))
            {
                c = (char)(c - 0xFEE0);
            }

            var lookAlike = LookAlikes.IndexOf(c);
            if (lookAlike >= 0)
            {
                c = LatinLetters[lookAlike];
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
            // A letter with its accents or stroke, or two letters written as one (a PDF's ligature,
            // 'Steﬃ'), is read as the plain letters a name is written in without them.
            var folded = PlainLetters.Of(c);
            if (folded is null)
            {
                read.Append(c);
                at.Add(from);
                return;
            }

            foreach (var letter in folded)
            {
                read.Append(letter);
                at.Add(from);
            }
        }
    }

    // The ASCII letter or digit a mathematical alphanumeric symbol (U+1D400–U+1D7FF) is drawn as:
    // thirteen alphabets of A–Z and a–z, then Greek ones, then five sets of the digits.
    private static char? MathematicalLetter(int value) => value switch
    {
        >= 0x1D400 and <= 0x1D6A3 when (value - 0x1D400) % 52 is var letter => (char)(letter < 26 ? 'A' + letter : 'a' + letter - 26),
        >= 0x1D7CE and <= 0x1D7FF => (char)('0' + ((value - 0x1D7CE) % 10)),
        _ => null,
    };

    /// <summary>
    /// The text as read with a hyphen between two letters left out, and a line break after it: the
    /// search index holds a hyphenated compound joined too ('Quorvi-nen' is found as 'quorvinen'),
    /// and a PDF's text breaks a name at the end of a line with one ('Quorvi-' and 'nen').
    /// </summary>
    public static (string Text, int[] At) Joined((string Text, int[] At) read) => Join(read.Text, read.At);

    /// <summary>Words as read (a <see cref="Key"/>) with a hyphen between two letters left out, as <see cref="Joined(ValueTuple{string, int[]})"/> reads a text.</summary>
    public static string Joined(string words) => Join(words, new int[words.Length]).Text;

    private static (string Text, int[] At) Join(string text, int[] from)
    {
        var joined = new StringBuilder(text.Length);
        var at = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '-' && i > 0 && char.IsLetter(text[i - 1]))
            {
                var next = i + 1;
                if (next < text.Length && text[next] is '\r' or '\n')
                {
                    next += next + 1 < text.Length && text[next] == '\r' && text[next + 1] == '\n' ? 2 : 1;
                    while (next < text.Length && text[next] is ' ' or '\t')
                    {
                        next++;
                    }
                }

                if (next < text.Length && char.IsLetter(text[next]))
                {
                    i = next - 1;
                    continue;
                }
            }

            joined.Append(text[i]);
            at.Add(from[i]);
        }

        return (joined.ToString(), [.. at]);
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
