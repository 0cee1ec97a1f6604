using System.Buffers;

namespace DecisionsPortal.Search;

/// <summary>
/// Unicode word splitting, the same as the browser's (templates/assets/search/search.js): a word
/// is a run of letters, digits and combining marks; everything else separates words. Parts joined
/// by single hyphens ("EU-hanke") are words of their own, and for indexing also joined ("euhanke"),
/// so a query written either way finds them. A soft hyphen between two letters (U+00AD, where
/// Word and PDFs mark that a word may break) is no break: it is left out of the word.
/// </summary>
public static class Tokenizer
{
    /// <summary>
    /// Each word of <paramref name="text"/> in order, lower-cased, with its position (the number of
    /// words before it); a hyphenated compound's joined form follows its last part, at its first
    /// part's position. No string per word: the index builder looks each one up in its
    /// per-language word cache by the span.
    /// </summary>
    public static void Scan(ReadOnlySpan<char> text, WordSink sink)
    {
        Span<char> lower = stackalloc char[256];
        char[]? rented = null;
        // The lower-cased parts of a hyphenated compound, joined: on the stack while short.
        Span<char> joined = stackalloc char[256];
        char[]? joinedRented = null;
        var joinedLength = 0;
        var parts = 0;
        var compoundStart = 0;
        var position = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordAt(text, i, out var width))
            {
                if (parts > 1)
                {
                    sink(joined[..joinedLength], compoundStart, true);
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
                joinedLength = 0;
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

            // Most words are ASCII: lowered by Ascii.ToLower without the invariant casing's per-character look-ups.
            var lowered = System.Text.Ascii.ToLower(word, lower, out var written) == System.Buffers.OperationStatus.Done
                ? lower[..written]
                : WithoutSoftHyphens(Composed(lower[..word.ToLowerInvariant(lower)]));
            sink(lowered, position++, false);
            parts++;

            // A single hyphen followed by a word continues the compound; a word that is no compound's part is not joined.
            var continues = i + 1 < text.Length && text[i] == '-' && IsWordAt(text, i + 1, out _);
            if (parts > 1 || continues)
            {
                if (joinedLength + lowered.Length > joined.Length)
                {
                    var larger = System.Buffers.ArrayPool<char>.Shared.Rent((joinedLength + lowered.Length) * 2);
                    joined[..joinedLength].CopyTo(larger);
                    if (joinedRented is not null)
                    {
                        System.Buffers.ArrayPool<char>.Shared.Return(joinedRented);
                    }

                    joinedRented = larger;
                    joined = larger;
                }

                lowered.CopyTo(joined[joinedLength..]);
                joinedLength += lowered.Length;
            }

            if (continues)
            {
                i++;
                continue;
            }

            if (parts > 1)
            {
                sink(joined[..joinedLength], compoundStart, true);
            }

            parts = 0;
            if (i < text.Length)
            {
                i += IsWordAt(text, i, out width) ? 0 : width;
            }
        }

        if (parts > 1)
        {
            sink(joined[..joinedLength], compoundStart, true);
        }

        if (rented is not null)
        {
            System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }

        if (joinedRented is not null)
        {
            System.Buffers.ArrayPool<char>.Shared.Return(joinedRented);
        }
    }

    // A word whose accents are marks of their own (pasted from a PDF) is the word the dictionaries
    // and a query know: the browser composes what is typed with the same table (search.js).
    private static Span<char> Composed(Span<char> word) =>
        word.ContainsAny(CombiningMarks) ? word[..LatinMarks.Compose(word)] : word;

    // Not IndexOfAnyInRange('\u0300', '\u036F'): the installed tool's precompiled code of that
    // generic method boxed both bounds, two objects for every word with a letter outside ASCII.
    private static readonly SearchValues<char> CombiningMarks = SearchValues.Create(Enumerable.Range(0x300, 0x70).Select(c => (char)c).ToArray());

    private static Span<char> WithoutSoftHyphens(Span<char> word)
    {
        var length = 0;
        foreach (var c in word)
        {
            if (c != SoftHyphen)
            {
                word[length++] = c;
            }
        }

        return word[..length];
    }

    private const char SoftHyphen = '\u00AD';

    /// <summary>Whether a word rune starts at <paramref name="i"/>; <paramref name="width"/> is its length in chars (an unpaired surrogate counts one).</summary>
    private static bool IsWordAt(ReadOnlySpan<char> text, int i, out int width)
    {
        var c = text[i];
        if (c == SoftHyphen)
        {
            width = 1;
            return i > 0 && i + 1 < text.Length && text[i - 1] != SoftHyphen && text[i + 1] != SoftHyphen
                && IsWordAt(text, i - 1, out _) && IsWordAt(text, i + 1, out _);
        }

        if (c < 0x80)
        {
            width = 1;
            return char.IsAsciiLetterOrDigit(c);
        }

        // A character outside the surrogates is a rune of its own (ä, ö, å): its category without decoding.
        if (!char.IsSurrogate(c))
        {
            width = 1;
            return IsWordCategory(char.GetUnicodeCategory(c));
        }

        if (Rune.DecodeFromUtf16(text[i..], out var rune, out width) != System.Buffers.OperationStatus.Done)
        {
            width = 1;
            return false;
        }

        return IsWordCategory(Rune.GetUnicodeCategory(rune));
    }

    private static bool IsWordCategory(UnicodeCategory category) => category switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => true,
        _ => false,
    };
}
