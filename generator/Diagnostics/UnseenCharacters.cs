using System.Buffers;

namespace DecisionsPortal.Diagnostics;

/// <summary>
/// Characters nobody sees or tells from a space, which come with pasted text: a byte-order mark
/// where two files were pasted together, a zero-width space, a word joiner, a no-break space.
/// The one place that names them, for a field name that holds one, a value that starts or ends
/// with one, a '---' line after one, a line of the text after one, and a byte-order mark in the text.
/// </summary>
public static class UnseenCharacters
{
    /// <summary>The characters of no width: where an id, a date or a '---' is written, never meant.</summary>
    public static readonly SearchValues<char> ZeroWidth = SearchValues.Create("\uFEFF\u200B\u2060");

    /// <summary>Those, the no-break space and the soft hyphen (a PDF's place to break a word), which a name cannot hold either.</summary>
    public static readonly SearchValues<char> InNames = SearchValues.Create("\uFEFF\u200B\u2060\u00A0\u00AD");

    public const char ByteOrderMark = '\uFEFF';

    private const string ValueStartsWith = "the value '{0}' starts with {1} (U+{2:X4}), pasted with the text perhaps; it is ignored: delete it";

    private const string ValueHasAfter = "the value '{0}' has {1} (U+{2:X4}) after '{3}', pasted with the text perhaps; it is ignored: delete it";

    private const string LineStartsWith = "the line '---' starts with {0} (U+{1:X4}), pasted with the text perhaps; it is ignored: delete it";

    private const string InText = "{0} (U+{1:X4}) is here, where two files were pasted together perhaps: delete it";

    private const string TextLineStartsWith = "the line starts with {0} (U+{1:X4}), pasted with the text perhaps; a heading, list or quote after it shows as plain text: delete it";

    public static MessageText Name(char c) => c switch
    {
        '\uFEFF' => "an invisible byte-order mark",
        '\u200B' => "an invisible zero-width space",
        '\u2060' => "an invisible word joiner",
        '\u00AD' => "an invisible soft hyphen",
        _ => "a no-break space",
    };

    /// <summary>
    /// A value without the zero-width characters it starts or ends with, or any byte-order mark
    /// (in the middle of running text a zero-width space is a place to break a long word), and
    /// what the editor is told of the first; null when it has none of them.
    /// </summary>
    public static (string Value, MessageText Message)? FromValue(string value)
    {
        if (value.AsSpan().IndexOfAny(ZeroWidth) < 0)
        {
            return null;
        }

        var start = value.AsSpan().IndexOfAnyExcept(ZeroWidth) is var text and >= 0 ? text : value.Length;
        var end = start + value.AsSpan(start).LastIndexOfAnyExcept(ZeroWidth) + 1;

        // The first character left out: at the start, a byte-order mark inside, or at the end.
        var first = start > 0 ? 0 : value.AsSpan(0, end).IndexOf(ByteOrderMark);
        if (first < 0)
        {
            if (end == value.Length)
            {
                return null;
            }

            first = end;
        }

        var kept = value[start..end].Replace("\uFEFF", "", StringComparison.Ordinal);
        var c = value[first];
        var message = first == 0 ? MessageText.Format(ValueStartsWith, value, Name(c), (int)c)
            : MessageText.Format(ValueHasAfter, value, Name(c), (int)c, value[..first]);
        return (kept, message);
    }

    /// <summary>For a '---' line that starts with a character of no width.</summary>
    public static MessageText BeforeMarker(char c) => MessageText.Format(LineStartsWith, Name(c), (int)c);

    /// <summary>For a line of the text that starts with a zero-width space or a word joiner, which Markdown does not skip.</summary>
    public static MessageText AtLineStart(char c) => MessageText.Format(TextLineStartsWith, Name(c), (int)c);

    /// <summary>For a byte-order mark in the text, after the file's start, where it has no use.</summary>
    public static MessageText InTheText(char c) => MessageText.Format(InText, Name(c), (int)c);
}
