using System.Collections.Frozen;

namespace DecisionsPortal;

/// <summary>
/// The plain (ASCII) spelling of a small Latin letter: the one table behind every place that spells
/// or compares names (<see cref="Slugs"/>, the check of unmarked copies of personal data). A letter
/// with accents is its base letter (<see cref="LatinMarks"/>' decomposition, and U+1E00–U+1EFF's);
/// a letter that does not decompose is spelt as Nordic, Sami, Baltic, Slavic, Azerbaijani, West
/// African and Vietnamese names are written without it; a ligature of a PDF's text is its letters.
/// </summary>
public static class PlainLetters
{
    /// <summary>The letter's plain spelling; null for a letter that has none here (or is plain already).</summary>
    public static string? Of(char lower) => lower switch
    {
        'æ' => "ae",
        'ø' => "o",
        'œ' => "oe",
        'ß' => "ss",
        'ð' or 'đ' => "d",
        'þ' => "th",
        'ł' or 'ŀ' => "l",
        'ı' => "i",
        'ŋ' => "n",
        'ħ' => "h",
        'ŧ' => "t",
        'ʒ' or 'ǯ' => "z",
        'ǥ' or 'ɣ' => "g",
        'ə' => "a",
        'ɛ' => "e",
        'ɔ' => "o",
        'ƒ' => "f",
        'ɓ' => "b",
        'ɗ' or 'ɖ' => "d",
        'ƙ' => "k",
        'ƴ' => "y",
        'ĳ' => "ij",
        'ǆ' => "dz",
        'ǉ' => "lj",
        'ǌ' => "nj",
        'ſ' => "s",
        'ª' => "a",
        'º' => "o",
        'µ' => "u",
        'ﬀ' => "ff",
        'ﬁ' => "fi",
        'ﬂ' => "fl",
        'ﬃ' => "ffi",
        'ﬄ' => "ffl",
        'ﬅ' or 'ﬆ' => "st",
        >= '\u1E00' and <= '\u1EFF' when LatinExtendedAdditional[lower - '\u1E00'] is not ' ' and var letter => Single[letter - 'a'],
        _ => Bases.TryGetValue(lower, out var letter) ? Single[letter - 'a'] : null,
    };

    // One string a letter, so that spelling a letter allocates nothing.
    private static readonly string[] Single = [.. Enumerable.Range('a', 26).Select(c => ((char)c).ToString())];

    // The small letters LatinMarks decomposes, and their base letters.
    private static readonly FrozenDictionary<char, char> Bases = LatinMarks.SmallBases().ToFrozenDictionary(p => p.Letter, p => p.Base);

    // The base letter of each of U+1E00–U+1EFF (Vietnamese ễ, Welsh ŵ's kin ẁ, …; a space where
    // none), as Unicode's canonical decomposition gives it, for the letters LatinMarks leaves whole.
    private const string LatinExtendedAdditional =
        "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwy      "
        + "aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy      ";
}
