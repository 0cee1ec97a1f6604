namespace DecisionsPortal.Site;

/// <summary>
/// A text as a reader sees its words, for finding a name in it: a Markdown escape ('\-') is its
/// sign, an entity ('&amp;#46;', '&amp;nbsp;') and a run of percent-escapes ('%20') their characters, a
/// character of no width ('&amp;shy;', a zero-width space) nothing, any run of white space (a line's
/// break, a no-break space) one space; a full-width letter or a Unicode hyphen as its ASCII look-alike;
/// in small letters, each accent composed with its letter.
/// With each character's place in the text as written.
/// </summary>
internal static class TextAsShown
{
    /// <param name="withoutMarks">
    /// Whether Markdown's marks of emphasis, code and their kin ('*', '`', '~', '^', '_' not
    /// between two letters) are passed over too, as the page shows their words run together:
    /// 'kauppakirja-*meikalainen*.pdf' reads 'kauppakirja-meikalainen.pdf'.
    /// </param>
    /// <param name="joined">
    /// Whether the white space after a hyphen and a Markdown hard line break ('\\' or two spaces
    /// before it) are passed over too, as a reader joins a word the line breaks:
    /// 'kauppakirja-' and 'meikalainen.pdf' on two lines read 'kauppakirja-meikalainen.pdf'.
    /// </param>
    public static (string Text, int[] From) Of(string text, bool withoutMarks = false, bool joined = false)
    {
        var shown = new StringBuilder(text.Length);
        var from = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length;)
        {
            if (joined && Break(text, i, shown) is var end and > 0)
            {
                i = end;
                continue;
            }

            var (read, length) = Next(text, i);
            if (withoutMarks && length == 1 && IsMark(text, i))
            {
                i++;
                continue;
            }

            foreach (var c in read)
            {
                Add(c, i);
            }

            i += length;
        }

        from.Add(text.Length);
        var letters = shown.ToString().ToLowerInvariant().ToCharArray();
        return Composed(letters, [.. from]);

        void Add(char c, int at)
        {
            // A character of format (a soft hyphen, a zero-width space or joiner, a word joiner, a
            // mark of direction) or a combining grapheme joiner shows nothing between the letters.
            if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format || c == '\u034F')
            {
                return;
            }

            if (char.IsWhiteSpace(c))
            {
                if (shown.Length > 0 && shown[^1] == ' ')
                {
                    return;
                }

                c = ' ';
            }

            shown.Append(LookAlike(c));
            from.Add(at);
        }
    }

    // Where the white space from 'i' that a reader passes over in a joined word ends (after a
    // hyphen shown, or a hard line break: '\\' or two spaces or more, then the line's end); 0 if none.
    private static int Break(string text, int i, StringBuilder shown)
    {
        var start = i;
        var backslash = text[i] == '\\';
        if (backslash)
        {
            i++;
        }

        var end = i;
        while (end < text.Length && char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        var run = text[i..end];
        var lineEnd = run.IndexOfAny(['\r', '\n']);
        var hard = lineEnd >= 0 && (backslash ? lineEnd == 0 : lineEnd >= 2);
        return end > start && (hard || (!backslash && run.Length > 0 && shown.Length > 0 && shown[^1] == '-')) ? end : 0;
    }

    // A letter that looks as an ASCII one reads as it: a full-width letter or sign ('ｌ', as a
    // Japanese keyboard writes it) and any hyphen or dash a word processor puts for '-' ('‐', '−').
    private static char LookAlike(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        >= '\u2010' and <= '\u2015' or '\u2212' or '\uFE63' => '-',
        _ => c,
    };

    private static bool IsMark(string text, int i) => text[i] switch
    {
        '*' or '`' or '~' or '^' => true,
        '_' => i == 0 || i + 1 == text.Length || !char.IsLetterOrDigit(text[i - 1]) || !char.IsLetterOrDigit(text[i + 1]),
        '=' or '+' => (i > 0 && text[i - 1] == text[i]) || (i + 1 < text.Length && text[i + 1] == text[i]),
        _ => false,
    };

    // What the characters from 'i' read as, and how many they are.
    private static (string Read, int Length) Next(string text, int i)
    {
        var c = text[i];
        if (c == '\\' && i + 1 < text.Length && char.IsAscii(text[i + 1]) && (char.IsPunctuation(text[i + 1]) || char.IsSymbol(text[i + 1])))
        {
            return (text[(i + 1)..(i + 2)], 2);
        }

        // An entity is short: its ';' is sought near, so a text of many '&' is read once.
        if (c == '&' && text.IndexOf(';', i, Math.Min(33, text.Length - i)) is var semicolon and > 0 && semicolon - i > 1)
        {
            var entity = text[i..(semicolon + 1)];
            if (Markup.HtmlEntities.Decode(entity) is var decoded && decoded != entity)
            {
                return (decoded, entity.Length);
            }
        }

        if (c == '%' && Percent(text, i) is { Length: > 0 } bytes)
        {
            try
            {
                return (new UTF8Encoding(false, true).GetString(bytes), bytes.Length * 3);
            }
            catch (DecoderFallbackException)
            {
            }
        }

        return (c.ToString(), 1);
    }

    // The bytes of the run of percent-escapes from 'i'.
    private static byte[] Percent(string text, int i)
    {
        var bytes = new List<byte>();
        while (i + 2 < text.Length && text[i] == '%' && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
        {
            bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
            i += 3;
        }

        return [.. bytes];
    }

    // The letters with each base letter and mark composed, and the places kept alike.
    private static (string Text, int[] From) Composed(char[] letters, int[] from)
    {
        var places = new List<int>(from.Length);
        var composed = new StringBuilder(letters.Length);
        for (var i = 0; i < letters.Length; i++)
        {
            places.Add(from[i]);
            if (i + 1 < letters.Length && char.GetUnicodeCategory(letters[i + 1]) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                Span<char> pair = [letters[i], letters[i + 1]];
                if (LatinMarks.Compose(pair) == 1)
                {
                    composed.Append(pair[0]);
                    i++;
                    continue;
                }
            }

            composed.Append(letters[i]);
        }

        places.Add(from[^1]);
        return (composed.ToString(), [.. places]);
    }
}
