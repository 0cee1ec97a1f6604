using System.Buffers;

namespace DecisionsPortal;

/// <summary>
/// Characters nobody can see or type on purpose: a form feed pasted from a PDF, an escape
/// sequence from a terminal, a C1 control from a Windows code page. HTML and XML forbid most of
/// them (a feed with one is not XML), and they mean nothing on a page, so they are replaced where
/// a file is read — C0 controls (but tab and line breaks) and DEL by a space, C1 controls by a
/// no-break space, which is as long in UTF-8 — and the reader warns with the line of the first,
/// rather than refusing a file for a character its editor cannot find. The bidirectional
/// embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) are replaced too, by an en
/// space, as long in UTF-8: one left open reverses whatever a page, feed or listing writes after
/// the text (the site's name after a title), and closed they spoof a name or a file's type. So are
/// the noncharacters U+FFFE and U+FFFF (a byte order mark read the wrong way round), which XML
/// forbids: a feed or sitemap could not be written with one.
/// </summary>
public static class ControlCharacters
{
    public sealed record Found(int Line, int Column, int Code, int Count);

    private static readonly SearchValues<byte> Suspects = SearchValues.Create(
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 0x0B, 0x0C, 0x0E, 0x0F, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F, 0x7F, 0xC2, 0xE2, 0xEF]);

    /// <summary>Replaces them in the valid UTF-8 bytes; null when there were none.</summary>
    public static Found? Replace(Span<byte> utf8)
    {
        var first = -1;
        var code = 0;
        var count = 0;
        var i = utf8.IndexOfAny(Suspects);
        while (i >= 0 && i < utf8.Length)
        {
            var b = utf8[i];
            var width = 1;
            if (b == 0xC2)
            {
                // A C1 control is C2 80–9F; other C2 sequences (§, «, no-break space) are text.
                width = 2;
                if (i + 1 < utf8.Length && utf8[i + 1] is >= 0x80 and <= 0x9F)
                {
                    Note(i, utf8[i + 1]);
                    utf8[i + 1] = 0xA0;
                }
            }
            else if (b == 0xEF)
            {
                // EF leads the BOM and the full-width forms; only EF BF BE and EF BF BF are replaced.
                if (i + 2 < utf8.Length && utf8[i + 1] == 0xBF && utf8[i + 2] is 0xBE or 0xBF)
                {
                    Note(i, 0xFFFE + (utf8[i + 2] - 0xBE));
                    utf8[i] = 0xE2;
                    utf8[i + 1] = 0x80;
                    utf8[i + 2] = 0x82;
                    width = 3;
                }
            }
            else if (b == 0xE2)
            {
                // E2 leads most punctuation (–, ’, €); only the direction controls are replaced.
                if (i + 2 < utf8.Length && ((utf8[i + 1] == 0x80 && utf8[i + 2] is >= 0xAA and <= 0xAE) || (utf8[i + 1] == 0x81 && utf8[i + 2] is >= 0xA6 and <= 0xA9)))
                {
                    Note(i, 0x2000 + ((utf8[i + 1] & 0x3F) << 6) + (utf8[i + 2] & 0x3F));
                    utf8[i + 1] = 0x80;
                    utf8[i + 2] = 0x82;
                    width = 3;
                }
            }
            else
            {
                Note(i, b);
                utf8[i] = (byte)' ';
            }

            var next = utf8[(i + width)..].IndexOfAny(Suspects);
            i = next < 0 ? -1 : i + width + next;
        }

        if (first < 0)
        {
            return null;
        }

        var before = utf8[..first];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var column = Encoding.UTF8.GetCharCount(before[lineStart..]) + 1;
        return new Found(line, column, code, count);

        void Note(int at, int value)
        {
            if (first < 0)
            {
                first = at;
                code = value;
            }

            count++;
        }
    }

    private static readonly SearchValues<char> InText = SearchValues.Create(string.Concat(
        Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r')).Concat(Enumerable.Range(0x7F, 0x21)).Concat(Enumerable.Range(0x202A, 5)).Concat(Enumerable.Range(0x2066, 4)).Concat([0xFFFE, 0xFFFF]).Select(c => (char)c)));

    /// <summary>
    /// The same replacement in a text already decoded, such as a YAML value written with escapes
    /// ("\f", "\e"); the found line and column are those of the text's start.
    /// </summary>
    public static string Replace(string text, out Found? found)
    {
        found = null;
        var first = text.AsSpan().IndexOfAny(InText);
        if (first < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        var count = 0;
        for (var i = first; i < chars.Length; i++)
        {
            if (InText.Contains(chars[i]))
            {
                chars[i] = chars[i] >= 0x2000 ? '\u2002' : chars[i] >= 0x80 ? '\u00A0' : ' ';
                count++;
            }
        }

        found = new Found(1, 1, text[first], count);
        return new string(chars);
    }
}
