namespace DecisionsPortal.Content;

/// <summary>
/// The words of an RTF file (what Word and many case systems save as .rtf), for the check of
/// marked words in attachments: its text and its properties (<c>{\info{\author …}}</c>), both
/// published with the file. Its letters beyond ASCII are written as <c>\'f6</c> (a byte of the
/// Windows code page) or <c>\u246?</c>, so the file read as it is would hold no 'ö' to find.
/// </summary>
public static class RtfText
{
    /// <summary>An RTF with pictures in it is larger than a text file: read up to this many bytes.</summary>
    public const long MaxBytes = 64 * 1024 * 1024;

    // The text kept of one file: a few thousand pages. Each character read costs tens of bytes in
    // the check that reads it, on every core at once; a name is rarely past the first pages.
    private const int MaxCharacters = 8 << 20;

    // Groups that hold a value of their own (a property, a font's name, a footnote) rather than
    // a run of the text: their words are kept apart from the words beside them.
    private static readonly HashSet<string> Destinations = new(StringComparer.Ordinal)
    {
        "author", "operator", "title", "subject", "keywords", "comment", "doccomm", "company", "manager", "category",
        "hlinkbase", "info", "fonttbl", "colortbl", "stylesheet", "header", "headerl", "headerr", "headerf", "footer",
        "footerl", "footerr", "footerf", "footnote", "annotation", "atnauthor", "atnid", "fldinst", "fldrslt", "pict", "object",
    };

    // Windows-1252's letters and Word's quotes and dashes where Latin-1 has control characters (0x80–0x9F).
    private static readonly Dictionary<int, char> WindowsLetters = new()
    {
        [0x8A] = 'Š', [0x8C] = 'Œ', [0x8E] = 'Ž', [0x9A] = 'š', [0x9C] = 'œ', [0x9E] = 'ž', [0x9F] = 'Ÿ',
        [0x91] = '\u2018', [0x92] = '\u2019', [0x93] = '\u201C', [0x94] = '\u201D', [0x96] = '\u2013', [0x97] = '\u2014',
    };

    /// <summary>
    /// The text of the RTF file's bytes: the text, each property and each field on lines of their own;
    /// and what <paramref name="embedded"/> reads of each file embedded in it as an object
    /// (<see cref="EmbeddedObjects.Ole1"/>), given its name and bytes.
    /// </summary>
    public static string Of(byte[] rtf, Func<string, byte[], string>? embedded = null)
    {
        var text = new StringBuilder(rtf.Length / 2);
        var apart = new Stack<bool>();
        var fallback = 1;
        var skip = 0;
        for (var i = 0; i < rtf.Length; i++)
        {
            if (text.Length >= MaxCharacters)
            {
                break;
            }

            var b = rtf[i];
            if (b == '{' && Binary(rtf, i + 1))
            {
                // A picture's or an embedded object's hex digits, or an extension ('\*') a reader
                // may skip, hold no words of the text: stepped over whole, not read as letters.
                // An object's data is a file published in this one, read as the file it is.
                var close = GroupEnd(rtf, i);
                if (embedded is not null && rtf[i + 2] == '*' && i + 4 < rtf.Length && Word(rtf, i + 4) == "objdata")
                {
                    var held = EmbeddedObjects.Ole1(Data(rtf, i, close));
                    text.Append('\n').Append(held.Words).Append(held.Bytes.Length > 0 ? embedded(held.Name, held.Bytes) : "").Append('\n');
                }

                i = close;
                continue;
            }

            if (b == '{')
            {
                var destination = i + 1 < rtf.Length && rtf[i + 1] == '\\' && (DestinationAt(rtf, i + 2) || (i + 2 < rtf.Length && rtf[i + 2] == '*'));
                apart.Push(destination);
                if (destination)
                {
                    text.Append('\n');
                }

                continue;
            }

            if (b == '}')
            {
                if (apart.Count > 0 && apart.Pop())
                {
                    text.Append('\n');
                }

                continue;
            }

            if (b is (byte)'\r' or (byte)'\n')
            {
                continue;
            }

            if (b != '\\' || i + 1 >= rtf.Length)
            {
                Add((char)b);
                continue;
            }

            var next = rtf[i + 1];
            if (next == '\'' && i + 3 < rtf.Length && Hex(rtf[i + 2]) is { } high && Hex(rtf[i + 3]) is { } low)
            {
                var value = (high * 16) + low;
                Add(WindowsLetters.TryGetValue(value, out var letter) ? letter : (char)value);
                i += 3;
                continue;
            }

            if (!IsLetter(next))
            {
                // A control symbol: an escaped brace or backslash, a no-break space or hyphen, an optional hyphen.
                i++;
                Add(next switch
                {
                    (byte)'\\' or (byte)'{' or (byte)'}' => (char)next,
                    (byte)'~' => ' ',
                    (byte)'_' => '-',
                    (byte)'\r' or (byte)'\n' => '\n',
                    _ => null,
                });
                continue;
            }

            var start = i + 1;
            var end = start;
            while (end < rtf.Length && IsLetter(rtf[end]))
            {
                end++;
            }

            var word = Encoding.ASCII.GetString(rtf, start, end - start);
            var numberStart = end;
            if (end < rtf.Length && rtf[end] == '-')
            {
                end++;
            }

            while (end < rtf.Length && rtf[end] is >= (byte)'0' and <= (byte)'9')
            {
                end++;
            }

            var parameter = long.TryParse(Encoding.ASCII.GetString(rtf, numberStart, end - numberStart), out var n) ? n : (long?)null;
            if (end < rtf.Length && rtf[end] == ' ')
            {
                end++;
            }

            i = end - 1;
            switch (word)
            {
                case "u" when parameter is { } code:
                    Add((char)(ushort)(short)Math.Clamp(code, short.MinValue, ushort.MaxValue));
                    skip = fallback;
                    break;
                case "uc" when parameter is { } count:
                    fallback = (int)Math.Clamp(count, 0, 16);
                    break;
                case "bin" when parameter is { } length:
                    // Binary data follows, as many bytes as the parameter says.
                    i += (int)Math.Clamp(length, 0, rtf.Length - i - 1);
                    break;
                case "par" or "line" or "sect" or "page" or "row":
                    Add('\n');
                    break;
                case "tab" or "cell":
                    Add(' ');
                    break;
            }
        }

        return text.ToString();

        // The characters that stand in for a \u letter for readers without Unicode are left out.
        void Add(char? c)
        {
            if (skip > 0)
            {
                skip--;
                return;
            }

            if (c is { } shown)
            {
                text.Append(shown);
            }
        }
    }

    // '{\pict' or '{\*' at the index (an object's group is read: its '\result' is what it shows); not a field's instruction ('{\*\fldinst HYPERLINK "…"}'),
    // which keeps where a link leads, a file's name too, and is published with the file.
    private static bool Binary(byte[] rtf, int at) =>
        at + 1 < rtf.Length && rtf[at] == '\\' && ((rtf[at + 1] == '*' && !(at + 3 < rtf.Length && rtf[at + 2] == '\\' && Word(rtf, at + 3) == "fldinst")) || Word(rtf, at + 1) == "pict");

    // The index of the '}' that closes the group opened at the index (or the last index), past escaped braces and \bin data.
    private static int GroupEnd(byte[] rtf, int open)
    {
        var depth = 0;
        for (var i = open; i < rtf.Length; i++)
        {
            switch (rtf[i])
            {
                case (byte)'\\' when i + 1 < rtf.Length && rtf[i + 1] is (byte)'\\' or (byte)'{' or (byte)'}':
                    i++;
                    break;
                case (byte)'\\' when Word(rtf, i + 1) == "bin":
                    var digits = i + 4;
                    var end = digits;
                    while (end < rtf.Length && rtf[end] is >= (byte)'0' and <= (byte)'9')
                    {
                        end++;
                    }

                    var length = long.TryParse(Encoding.ASCII.GetString(rtf, digits, end - digits), out var n) ? n : 0;
                    i = (int)Math.Min(rtf.Length - 1, end + (end < rtf.Length && rtf[end] == ' ' ? 1 : 0) + length - 1);
                    break;
                case (byte)'{':
                    depth++;
                    break;
                case (byte)'}' when --depth == 0:
                    return i;
            }
        }

        return rtf.Length - 1;
    }

    // The bytes of a group of data: its hex digits, and the bytes of a '\bin' in it as they are;
    // not its control words, nor a group in it (a picture's id).
    private static byte[] Data(byte[] rtf, int open, int end)
    {
        using var bytes = new MemoryStream();
        int? high = null;
        for (var i = open + 1; i < end; i++)
        {
            if (rtf[i] == '{')
            {
                i = GroupEnd(rtf, i);
            }
            else if (rtf[i] == '\\')
            {
                var word = Word(rtf, i + 1);
                var after = i + 1 + word.Length;
                var digits = after;
                while (after < end && rtf[after] is >= (byte)'0' and <= (byte)'9')
                {
                    after++;
                }

                var count = long.TryParse(Encoding.ASCII.GetString(rtf, digits, after - digits), out var n) ? n : 0;
                after += after < end && rtf[after] == ' ' ? 1 : 0;
                var length = word == "bin" ? (int)Math.Clamp(count, 0, end - after) : 0;
                bytes.Write(rtf, after, length);
                i = after + length - 1;
            }
            else if (Hex(rtf[i]) is { } digit && high is { } h)
            {
                bytes.WriteByte((byte)((h << 4) | digit));
                high = null;
            }
            else if (Hex(rtf[i]) is { } first)
            {
                high = first;
            }
        }

        return bytes.ToArray();
    }

    private static string Word(byte[] rtf, int start)
    {
        var end = start;
        while (end < rtf.Length && end - start < 16 && IsLetter(rtf[end]))
        {
            end++;
        }

        return Encoding.ASCII.GetString(rtf, start, end - start);
    }

    private static bool DestinationAt(byte[] rtf, int start)
    {
        var end = start;
        while (end < rtf.Length && IsLetter(rtf[end]))
        {
            end++;
        }

        return end > start && Destinations.Contains(Encoding.ASCII.GetString(rtf, start, end - start));
    }

    private static bool IsLetter(byte b) => b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z';

    /// <summary>The value of a hex digit (RTF's '\\'f6', a mail's '=F6'), or null.</summary>
    internal static int? Hex(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => null,
    };
}
