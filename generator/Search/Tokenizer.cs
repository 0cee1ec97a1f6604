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
        Scan(text, withJoinedCompounds, (word, position, _) => tokens.Add(new Token(word.ToString(), position)));
        return tokens;
    }

    /// <summary>
    /// The same words as <see cref="Tokenize"/>, in the same order, without a string per word:
    /// the index builder looks each one up in its per-language word cache by the span.
    /// </summary>
    public static void Scan(ReadOnlySpan<char> text, bool withJoinedCompounds, WordSink sink)
    {
        Span<char> lower = stackalloc char[256];
        char[]? rented = null;
        var joined = new System.Text.StringBuilder();
        var parts = 0;
        var compoundStart = 0;
        var position = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordAt(text, i, out var width))
            {
                if (parts > 1 && withJoinedCompounds)
                {
                    EmitJoined();
                }

                parts = 0;
                i += width;
                continue;
            }

            var start = i;
            while (i < text.Length && IsWordAt(text, i, out width))
            {
                i += width;
            }

            if (parts == 0)
            {
                compoundStart = position;
                joined.Clear();
            }

            var word = text[start..i];
            if (word.Length > lower.Length)
            {
                if (rented is not null)
                {
                    System.Buffers.ArrayPool<char>.Shared.Return(rented);
                }

                rented = System.Buffers.ArrayPool<char>.Shared.Rent(word.Length * 2);
                lower = rented;
            }

            var lowered = lower[..word.ToLowerInvariant(lower)];
            sink(lowered, position++, false);
            parts++;
            if (withJoinedCompounds)
            {
                joined.Append(lowered);
            }

            // A single hyphen followed by a word continues the compound.
            if (i + 1 < text.Length && text[i] == '-' && IsWordAt(text, i + 1, out _))
            {
                i++;
                continue;
            }

            if (parts > 1 && withJoinedCompounds)
            {
                EmitJoined();
            }

            parts = 0;
            if (i < text.Length)
            {
                i += IsWordAt(text, i, out width) ? 0 : width;
            }
        }

        if (parts > 1 && withJoinedCompounds)
        {
            EmitJoined();
        }

        if (rented is not null)
        {
            System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }

        void EmitJoined()
        {
            var chunk = joined.Length <= 256 ? stackalloc char[joined.Length] : new char[joined.Length];
            joined.CopyTo(0, chunk, joined.Length);
            sink(chunk, compoundStart, true);
        }
    }

    /// <summary>Whether a word rune starts at <paramref name="i"/>; <paramref name="width"/> is its length in chars (an unpaired surrogate counts one).</summary>
    private static bool IsWordAt(ReadOnlySpan<char> text, int i, out int width)
    {
        var c = text[i];
        if (c < 0x80)
        {
            width = 1;
            return char.IsAsciiLetterOrDigit(c);
        }

        if (Rune.DecodeFromUtf16(text[i..], out var rune, out width) != System.Buffers.OperationStatus.Done)
        {
            width = 1;
            return false;
        }

        return IsWordRune(rune);
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
