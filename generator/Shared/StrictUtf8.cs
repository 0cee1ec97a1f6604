using System.Buffers;
using System.Text.Unicode;

namespace DecisionsPortal;

/// <summary>
/// Decodes UTF-8 and refuses anything else: a file saved as Latin-1 would otherwise publish
/// "pÃ¤Ã¤tÃ¶s" or replacement characters without anyone noticing.
/// </summary>
public static class StrictUtf8
{
    /// <summary>Returns the text, or null and the one-based line and column of the first bad byte.</summary>
    public static (string? Text, int Line, int Column) Decode(ReadOnlySpan<byte> span)
    {
        span = WithoutByteOrderMark(span);
        if (FirstBadByte(span) is var (line, column))
        {
            return (null, line, column);
        }

        var text = Encoding.UTF8.GetString(span);
        return (text.Contains('\r') ? text.Replace("\r\n", "\n") : text, 0, 0);
    }

    public static ReadOnlySpan<byte> WithoutByteOrderMark(ReadOnlySpan<byte> span) =>
        span.StartsWith("\uFEFF"u8) ? span[3..] : span;

    /// <summary>
    /// Whether the file (its byte order mark of UTF-8 taken off) is UTF-16: a byte order mark of
    /// UTF-16, or a zero byte beside the first character (ASCII in UTF-16 without a mark); else its
    /// first 'ä' would be named as a bad byte, lines down.
    /// </summary>
    public static bool IsUtf16(ReadOnlySpan<byte> span) =>
        span.Length >= 2 && ((span[0], span[1]) is (0xFF, 0xFE) or (0xFE, 0xFF) || span[0] == 0 || span[1] == 0);

    /// <summary>The one-based line and column of the first byte that is not UTF-8; null when all are.</summary>
    public static (int Line, int Column)? FirstBadByte(ReadOnlySpan<byte> span) =>
        // Valid files (nearly all) are checked in one vectorised pass; only a bad one is walked
        // rune by rune to say where it went wrong.
        Utf8.IsValid(span) ? null : Locate(span);

    private static (int Line, int Column) Locate(ReadOnlySpan<byte> span)
    {
        var line = 1;
        var column = 1;
        var rest = span;
        while (!rest.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(rest, out var rune, out var consumed);
            if (status != OperationStatus.Done)
            {
                return (line, column);
            }

            if (rune.Value == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }

            rest = rest[consumed..];
        }

        return (line, column);
    }
}
