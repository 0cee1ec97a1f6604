using System.Globalization;
using System.Text;

namespace DecisionsPortal.Search;

/// <summary>
/// Unicode word splitting, the same as the browser's (templates/assets/search/search.js): a word
/// is a run of letters, digits and combining marks; everything else separates words. Parts joined
/// by single hyphens ("EU-hanke") are words of their own, and for indexing also joined ("euhanke"),
/// so a query written either way finds them.
/// </summary>
public static class Tokenizer
{
    public static IReadOnlyList<Token> Tokenize(string text, bool withJoinedCompounds = false)
    {
        var tokens = new List<Token>();
        var word = new StringBuilder();
        var compound = new List<string>();
        var compoundStart = 0;
        var position = 0;
        var i = 0;
        while (i <= text.Length)
        {
            var rune = i < text.Length && Rune.TryGetRuneAt(text, i, out var r) ? r : Rune.ReplacementChar;
            var inWord = i < text.Length && IsWordRune(rune);
            if (inWord)
            {
                word.Append(rune.ToString());
                i += rune.Utf16SequenceLength;
                continue;
            }

            if (word.Length > 0)
            {
                if (compound.Count == 0)
                {
                    compoundStart = position;
                }

                var lower = word.ToString().ToLowerInvariant();
                tokens.Add(new Token(lower, position++));
                compound.Add(lower);
                word.Clear();
                var joinsNext = i + 1 < text.Length && text[i] == '-' && Rune.TryGetRuneAt(text, i + 1, out var next) && IsWordRune(next);
                if (joinsNext)
                {
                    i++;
                    continue;
                }
            }

            if (compound.Count > 1 && withJoinedCompounds)
            {
                tokens.Add(new Token(string.Concat(compound), compoundStart));
            }

            compound.Clear();
            i += i < text.Length ? char.IsSurrogatePair(text, i) ? 2 : 1 : 1;
        }

        return tokens;
    }

    private static bool IsWordRune(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => true,
        _ => false,
    };
}
