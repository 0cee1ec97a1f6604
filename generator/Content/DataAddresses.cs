namespace DecisionsPortal.Content;

/// <summary>
/// The files a web page, a mail's HTML text or an XML file (an SVG drawing) holds as data: addresses
/// ('data:text/plain;base64,…', 'data:image/svg+xml,%3Csvg…'): a browser shows or saves each
/// decoded, so its words are published as those of a file of its type, though its bytes hold
/// none of them. Each is read as that file is, by the reader given; its bytes are the page's own,
/// so it costs no more than the page.
/// </summary>
internal static partial class DataAddresses
{
    /// <summary>
    /// The words <paramref name="file"/> reads of each data: address in the text, given a name for
    /// it ('data-1.svg', by its type and first bytes, as a mail's part of no name is) and its bytes decoded.
    /// </summary>
    public static string Words(string text, Func<string, byte[], string> file)
    {
        if (!text.Contains("data:", StringComparison.OrdinalIgnoreCase))
        {
            return "";
        }

        var words = new StringBuilder();
        var count = 0;

        foreach (Match address in DataAddress().Matches(text))
        {
            var data = address.Groups["data"].ValueSpan;
            var bytes = address.Groups["base64"].Success ? Base64(Unescaped(data)) : Unescaped(data);
            var type = address.Groups["type"].Value.ToLowerInvariant() is { Length: > 0 } named ? named : "text/plain";
            count++;
            words.Append(file($"data-{count.ToString(CultureInfo.InvariantCulture)}{MailPartKind.Extension(type, bytes)}", bytes)).Append('\n');
        }

        return words.ToString();
    }

    // Percent escapes decoded, as a browser does before it reads a data: address's base64 or text;
    // what lies between them encoded as UTF-8 a run at a time.
    private static byte[] Unescaped(ReadOnlySpan<char> data)
    {
        var bytes = new byte[Encoding.UTF8.GetMaxByteCount(data.Length)];
        var length = 0;
        var from = 0;
        for (var i = 0; i < data.Length; i++)
        {
            if (data[i] == '%' && i + 2 < data.Length && byte.TryParse(data.Slice(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var escaped))
            {
                length += Encoding.UTF8.GetBytes(data[from..i], bytes.AsSpan(length));
                bytes[length++] = escaped;
                i += 2;
                from = i + 1;
            }
        }

        length += Encoding.UTF8.GetBytes(data[from..], bytes.AsSpan(length));
        return bytes[..length];
    }

    /// <summary>Base64 as a browser reads it: spaces and line ends left out, and a last group cut short read as far as it goes.</summary>
    internal static byte[] Base64(byte[] written)
    {
        var letters = Encoding.Latin1.GetString(written).Where(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '/').ToArray();
        var whole = letters.AsSpan(0, letters.Length - (letters.Length % 4 == 1 ? 1 : 0));
        var padded = whole.ToString() + new string('=', (4 - (whole.Length % 4)) % 4);
        return Convert.FromBase64String(padded);
    }

    // A data: address: its type, its parameters ('charset=utf-8', and 'base64' last), and its data
    // up to what ends an attribute's value or a style's url().
    [GeneratedRegex("""\bdata:(?<type>[a-z0-9.+-]+/[a-z0-9.+-]+)?(?:;[a-z0-9.+=-]*)*?(?<base64>;base64)?,(?<data>[^"'()<>\s]*)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DataAddress();
}
