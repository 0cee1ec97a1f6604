using System.Buffers;
using System.Text;

namespace DecisionsPortal.Content;

/// <summary>
/// Decodes UTF-8 and refuses anything else: a file saved as Latin-1 would otherwise publish
/// "pÃ¤Ã¤tÃ¶s" or replacement characters without anyone noticing.
/// </summary>
public static class StrictUtf8
{
    /// <summary>Returns the text, or null and the one-based line and column of the first bad byte.</summary>
    public static (string? Text, int Line, int Column) Decode(byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith("\uFEFF"u8))
        {
            span = span[3..];
        }

        var line = 1;
        var column = 1;
        var rest = span;
        while (!rest.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(rest, out var rune, out var consumed);
            if (status != OperationStatus.Done)
            {
                return (null, line, column);
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

        return (Encoding.UTF8.GetString(span).Replace("\r\n", "\n"), 0, 0);
    }
}
