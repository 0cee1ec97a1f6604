using DecisionsPortal.Diagnostics;
using DecisionsPortal.Shared;

namespace DecisionsPortal.Yaml;

/// <summary>
/// Turns a YAML syntax error into the editor's mistake: the parser often notices one only lines
/// later (a tab on line 9 is reported at the mapping on line 2, unindented text at the next
/// field), and in its own words. The lines of the text up to the error are read for the
/// mistakes people make; the first that fits is reported at the line to change, with the fix.
/// Anything else keeps the parser's words.
/// </summary>
public static partial class YamlMistakes
{
    public sealed record Mistake(string Code, int Line, int Column, MessageText Message);

    /// <param name="line">The one-based line (of the text) where the parser failed.</param>
    /// <param name="lineOffset">The lines of the file before the text, for messages that name another line.</param>
    public static Mistake Explain(string text, int line, int column, string parserMessage, YamlCodes codes, int lineOffset)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        line = Math.Clamp(line, 1, lines.Length);
        var inBlock = YamlLines.BlockTextLines(lines);
        var inText = YamlLines.ContinuedText(lines, inBlock);
        return Quote(lines, line, column, parserMessage, codes)
            ?? Tab(lines, line, parserMessage, inBlock, codes)
            ?? UnseenSpaceAfterColon.Of(lines, line, codes)
            ?? ColonInValue(lines, line, codes)
            ?? BlockNotIndented(lines, line, codes)
            ?? NoSpaceAfterColon(lines, line, inText, codes)
            ?? UnlessClosedAbove(Bracket(lines, line, inText, codes), lines, line)
            ?? YamlLineMistakes.Explain(lines, line, inBlock, codes, lineOffset)
            ?? new Mistake(codes.Syntax, line, column, MessageText.Format(YamlMessages.Syntax, WithoutPosition(parserMessage)));
    }

    // A bracket that looks unclosed line by line above the error is closed when the parser reads
    // the lines above the error without one (a quoted value it reads over several lines holds the
    // '}'): then the mistake is not there.
    private static Mistake? UnlessClosedAbove(Mistake? bracket, string[] lines, int line) =>
        bracket is not null && bracket.Line < line && UnseenSpaceAfterColon.FailsAt(lines.Take(line - 1)) is null ? null : bracket;

    private static Mistake? Quote(string[] lines, int line, int column, string parserMessage, YamlCodes codes)
    {
        if (!parserMessage.Contains("quoted scalar", StringComparison.Ordinal))
        {
            return null;
        }

        var text = lines[line - 1];
        if (parserMessage.Contains("surrogate", StringComparison.Ordinal) && HalfCharacter(lines, line, codes) is { } half)
        {
            return half;
        }

        if (parserMessage.Contains("escape", StringComparison.Ordinal) && YamlLines.SingleQuoted(text) is var fixedLine && fixedLine != text)
        {
            return new Mistake(codes.QuoteTheValue, line, column, MessageText.Format(YamlMessages.BackslashInQuotes, fixedLine.Trim()));
        }

        // The parser reports an unclosed quote where it opened.
        var at = Math.Clamp(column, 1, Math.Max(text.Length, 1)) - 1;
        var quote = at < text.Length && text[at] is '\'' or '"' ? text[at] : text.TrimEnd().Contains('\'') && !text.Contains('"') ? '\'' : '"';
        return new Mistake(codes.UnclosedQuote, line, column, MessageText.Format(YamlMessages.UnclosedQuote, quote, text.Trim() + quote));
    }

    // The parser names a lone surrogate escape ('\uD800') where the value's quote opened, and
    // neither the field nor the escape: both are found from there on.
    private static Mistake? HalfCharacter(string[] lines, int line, YamlCodes codes)
    {
        for (var i = line - 1; i < lines.Length; i++)
        {
            if (SurrogateEscape().Match(lines[i]) is { Success: true } escape)
            {
                var key = Enumerable.Range(0, i + 1).Reverse().Select(k => YamlLines.Field().Match(lines[k])).FirstOrDefault(f => f.Success)?.Groups["key"].Value ?? "";
                return new Mistake(codes.HalfCharacter, i + 1, escape.Index + 1, MessageText.Format(YamlMessages.HalfCharacter, key, escape.Value));
            }
        }

        return null;
    }

    // A high half not followed by a low one, a low half not after a high one, or either written in eight digits.
    [GeneratedRegex(@"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F])|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}|\\U0000[dD][89a-fA-F][0-9a-fA-F]{2}")]
    private static partial Regex SurrogateEscape();

    private static Mistake? Tab(string[] lines, int line, string parserMessage, bool[] inBlock, YamlCodes codes)
    {
        // When the parser names the tab, it may name it lines too early: the tab is wherever it is.
        var named = parserMessage.Contains("tab", StringComparison.OrdinalIgnoreCase);
        for (var i = 0; i < (named ? lines.Length : line); i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0 && !inBlock[i] && (named || !AcceptedAsSpaces(lines, i, indent, line)))
            {
                return new Mistake(codes.Tab, i + 1, tab + 1, MessageText.Format(YamlMessages.Tab));
            }
        }

        return null;
    }

    // The parser takes a tab after a line's first space for a space. The tab is the mistake where
    // the line indented with spaces instead (each tab one, or as deep as the line above or below)
    // reads past the error; where none does, the error is elsewhere and the line is as meant.
    private static bool AcceptedAsSpaces(string[] lines, int index, int indent, int line)
    {
        var text = lines[index][indent..];
        return new[] { indent, Neighbour(lines, index, -1), Neighbour(lines, index, 1) }
            .Where(depth => depth >= 0)
            .All(depth => UnseenSpaceAfterColon.FailsAt(lines.Select((l, j) => j == index ? new string(' ', depth) + text : l)) is { } failsAt && failsAt <= line);
    }

    // The indentation of the nearest line with text above (-1) or below (1), or -1 where there is none.
    private static int Neighbour(string[] lines, int index, int step)
    {
        for (var i = index + step; i >= 0 && i < lines.Length; i += step)
        {
            if (lines[i].Trim().Length > 0)
            {
                return YamlLines.Indent(lines[i]);
            }
        }

        return -1;
    }

    private static Mistake? ColonInValue(string[] lines, int line, YamlCodes codes)
    {
        var field = YamlLines.Field().Match(lines[line - 1]);
        if (!field.Success)
        {
            return null;
        }

        var value = field.Groups["value"].Value.TrimEnd();
        if (value.Length == 0 || value[0] is '"' or '\'' or '[' or '{' or '|' or '>' or '&' or '*' or '!' || !(value.Contains(": ", StringComparison.Ordinal) || value.EndsWith(':')))
        {
            return null;
        }

        var key = field.Groups["key"].Value;
        var lead = field.Groups["lead"].Value.TrimStart();
        if (ItemFieldsOnOneLine.Braced(lead, key, value) is { } braced)
        {
            return new Mistake(codes.ColonInValue, line, (lead.Length > 0 ? field.Groups["key"] : field.Groups["value"]).Index + 1,
                MessageText.Format(YamlMessages.FieldsWithoutBraces, braced));
        }

        // '”Koulun katto: korjaus”' was meant as quotes, typed in Word: the straight ones take their place.
        value = TypographicQuotes.Inside(value) ?? value;
        var quoted = $"{lead}{key}: {YamlLines.InDoubleQuotes(value)}";
        var message = value.Contains(": ", StringComparison.Ordinal) ? YamlMessages.ColonInValue : YamlMessages.ColonAtEnd;
        return new Mistake(codes.ColonInValue, line, field.Groups["value"].Index + 1, MessageText.Format(message, key, quoted));
    }

    // Text under 'key: |' or 'key: >' must be indented more than the key; a line that is not
    // ends the text, and the parser trips over it, or over a later line.
    private static Mistake? BlockNotIndented(string[] lines, int line, YamlCodes codes)
    {
        for (var header = line - 2; header >= 0; header--)
        {
            var match = YamlLines.BlockHeader().Match(lines[header]);
            if (!match.Success)
            {
                continue;
            }

            var keyIndent = YamlLines.Indent(lines[header]);
            var textIndent = -1;
            for (var i = header + 1; i < line; i++)
            {
                if (lines[i].Trim().Length == 0)
                {
                    continue;
                }

                var indent = YamlLines.Indent(lines[i]);
                // A field right below an empty 'key: |' is the next field, not unindented text.
                if (indent <= keyIndent && (YamlLines.Field().IsMatch(lines[i]) || lines[i].TrimStart()[0] is ':' or '?'))
                {
                    break;
                }

                if (textIndent < 0 && indent <= keyIndent)
                {
                    return new Mistake(codes.BlockNotIndented, i + 1, 1, MessageText.Format(YamlMessages.BlockNotIndented, match.Groups["header"].Value.Trim(), lines[i].Trim()));
                }

                if (textIndent < 0)
                {
                    textIndent = indent;
                }
                else if (indent < textIndent && !YamlLines.Field().IsMatch(lines[i]))
                {
                    return new Mistake(codes.BlockNotIndented, i + 1, 1, MessageText.Format(YamlMessages.BlockLineNotIndented, match.Groups["header"].Value.Trim(), textIndent));
                }
                else if (indent < textIndent)
                {
                    break;
                }
            }

            return null;
        }

        return null;
    }

    // 'proposal:Kaupunginhallitus' is a field without its space only among fields: alone under
    // a field, in a list or continuing a value it is text ('kello:12').
    private static Mistake? NoSpaceAfterColon(string[] lines, int line, bool[] inText, YamlCodes codes)
    {
        for (var i = line - 1; i >= 0; i--)
        {
            var match = Glued().Match(lines[i]);
            if (match.Success && !inText[i] && !YamlLines.Field().IsMatch(lines[i]) && !lines[i].TrimStart().StartsWith('-') && BesideAField(lines, i, inText))
            {
                var fixedLine = $"{match.Groups["key"].Value}: {match.Groups["value"].Value}".Trim();
                return new Mistake(codes.NoSpaceAfterColon, i + 1, match.Groups["value"].Index, MessageText.Format(YamlMessages.NoSpaceAfterColon, fixedLine));
            }
        }

        return null;
    }

    // The nearest line above or below with a field of its own (not a note, nor a text value's) is a field at the same indentation.
    private static bool BesideAField(string[] lines, int i, bool[] inText) =>
        new[] { -1, 1 }.Select(step => YamlLines.Structural(lines, i, step, inText))
            .Any(j => j >= 0 && YamlLines.Indent(lines[j]) == YamlLines.Indent(lines[i]) && YamlLines.Field().IsMatch(lines[j]));

    // A list or mapping in brackets may run over lines; the one still open at the error is
    // unclosed. Only a bracket that begins a value opens one: in plain text '[' is a letter.
    private static Mistake? Bracket(string[] lines, int line, bool[] inBlock, YamlCodes codes)
    {
        var open = new Stack<(char Open, int Line, int Column)>();
        for (var i = 0; i < Math.Min(line, lines.Length); i++)
        {
            var text = lines[i];
            var start = open.Count > 0 ? 0 : FlowStart().Match(text) is { Success: true } m ? m.Groups["lead"].Length : -1;
            if (inBlock[i] || start < 0)
            {
                continue;
            }

            for (var c = start; c < text.Length; c++)
            {
                switch (text[c])
                {
                    case '[' or '{':
                        open.Push((text[c], i, c));
                        break;
                    case ']' or '}' when open.Count > 0:
                        open.Pop();
                        c = open.Count == 0 ? text.Length : c;
                        break;
                    case '"' or '\'' when YamlLines.StartsScalar(text, c):
                        var close = YamlLines.ClosingQuote(text[c..]);
                        c = close < 0 ? text.Length : c + close;
                        break;
                    case '#' when c > 0 && text[c - 1] == ' ':
                        c = text.Length;
                        break;
                }
            }
        }

        if (open.Count == 0)
        {
            return null;
        }

        var (first, at, column) = open.Last();
        return new Mistake(codes.UnclosedBracket, at + 1, column + 1, MessageText.Format(YamlMessages.UnclosedBracket, first, first == '[' ? ']' : '}'));
    }

    // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (...): "; we print our own position.
    private static string WithoutPosition(string message)
    {
        var marker = message.LastIndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && marker >= 0 ? message[(marker + 3)..] : message;
    }

    [GeneratedRegex(@"^(?<lead>\s*(?:-\s+)*(?:[^\s#'""\[\]{}:,-][^:#]*?:\s+)?)[\[{]")]
    private static partial Regex FlowStart();

    [GeneratedRegex(@"^(?<key>\s*(?:-\s+)?[\p{L}_][\p{L}\p{N}_-]*):(?<value>[\p{L}\p{N}""'].*)$")]
    private static partial Regex Glued();
}
