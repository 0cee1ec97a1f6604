using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Yaml;

/// <summary>
/// The mistakes of a line's shape that YamlDotNet reports only as "did not find expected key" or
/// "found invalid mapping", often a line later: a value that begins with a character YAML reads as
/// a sign (a quote closed too early, '[Luonnos] …', '@', '- '), a bracket that closes nothing, a
/// line indented unlike its neighbours, a line without its colon. The lines up to the parser's
/// error are read from the top, as the editor wrote them; the first one that cannot be YAML is
/// reported with the fix. A line this reading does not understand (quoted keys, lists of
/// mappings, text running over lines inside quotes or brackets) ends it without a verdict, so a
/// valid line is never blamed.
/// </summary>
public static partial class YamlLineMistakes
{
    private const int ShownValue = 40;

    private sealed record Level(int Indent, string Key, int Line, bool HasValue, string Value);

    public static YamlMistakes.Mistake? Explain(string[] lines, int errorLine, bool[] inBlock, YamlCodes codes, int lineOffset)
    {
        var levels = new List<Level>();
        int? listOwner = null;
        var last = Math.Min(errorLine, lines.Length) - 1;
        for (var i = 0; i <= last; i++)
        {
            var text = lines[i];
            var trimmed = text.Trim();
            if (inBlock[i] || trimmed.Length == 0 || trimmed[0] == '#' || trimmed is "---" or "...")
            {
                continue;
            }

            var indent = YamlLines.Indent(text);
            if (listOwner is int owner)
            {
                if (indent > owner || (indent == owner && IsItem(trimmed)))
                {
                    if (i == last && ItemMistake(lines, i, indent, inBlock, codes, lineOffset) is { } itemMistake)
                    {
                        return itemMistake;
                    }

                    continue;
                }

                listOwner = null;
            }

            var above = levels.Count > 0 ? levels[^1] : null;
            if (IsItem(trimmed))
            {
                if (above is { HasValue: false } && indent >= above.Indent)
                {
                    listOwner = above.Indent;
                    levels[^1] = above with { HasValue = true };
                    continue;
                }

                return above is { HasValue: true } && indent == above.Indent
                    ? new(codes.LineShape, i + 1, indent + 1, MessageText.Format(YamlMessages.ItemAmongFields, above.Key))
                    : null;
            }

            if (trimmed[0] is ':' or ']' or '}' or '"' or '\'' or '?' or '[' or '{' or '!' or '&' or '*' or '|' or '>' or '%' or '@' or '`')
            {
                return null;
            }

            var field = YamlLines.Field().Match(text);
            if (!field.Success)
            {
                var notAField = NotAField(lines, i, indent, above, inBlock, codes, lineOffset);
                if (notAField is not null || above is null || indent <= above.Indent)
                {
                    return notAField;
                }

                // The first line of an indented text value, or a line continuing one.
                levels[^1] = above.HasValue ? above : above with { HasValue = true, Value = trimmed };
                continue;
            }

            var key = field.Groups["key"].Value.Trim();
            var valueGroup = field.Groups["value"];
            var value = valueGroup.Success ? valueGroup.Value.TrimEnd() : "";
            if (value.StartsWith('#'))
            {
                value = "";
            }

            if (above is not null && indent > above.Indent)
            {
                if (above.HasValue)
                {
                    return new(codes.Indentation, i + 1, 1, IndentedUnderValue(lines, i, indent, above, inBlock, lineOffset));
                }
            }
            else if (above is not null && indent < above.Indent)
            {
                var left = above;
                while (levels.Count > 0 && levels[^1].Indent > indent)
                {
                    left = levels[^1];
                    levels.RemoveAt(levels.Count - 1);
                }

                if (levels.Count == 0 || levels[^1].Indent != indent)
                {
                    return new(codes.Indentation, i + 1, 1, MessageText.Format(YamlMessages.IndentedUnlikeFields, left.Indent, left.Key, left.Line + lineOffset));
                }

                levels.RemoveAt(levels.Count - 1);
            }
            else if (above is not null)
            {
                levels.RemoveAt(levels.Count - 1);
            }

            var column = valueGroup.Success ? valueGroup.Index + 1 : text.Length + 1;
            var valueMistake = Value(key, value, column, i + 1, i == last, codes, out var readable);
            if (valueMistake is not null || !readable)
            {
                return valueMistake;
            }

            levels.Add(new Level(indent, key, i + 1, value.Length > 0, value));
        }

        return null;
    }

    // The line the parser stopped at, in a list: an item whose '-' is not below the '-' of the item
    // above it, or a field of an item of fields written below that item's '-' instead of its first field.
    private static YamlMistakes.Mistake? ItemMistake(string[] lines, int i, int indent, bool[] inBlock, YamlCodes codes, int lineOffset)
    {
        if (IsItem(lines[i].Trim()))
        {
            var previous = YamlLines.Structural(lines, i, -1, inBlock);
            var above = previous >= 0 && IsItem(lines[previous].Trim()) ? YamlLines.Indent(lines[previous]) : indent;
            return above == indent ? null
                : new(codes.Indentation, i + 1, indent + 1, MessageText.Format(YamlMessages.ItemsIndentedUnlike, indent, previous + 1 + lineOffset, above));
        }

        if (!YamlLines.Field().IsMatch(lines[i]))
        {
            return null;
        }

        // The nearest line above that is not indented more than this one.
        for (var j = i - 1; j >= 0; j--)
        {
            var trimmed = lines[j].Trim();
            if (inBlock[j] || trimmed.Length == 0 || trimmed[0] == '#' || YamlLines.Indent(lines[j]) > indent)
            {
                continue;
            }

            var item = ItemField().Match(lines[j]);
            return YamlLines.Indent(lines[j]) == indent && item.Success
                ? new(codes.Indentation, i + 1, indent + 1, MessageText.Format(YamlMessages.FieldAtItemDash, j + 1 + lineOffset, item.Groups["key"].Index, item.Groups["key"].Value))
                : null;
        }

        return null;
    }

    // '  - title: Kuntoarvio': an item whose first field begins on the line of its '-'.
    [GeneratedRegex(@"^\s*-[ \t]+(?<key>[\p{L}_][\p{L}\p{N}_-]*):(?:\s|$)")]
    private static partial Regex ItemField();

    // Several lines indented alike read as the fields the editor meant to give the field above;
    // one line, as a stray indentation.
    private static MessageText IndentedUnderValue(string[] lines, int i, int indent, Level above, bool[] inBlock, int lineOffset)
    {
        var next = YamlLines.Structural(lines, i, 1, inBlock);
        var line = above.Line + lineOffset;
        return next >= 0 && YamlLines.Indent(lines[next]) == indent && YamlLines.Field().IsMatch(lines[next])
            ? MessageText.Format(YamlMessages.FieldsUnderValue, above.Key, line, Shorten(above.Value))
            : above.Indent == 0
            ? MessageText.Format(YamlMessages.IndentedUnderTopValue, above.Key, line)
            : MessageText.Format(YamlMessages.IndentedUnderValue, above.Key, line, above.Indent);
    }

    // A line at a place where a field belongs, without 'field:'. An indented first line under a
    // field without a value is that field's text, unless the next line is a field beside it.
    private static YamlMistakes.Mistake? NotAField(string[] lines, int i, int indent, Level? above, bool[] inBlock, YamlCodes codes, int lineOffset)
    {
        if (above is null)
        {
            return null;
        }

        var besideFields = indent <= above.Indent;
        if (!besideFields && !above.HasValue)
        {
            var next = YamlLines.Structural(lines, i, 1, inBlock);
            besideFields = next >= 0 && YamlLines.Indent(lines[next]) == indent && YamlLines.Field().IsMatch(lines[next]);
        }

        if (!besideFields)
        {
            return null;
        }

        var words = Words().Match(lines[i]);
        var rest = words.Groups["rest"].Value.Trim();
        var suggestion = !words.Success ? lines[i].Trim() + ":"
            : rest.StartsWith("- ", StringComparison.Ordinal) ? $"{words.Groups["key"].Value}: [{rest[2..].Trim()}]"
            : $"{words.Groups["key"].Value}: {rest}".TrimEnd()
            ;
        // Words below a field whose value is words too ('proposal: Kaupunginhallitus päättää, että
        // Kemin kaupunki' / 'myönteisesti ja osallistuu …'), as a text pasted from the minutes keeps
        // its line breaks: most likely that text going on, though a field without its colon reads so too.
        return above.Indent == indent && IsProse(above.Value) && above.Line == i && words.Success && IsProse(lines[i]) && lines[i].Trim()[words.Groups["key"].Length] == ' '
            ? new(codes.LineShape, i + 1, indent + 1, MessageText.Format(YamlMessages.NotAFieldOrText, above.Key, above.Line + lineOffset, suggestion))
            : new(codes.LineShape, i + 1, indent + 1, MessageText.Format(YamlMessages.NotAField, suggestion));
    }

    // Three words or more, not begun by a quote or a bracket that gives the value its end.
    private static bool IsProse(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length > 0 && trimmed[0] is not ('"' or '\'' or '[' or '{' or '|' or '>') && trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3;
    }

    // A value YAML reads as a sign rather than text. 'readable' is false when the value runs on
    // past its line (inside quotes or brackets), where this reading stops.
    // 'atError': the parser stopped on this line, so a sign it could read elsewhere ('*x') is what it could not read here.
    private static YamlMistakes.Mistake? Value(string key, string value, int column, int line, bool atError, YamlCodes codes, out bool readable)
    {
        readable = true;
        if (value.Length == 0)
        {
            return null;
        }

        switch (value[0])
        {
            case '"' or '\'':
                var close = YamlLines.ClosingQuote(value);
                if (close < 0)
                {
                    readable = false;
                    return null;
                }

                var after = value[(close + 1)..].TrimStart();
                return after.Length == 0 || after[0] == '#'
                    ? null
                    : new(codes.QuoteTheValue, line, column + close, MessageText.Format(YamlMessages.TextAfterQuote, key, value[0], $"{key}: {Quoted(value)}"));
            case '[' or '{':
                var end = FlowEnd(value);
                if (end < 0)
                {
                    readable = false;
                    return null;
                }

                var rest = value[(end + 1)..];
                var restStart = rest.Length - rest.TrimStart().Length;
                rest = rest.TrimStart();
                if (rest.Length == 0 || rest[0] == '#')
                {
                    return null;
                }

                return rest[0] is ']' or '}'
                    ? new(codes.StrayBracket, line, column + end + 1 + restStart, MessageText.Format(YamlMessages.StrayBracket, rest[0]))
                    : new(codes.QuoteTheValue, line, column, MessageText.Format(YamlMessages.SignAtStart, key, value[0], $"{key}: {Quoted(value)}"));
            case '-' when value.Length == 1 || value[1] == ' ':
                var item = value[1..].Trim();
                return new(codes.LineShape, line, column, MessageText.Format(YamlMessages.ItemAfterField, key, $"{key}: [{item}]"));
            case '|' or '>' when !ValueBlockHeader().IsMatch(value):
                return new(codes.QuoteTheValue, line, column, MessageText.Format(YamlMessages.TextAfterBlockSign, key, value[0], $"{key}: {Quoted(value)}"));
            case ']' or '}' when atError:
                return new(codes.StrayBracket, line, column, MessageText.Format(YamlMessages.StrayBracket, value[0]));
            case '*' or '&' or '!' when value.Contains(' ') && !value[value.IndexOf(' ')..].TrimStart().StartsWith('#'):
            case '*' or '&' or '!' or ',' when atError:
            case '@' or '`' or '%':
            case '?' when value.Length == 1 || value[1] == ' ':
                return new(codes.QuoteTheValue, line, column, MessageText.Format(YamlMessages.SignAtStart, key, value[0], $"{key}: {Quoted(value)}"));
            default:
                return null;
        }
    }

    // The index of the bracket that closes the list or mapping a value begins with.
    private static int FlowEnd(string value)
    {
        var depth = 0;
        for (var c = 0; c < value.Length; c++)
        {
            switch (value[c])
            {
                case '[' or '{':
                    depth++;
                    break;
                case ']' or '}':
                    if (--depth == 0)
                    {
                        return c;
                    }

                    break;
                case '"' or '\'' when YamlLines.StartsScalar(value, c):
                    var close = YamlLines.ClosingQuote(value[c..]);
                    if (close < 0)
                    {
                        return -1;
                    }

                    c += close;
                    break;
            }
        }

        return -1;
    }

    // The value as the editor meant it, in quotes: a value wrapped in one kind of quote keeps
    // what is inside; otherwise the quotes typed are text.
    private static string Quoted(string value)
    {
        var inner = value.Length >= 2 && value[0] is '"' or '\'' && value[^1] == value[0] ? value[1..^1] : value;
        return inner.Contains('"') ? YamlLines.InSingleQuotes(inner) : YamlLines.InDoubleQuotes(inner);
    }

    private static string Shorten(string value) => value.Length <= ShownValue ? value : value[..(ShownValue - 1)] + "…";

    // A tab after the dash separates as a space does (the parser reads "-\t{ … }" as an item).
    private static bool IsItem(string trimmed) => trimmed == "-" || trimmed.StartsWith("- ", StringComparison.Ordinal) || trimmed.StartsWith("-\t", StringComparison.Ordinal);

    [GeneratedRegex(@"^[|>][-+0-9]*\s*(?:#.*)?$")]
    private static partial Regex ValueBlockHeader();

    // A name and what follows it, apart by a space, a comma, a full stop, '=' or a colon that only
    // looks like one (full-width '：', small '﹕', the letter '꞉', the ratio '∶'), pasted from a chat or a PDF.
    [GeneratedRegex(@"^\s*(?<key>[\p{L}_][\p{L}\p{N}_-]*)[\s,;.=\uFF1A\uFE55\uA789\u2236]+(?<rest>.*)$")]
    private static partial Regex Words();
}
