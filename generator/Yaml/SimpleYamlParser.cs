using YamlDotNet.Core;

namespace DecisionsPortal.Yaml;

/// <summary>
/// Reads the plain shape nearly every front matter has — 'key: value' lines, one level of nested
/// mapping, one-line quoted values, one-line '[a, b]' lists and '|' blocks — into the same tree,
/// with the same positions, that YamlDotNet would give. Anything else (anchors, tags, escapes,
/// folded or multi-line values, empty values, comments after a value, tabs, repeated keys, '- '
/// lists …) makes it give up, and YamlDotNet reads the text instead, so every error message
/// and every unusual case stays YamlDotNet's. It exists because parsing 20,000 front matters
/// with YamlDotNet was most of a build's Load stage.
/// </summary>
public static class SimpleYamlParser
{
    // Indicators that cannot start a plain scalar, or that this parser leaves to YamlDotNet.
    private const string NotPlainStart = "-?:,[]{}#&*!|>'\"%@`";

    /// <summary>The root mapping, or null when the text is not of the simple shape (then ask YamlDotNet).</summary>
    public static MappingNode? TryParse(string text)
    {
        if (!AllPlainCharacters(text))
        {
            return null;
        }

        var reader = new Reader(text);
        reader.SkipBlankLines();
        if (reader.AtEnd)
        {
            return null;
        }

        var root = reader.Mapping(0);
        reader.SkipBlankLines();
        return root is not null && reader.AtEnd ? root : null;
    }

    // Every front matter repeats the same dozen field names, and a decision keeps them (where
    // each field was written), so all decisions share one string per name.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Keys = new(StringComparer.Ordinal);

    private static string Key(ReadOnlySpan<char> name)
    {
        if (Keys.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var known))
        {
            return known;
        }

        var key = name.ToString();
        return Keys.Count < 1000 ? Keys.GetOrAdd(key, key) : key;
    }

    // YAML allows only printable characters; tabs, carriage returns and the Unicode line and
    // paragraph separators have rules of their own.
    private static bool AllPlainCharacters(string text)
    {
        foreach (var c in text)
        {
            if (c < ' ' ? c != '\n' : c is (>= '\u007F' and <= '\u009F') or '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF')
            {
                return false;
            }
        }

        return true;
    }

    private sealed class Reader(string text)
    {
        private int position;
        private int line = 1;

        public bool AtEnd => position >= text.Length;

        /// <summary>Skips empty lines, lines of spaces, and comment lines that start in the first column.</summary>
        public void SkipBlankLines()
        {
            while (!AtEnd)
            {
                var end = LineEnd(position);
                var content = text.AsSpan(position, end - position);
                var trimmed = content.TrimStart(' ');
                if (trimmed.Length != 0 && !(content[0] == '#'))
                {
                    return;
                }

                NextLine(end);
            }
        }

        public MappingNode? Mapping(int indent)
        {
            var children = new List<KeyValuePair<Node, Node>>();
            Mark start = default;
            while (true)
            {
                SkipBlankLines();
                if (AtEnd)
                {
                    break;
                }

                var spaces = Indentation(position);
                if (spaces < indent)
                {
                    break;
                }

                if (spaces > indent)
                {
                    return null;
                }

                var lineStart = position;
                var keyStart = lineStart + indent;
                var keyEnd = keyStart;
                while (keyEnd < text.Length && IsKeyCharacter(text[keyEnd], keyEnd == keyStart))
                {
                    keyEnd++;
                }

                // "key:" then a space or the end of the line; anything else is not our shape.
                if (keyEnd == keyStart || keyEnd >= text.Length || text[keyEnd] != ':'
                    || (keyEnd + 1 < text.Length && text[keyEnd + 1] is not (' ' or '\n')))
                {
                    return null;
                }

                var key = Key(text.AsSpan(keyStart, keyEnd - keyStart));
                foreach (var existing in children)
                {
                    // YamlDotNet reports a repeated key; let it.
                    if (((ScalarNode)existing.Key).Value == key)
                    {
                        return null;
                    }
                }

                var keyMark = MarkAt(keyStart);
                if (children.Count == 0)
                {
                    start = keyMark;
                }

                var value = Value(indent, keyEnd + 1);
                if (value is null)
                {
                    return null;
                }

                children.Add(new(new ScalarNode(keyMark, key, ScalarStyle.Plain), value));
            }

            return children.Count == 0 ? null : new MappingNode(start, children);
        }

        // The value after "key:", starting at 'from' on the current line; leaves the reader on the next line.
        private Node? Value(int indent, int from)
        {
            var end = LineEnd(position);
            var valueStart = from;
            while (valueStart < end && text[valueStart] == ' ')
            {
                valueStart++;
            }

            var valueEnd = end;
            while (valueEnd > valueStart && text[valueEnd - 1] == ' ')
            {
                valueEnd--;
            }

            if (valueStart == valueEnd)
            {
                // Nothing on the line: a nested mapping must follow, more indented.
                NextLine(end);
                SkipBlankLines();
                if (AtEnd)
                {
                    return null;
                }

                var nested = Indentation(position);
                return nested > indent && indent == 0 ? Mapping(nested) : null;
            }

            var first = text[valueStart];
            if (first == '|')
            {
                // Only a bare '|' (clip chomping, indentation found from the first line).
                return valueEnd == valueStart + 1 ? Literal(indent, MarkAt(valueStart), end) : null;
            }

            Node? value = first switch
            {
                '"' => Quoted(valueStart, valueEnd, '"', ScalarStyle.DoubleQuoted),
                '\'' => Quoted(valueStart, valueEnd, '\'', ScalarStyle.SingleQuoted),
                '[' => FlowList(valueStart, valueEnd),
                _ => Plain(valueStart, valueEnd),
            };

            if (value is null)
            {
                return null;
            }

            NextLine(end);
            return NoContinuation(indent) ? value : null;
        }

        // After a one-line value the next content line must not be indented more (that would
        // continue the value, or be a nested node YAML does not allow there).
        private bool NoContinuation(int indent)
        {
            var saved = (position, line);
            SkipBlankLines();
            var ok = AtEnd || Indentation(position) <= indent;
            (position, line) = saved;
            return ok;
        }

        private ScalarNode? Quoted(int start, int end, char quote, ScalarStyle style)
        {
            // One line, no escapes: "…" without '\', '…' without ''.
            var close = text.IndexOf(quote, start + 1, end - start - 1);
            if (close != end - 1 || (quote == '"' && text.AsSpan(start + 1, close - start - 1).Contains('\\')))
            {
                return null;
            }

            return new ScalarNode(MarkAt(start), text[(start + 1)..close], style);
        }

        private ScalarNode? Plain(int start, int end)
        {
            if (NotPlainStart.Contains(text[start]) || !PlainText(text.AsSpan(start, end - start), inFlow: false))
            {
                return null;
            }

            return new ScalarNode(MarkAt(start), text[start..end], ScalarStyle.Plain);
        }

        // "[a, b, c]" on one line, each item a plain word or words.
        private SequenceNode? FlowList(int start, int end)
        {
            if (text[end - 1] != ']')
            {
                return null;
            }

            var items = new List<Node>();
            var i = start + 1;
            var close = end - 1;
            while (true)
            {
                while (i < close && text[i] == ' ')
                {
                    i++;
                }

                if (i == close)
                {
                    // "[]", but not "[a, ]".
                    return items.Count == 0 ? new SequenceNode(MarkAt(start), items) : null;
                }

                var itemEnd = text.IndexOf(',', i, close - i);
                var last = itemEnd < 0;
                if (last)
                {
                    itemEnd = close;
                }

                var trimmed = itemEnd;
                while (trimmed > i && text[trimmed - 1] == ' ')
                {
                    trimmed--;
                }

                if (trimmed == i || NotPlainStart.Contains(text[i]) || !PlainText(text.AsSpan(i, trimmed - i), inFlow: true))
                {
                    return null;
                }

                items.Add(new ScalarNode(MarkAt(i), text[i..trimmed], ScalarStyle.Plain));
                if (last)
                {
                    return new SequenceNode(MarkAt(start), items);
                }

                i = itemEnd + 1;
            }
        }

        // A '|' block: the lines below, indented more than the key, with that indentation
        // removed, and one line break at the end.
        private ScalarNode? Literal(int indent, Mark mark, int headerEnd)
        {
            NextLine(headerEnd);
            if (AtEnd)
            {
                return null;
            }

            var blockIndent = Indentation(position);
            if (blockIndent <= indent || LineEnd(position) == position + blockIndent)
            {
                // Leading empty lines, or a line of spaces, have rules of their own.
                return null;
            }

            var lines = new List<(int Start, int End)>();
            var pendingEmpty = 0;
            while (!AtEnd)
            {
                var end = LineEnd(position);
                if (end == position)
                {
                    pendingEmpty++;
                    NextLine(end);
                    continue;
                }

                var spaces = Indentation(position);
                if (spaces == end - position)
                {
                    // A line of spaces only: leave it to YamlDotNet.
                    return null;
                }

                if (spaces < blockIndent)
                {
                    break;
                }

                for (; pendingEmpty > 0; pendingEmpty--)
                {
                    lines.Add((0, 0));
                }

                lines.Add((position + blockIndent, end));
                NextLine(end);
            }

            // Clip chomping keeps the last line's break, when the text has one.
            var builder = new System.Text.StringBuilder();
            foreach (var (start, end) in lines)
            {
                builder.Append(text, start, end - start);
                if (end < text.Length)
                {
                    builder.Append('\n');
                }
            }

            return Indentation(position) <= indent || AtEnd
                ? new ScalarNode(mark, builder.ToString(), ScalarStyle.Literal)
                : null;
        }

        // Plain text YAML reads as written: no ": " or " #" inside, no ':' at the end, and in a
        // flow list nothing that means structure there.
        private static bool PlainText(ReadOnlySpan<char> value, bool inFlow)
        {
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                if (c == ':' && (i + 1 == value.Length || value[i + 1] == ' ' || inFlow))
                {
                    return false;
                }

                if (c == '#' && i > 0 && value[i - 1] == ' ')
                {
                    return false;
                }

                if (inFlow && c is '[' or ']' or '{' or '}' or ',' or '"' or '\'')
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsKeyCharacter(char c, bool first) =>
            char.IsAsciiLetter(c) || c == '_' || (!first && (char.IsAsciiDigit(c) || c == '-'));

        private int Indentation(int from)
        {
            var i = from;
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }

            return i - from;
        }

        private int LineEnd(int from)
        {
            var end = text.IndexOf('\n', from);
            return end < 0 ? text.Length : end;
        }

        private void NextLine(int lineEnd)
        {
            position = lineEnd + 1;
            line++;
        }

        private Mark MarkAt(int index)
        {
            var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
            return new Mark(index, line, index - lineStart + 1);
        }
    }
}
