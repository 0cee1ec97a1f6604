namespace DecisionsPortal.Search;

/// <summary>
/// Diacritic folding after stemming (ä→a, ö→o, å→a …), so "paatos" finds "päätös" in OCR'd or
/// keyboard-less text. The table is written into every search manifest, so the browser folds with
/// this very table rather than a copy that could drift.
/// </summary>
public static class Folding
{
    public static readonly IReadOnlyDictionary<char, string> Table = Build();

    // The same table as its own type: a look-up through the interface is a dispatched call a letter.
    private static readonly Dictionary<char, string> Lookup = (Dictionary<char, string>)Table;

    public static string Fold(string word) => Fold(word, word);

    /// <summary>
    /// The folded <paramref name="word"/>; <paramref name="same"/> itself where that is its text
    /// (most stems of a word have nothing to fold), so no string is made for it.
    /// </summary>
    internal static string Fold(ReadOnlySpan<char> word, string same)
    {
        var first = FirstFolded(word);
        if (first < 0)
        {
            return word.SequenceEqual(same) ? same : new string(word);
        }

        // A letter folds to at most two.
        var length = word.Length * 2;
        char[]? rented = null;
        var folded = length <= 256 ? stackalloc char[length] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(length));
        word[..first].CopyTo(folded);
        var at = first;
        for (var i = first; i < word.Length; i++)
        {
            var c = word[i];
            if (c < 0x80)
            {
                folded[at++] = c;
            }
            else if (Lookup.TryGetValue(c, out var to))
            {
                to.CopyTo(folded[at..]);
                at += to.Length;
            }
            else if (char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                folded[at++] = c;
            }
        }

        var result = new string(folded[..at]);
        if (rented is not null)
        {
            System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

    // Where the first letter the table folds or mark dropped is: none in ASCII, where most words are all.
    private static int FirstFolded(ReadOnlySpan<char> word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c >= 0x80 && (Lookup.ContainsKey(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark))
            {
                return i;
            }
        }

        return -1;
    }

    private static Dictionary<char, string> Build()
    {
        var groups = new (string From, string To)[]
        {
            ("àáâãäåāăą", "a"), ("çćčĉċ", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"), ("ĥħ", "h"),
            ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"), ("òóôõöøōŏő", "o"),
            ("ŕŗř", "r"), ("śŝşšș", "s"), ("ţťŧț", "t"), ("ùúûüũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"), ("źżž", "z"),
            ("æ", "ae"), ("œ", "oe"), ("ß", "ss"), ("þ", "th"), ("ð", "d"),
        };
        var table = new Dictionary<char, string>();
        foreach (var (from, to) in groups)
        {
            foreach (var c in from)
            {
                table[c] = to;
            }
        }

        return table;
    }
}
