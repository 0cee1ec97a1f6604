namespace DecisionsPortal.Content;

/// <summary>
/// How a mail client writes a mail's text in ASCII (<see cref="SavedMail"/>): a part's bytes in
/// base64 or quoted-printable, a header's words as encoded words ('=?utf-8?q?Meik=C3=A4l=C3=A4inen?='),
/// an attachment's name as RFC 2231's parameter ('filename*=utf-8''meik%C3%A4l%C3%A4inen.pdf').
/// Each decodes what it can of a damaged or cut text and leaves the rest as written.
/// </summary>
internal static partial class MailEncodings
{
    /// <summary>A part's bytes by its Content-Transfer-Encoding; as they are for 7bit, 8bit, binary or one not known.</summary>
    public static byte[] Decoded(ReadOnlySpan<byte> body, string encoding) => encoding.Trim().ToLowerInvariant() switch
    {
        "base64" => Base64(body),
        "quoted-printable" => QuotedPrintable(body),
        _ => body.ToArray(),
    };

    // Base64 of any line length; a character out of its alphabet (a line's end, a space) is passed
    // over, and the bytes before a cut are kept.
    private static byte[] Base64(ReadOnlySpan<byte> text)
    {
        var bytes = new byte[(text.Length / 4 * 3) + 3];
        var (count, bits, value) = (0, 0, 0);
        foreach (var c in text)
        {
            var sextet = c switch
            {
                >= (byte)'A' and <= (byte)'Z' => c - 'A',
                >= (byte)'a' and <= (byte)'z' => c - 'a' + 26,
                >= (byte)'0' and <= (byte)'9' => c - '0' + 52,
                (byte)'+' => 62,
                (byte)'/' => 63,
                _ => -1,
            };
            if (sextet < 0)
            {
                continue;
            }

            value = ((value << 6) | sextet) & 0xFFFFFF;
            bits += 6;
            if (bits >= 8)
            {
                bits -= 8;
                bytes[count++] = (byte)(value >> bits);
            }
        }

        return bytes[..count];
    }

    // '=' and two hex digits a byte, '=' at a line's end no line's end (a soft break).
    private static byte[] QuotedPrintable(ReadOnlySpan<byte> text)
    {
        var bytes = new byte[text.Length];
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '=')
            {
                bytes[count++] = text[i];
                continue;
            }

            var end = i + 1;
            while (end < text.Length && text[end] is (byte)' ' or (byte)'\t')
            {
                end++;
            }

            if (end < text.Length && text[end] is (byte)'\r' or (byte)'\n')
            {
                i = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 1 : 0);
            }
            else if (i + 2 < text.Length && RtfText.Hex(text[i + 1]) is { } high && RtfText.Hex(text[i + 2]) is { } low)
            {
                bytes[count++] = (byte)((high << 4) | low);
                i += 2;
            }
            else
            {
                bytes[count++] = text[i];
            }
        }

        return bytes[..count];
    }

    /// <summary>
    /// A header's text with its encoded words decoded; the space between two encoded words is theirs,
    /// not the text's, and adjacent words of one charset are one text (a client folding a long header
    /// may cut a letter's UTF-8 bytes between two).
    /// </summary>
    public static string Words(string header) =>
        EncodedWords().Replace(SpaceBetweenWords().Replace(header, "$1$2"), m =>
        {
            var (charsets, encodings, texts) = (m.Groups[1].Captures, m.Groups[2].Captures, m.Groups[3].Captures);
            var decoded = new StringBuilder();
            var bytes = new List<byte>();
            for (var i = 0; i < texts.Count; i++)
            {
                var encoded = Encoding.ASCII.GetBytes(texts[i].Value);
                bytes.AddRange(encodings[i].Value is "b" or "B" ? Base64(encoded) : QuotedPrintable(encoded.Select(b => b == '_' ? (byte)' ' : b).ToArray()));
                if (i + 1 == texts.Count || !charsets[i + 1].Value.Equals(charsets[i].Value, StringComparison.OrdinalIgnoreCase))
                {
                    decoded.Append(Text([.. bytes], charsets[i].Value));
                    bytes.Clear();
                }
            }

            return decoded.ToString();
        });

    // A run of adjacent encoded words, each its charset, its encoding and its text.
    [GeneratedRegex(@"(?:=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=)+")]
    private static partial Regex EncodedWords();

    [GeneratedRegex(@"(\?=)\s+(=\?)")]
    private static partial Regex SpaceBetweenWords();

    /// <summary>
    /// A parameter of a header's value ('boundary', 'charset', 'filename'): quoted or not, or in
    /// RFC 2231's pieces ('filename*0*=utf-8''…; filename*1*=…'), percent-encoded where its name ends in '*'.
    /// </summary>
    public static string? Parameter(string value, string name)
    {
        var pieces = new SortedDictionary<int, (string Text, bool Encoded)>();
        foreach (Match m in Parameters().Matches(value))
        {
            var key = m.Groups[1].Value;
            if (!key.StartsWith(name, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var rest = key[name.Length..];
            var encoded = rest.EndsWith('*');
            var index = rest.TrimEnd('*') is var number && number.StartsWith('*') && int.TryParse(number[1..], out var n) ? n : rest.TrimEnd('*').Length == 0 ? 0 : -1;
            if (index >= 0 && index < 1000)
            {
                pieces.TryAdd(index, (m.Groups[2].Success ? m.Groups[2].Value.Replace("\\\"", "\"", StringComparison.Ordinal) : m.Groups[3].Value, encoded));
            }
        }

        if (pieces.Count == 0)
        {
            return null;
        }

        var charset = "utf-8";
        var bytes = new List<byte>();
        foreach (var (index, (text, encoded)) in pieces)
        {
            var piece = text;
            if (encoded && index == 0 && piece.Split('\'', 3) is [var set, _, var rest])
            {
                (charset, piece) = (set, rest);
            }

            bytes.AddRange(encoded ? PercentDecoded(piece) : Encoding.UTF8.GetBytes(piece));
        }

        return Words(Text([.. bytes], charset));
    }

    [GeneratedRegex("""([A-Za-z0-9_*.-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]*))""")]
    private static partial Regex Parameters();

    private static byte[] PercentDecoded(string text)
    {
        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 2 < text.Length && text[i + 1] < 128 && text[i + 2] < 128 && RtfText.Hex((byte)text[i + 1]) is { } high && RtfText.Hex((byte)text[i + 2]) is { } low)
            {
                bytes.Add((byte)((high << 4) | low));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
            }
        }

        return [.. bytes];
    }

    /// <summary>Bytes in the charset a mail names; by their look (<see cref="AttachmentFileText.Decoded"/>) where it names none the build knows.</summary>
    public static string Text(byte[] bytes, string? charset)
    {
        try
        {
            if (charset is { Length: > 0 } && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && (CodePagesEncodingProvider.Instance.GetEncoding(charset) ?? Encoding.GetEncoding(charset)) is { } encoding)
            {
                return encoding.GetString(bytes);
            }
        }
        catch (ArgumentException)
        {
        }

        return AttachmentFileText.Decoded(bytes);
    }
}
