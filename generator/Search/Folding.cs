using System.Text;

namespace DecisionsPortal.Search;

/// <summary>
/// Diacritic folding after stemming (ä→a, ö→o, å→a …), so "paatos" finds "päätös" in OCR'd or
/// keyboard-less text. The table is written into every search manifest, so the browser folds with
/// this very table rather than a copy that could drift.
/// </summary>
public static class Folding
{
    public static readonly IReadOnlyDictionary<char, string> Table = Build();

    public static string Fold(string word)
    {
        StringBuilder? folded = null;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var isMark = char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;
            if (isMark || Table.ContainsKey(c))
            {
                folded ??= new StringBuilder(word, 0, i, word.Length);
                if (!isMark)
                {
                    folded.Append(Table[c]);
                }
            }
            else
            {
                folded?.Append(c);
            }
        }

        return folded?.ToString() ?? word;
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
