namespace DecisionsPortal.Content;

/// <summary>
/// Files an old client, a mailing list's digest or a tool writes into a mail's text: uuencoded
/// after 'begin 644 name' (a backquote or a space for a zero, a line of none and 'end' after them,
/// or neither where a tool or a cut left them out), or base64 after GNU's 'begin-base64 644 name'
/// up to '===='. Each is read as far as its lines are its encoding's.
/// </summary>
internal static partial class UuencodedFiles
{
    public static IEnumerable<(string Name, byte[] Bytes)> In(string text)
    {
        foreach (Match begin in Begin().Matches(text))
        {
            var lines = Lines(text, begin.Index + begin.Length);
            var name = begin.Groups[2].Value.Trim();
            yield return (name, begin.Groups[1].Success ? Base64(lines) : Uudecoded(lines));
        }
    }

    // The lines after the 'begin' line, each without its line's end.
    private static IEnumerable<string> Lines(string text, int from)
    {
        for (var at = text.IndexOf('\n', from) + 1; at > 0 && at < text.Length;)
        {
            var end = text.IndexOf('\n', at);
            yield return text[at..(end < 0 ? text.Length : end)].TrimEnd('\r');
            at = end < 0 ? text.Length : end + 1;
        }
    }

    // Each line's first character gives its bytes' count, its others four to three bytes; a line of
    // none, 'end', or one that is no such line ends them. A space stripped from a line's end by a
    // mail's transport is a zero.
    private static byte[] Uudecoded(IEnumerable<string> lines)
    {
        using var bytes = new MemoryStream();
        foreach (var line in lines)
        {
            var count = line.Length == 0 ? 0 : (line[0] - 32) & 63;
            if (count == 0 || line.Any(c => c is < ' ' or > '`') || line.Length - 1 > ((count + 2) / 3 * 4) + 1)
            {
                break;
            }

            var group = new int[4];
            for (var i = 0; i < count; i += 3)
            {
                for (var j = 0; j < 4; j++)
                {
                    var at = 1 + (i / 3 * 4) + j;
                    group[j] = at < line.Length ? (line[at] - 32) & 63 : 0;
                }

                ReadOnlySpan<byte> three = [(byte)((group[0] << 2) | (group[1] >> 4)), (byte)((group[1] << 4) | (group[2] >> 2)), (byte)((group[2] << 6) | group[3])];
                bytes.Write(three[..Math.Min(3, count - i)]);
            }
        }

        return bytes.ToArray();
    }

    // Base64 lines up to '====' or a line that is not base64.
    private static byte[] Base64(IEnumerable<string> lines)
    {
        var encoded = string.Concat(lines.TakeWhile(l => l.Length > 0 && l != "====" && Base64Line().IsMatch(l)));
        var bytes = new byte[encoded.Length * 3 / 4];
        return Convert.TryFromBase64String(encoded, bytes, out var length) ? bytes[..length] : [];
    }

    // 'begin 644 name' or 'begin-base64 644 name'.
    [GeneratedRegex(@"^begin(-base64)? [0-7]{3,4} ([^\r\n]+)", RegexOptions.Multiline)]
    private static partial Regex Begin();

    [GeneratedRegex(@"^[A-Za-z0-9+/]+=*$")]
    private static partial Regex Base64Line();
}
