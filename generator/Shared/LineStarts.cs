using System.Buffers;

namespace DecisionsPortal;

/// <summary>
/// Whether a line of a text begins with one of a few characters: the checks for typed bullets ask
/// this of every text before they split it into lines, as an en dash inside a sentence ('kello
/// 8–20') is common and the bullet is only looked for where a line begins.
/// </summary>
public static class LineStarts
{
    /// <summary>Whether a line of <paramref name="text"/> begins, after at most <paramref name="maxIndent"/> spaces, with one of <paramref name="marks"/>.</summary>
    public static bool Any(ReadOnlySpan<char> text, SearchValues<char> marks, int maxIndent = int.MaxValue)
    {
        while (true)
        {
            var end = text.IndexOf('\n');
            var line = end < 0 ? text : text[..end];
            var indent = line.IndexOfAnyExcept(' ');
            if (indent >= 0 && indent <= maxIndent && marks.Contains(line[indent]))
            {
                return true;
            }

            if (end < 0)
            {
                return false;
            }

            text = text[(end + 1)..];
        }
    }
}
