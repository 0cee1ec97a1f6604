using DecisionsPortal.Diagnostics;
using DecisionsPortal.Shared;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace DecisionsPortal.Yaml;

/// <summary>
/// Builds our tree straight from the parser's events: the one way a YAML text is read. Front
/// matter and site.yml are plain YAML, so what plain YAML lacks is reported, each at its place
/// and the reading carrying on: an anchor, alias or tag, a key given twice, a second document,
/// and nesting deeper than any file needs (checked before going down a level, so that a text of
/// 100,000 '[' ends as a message rather than a stack overflow). A syntax error stops the reading;
/// <see cref="YamlMistakes"/> says in plain words where and what to fix.
/// </summary>
internal sealed class EventTree(IParser parser, YamlSource source, DiagnosticBag diagnostics, YamlCodes codes)
{
    public const int MaxDepth = 64;

    private Mark lastStart = Mark.Empty;

    // What the reading reports is held until it ends: a syntax error drops what was said about
    // its own line ('*Kemi* osallistuu' is one mistake, the alias the parser saw first is not another).
    private readonly List<(string Code, SourceLocation At, MessageText Message)> reports = [];
    private readonly AnchorsAndAliases signs = new();

    /// <summary>The tree of the text's document (null for a text without one, or after a syntax error).</summary>
    public static Node? Build(YamlSource source, DiagnosticBag diagnostics, YamlCodes codes)
    {
        var reader = new EventTree(new Parser(new StringReader(source.Text)), source, diagnostics, codes);
        try
        {
            var root = reader.ReadStream();
            reader.Flush(exceptLine: null);
            return root;
        }
        catch (YamlException e)
        {
            var mistake = YamlMistakes.Explain(source.Text, (int)e.Start.Line, (int)e.Start.Column, (e.InnerException?.Message ?? e.Message).Trim(), codes, source.LineOffset);
            reader.Flush(mistake.Line + source.LineOffset);
            diagnostics.Error(mistake.Code, new SourceLocation(source.Path, mistake.Line + source.LineOffset, mistake.Column), mistake.Message);
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet throws this instead of a YamlException when the text ends inside an
            // unclosed flow collection: say which line opened it, or else where the text ran out.
            var lastLine = source.Text.TrimEnd('\n').Split('\n').Length;
            var mistake = YamlMistakes.Explain(source.Text, lastLine, 1, "", codes, source.LineOffset);
            var message = mistake.Code == codes.UnclosedBracket ? mistake.Message : MessageText.Format(YamlMessages.EndsInsideBracket);
            reader.Flush(exceptLine: null);
            diagnostics.Error(mistake.Code, new SourceLocation(source.Path, mistake.Line + source.LineOffset, mistake.Column), message);
            return null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // YamlDotNet throws others (ArgumentException and more), without a position, on some
            // malformed input it does not expect (a lone carriage return as a key): report
            // where the last readable node began.
            var at = source.At(reader.lastStart);
            reader.Flush(exceptLine: null);
            diagnostics.Error(codes.Syntax, at with { Line = Math.Max(at.Line, 1 + source.LineOffset) }, MessageText.Format(YamlMessages.Unreadable));
            return null;
        }
    }

    private Node? ReadStream()
    {
        Advance();
        Expect<StreamStart>();
        Advance();
        if (parser.Current is StreamEnd)
        {
            return null;
        }

        Expect<DocumentStart>();
        Advance();
        var root = Read(0);
        if (root is null)
        {
            return null;
        }

        Expect<DocumentEnd>();
        Advance();
        if (parser.Current is DocumentStart second)
        {
            Report(codes.SecondDocument, second.Start, YamlMessages.SecondDocument);
        }

        return root;
    }

    // Reads the node at the current event and moves past it; null when it is nested too deep
    // (reported once, and nothing after it is read). The field is the key whose value it is.
    private Node? Read(int depth, bool isKey = false, ScalarNode? field = null, bool inList = false)
    {
        var current = parser.Current!;
        lastStart = current.Start;
        if (current is AnchorAlias alias)
        {
            signs.Alias(alias.Value.Value, alias.Start, field?.Value);
            Advance();

            // The alias as written stands in its place, so that no "field is empty" follows the error.
            return new ScalarNode(alias.Start, "*" + alias.Value.Value, ScalarStyle.Plain);
        }

        if (current is Scalar { Value: "", Style: ScalarStyle.Plain, Anchor.IsEmpty: false } named && field is not null)
        {
            // 'title: &Co': the anchor is all the value, and stands in its place as an alias does.
            signs.Anchor(named.Anchor.Value, named.Start, field.Value, "");
            Advance();
            return new ScalarNode(named.Start, "&" + named.Anchor.Value, ScalarStyle.Plain);
        }

        if (current is NodeEvent node)
        {
            if (!node.Anchor.IsEmpty)
            {
                signs.Anchor(node.Anchor.Value, node.Start, field?.Value, node is Scalar { Style: ScalarStyle.Plain } text ? text.Value : null);
            }

            if (!node.Tag.IsEmpty)
            {
                Report(codes.Tag, node.Start, YamlMessages.Tag, ShownTag(node.Tag.Value));
            }
        }

        switch (current)
        {
            case Scalar scalar:
            {
                Advance();

                // The file's own control characters are replaced where it is read; these were
                // written as escapes ("\f", "\e") and reach a page only through the value.
                var value = ControlCharacters.Replace(scalar.Value, out var control);
                if (control is not null)
                {
                    diagnostics.Warning(codes.ControlCharacter, source.At(scalar.Start), TextFileMessages.ControlCharacter(control));
                }

                // A byte-order mark or zero-width space pasted in front of an id, a date or a number
                // would make it unknown while it looks right; a field's name keeps it, to be named
                // as unknown (DecisionFields.DidYouMean).
                if (!isKey && UnseenCharacters.FromValue(value) is (var kept, var unseen))
                {
                    diagnostics.Warning(codes.ZeroWidth, source.At(scalar.Start), unseen);
                    value = kept;
                }

                if (scalar.Style == ScalarStyle.DoubleQuoted && EscapedSpace(scalar) is { } sign)
                {
                    var line = source.Text.Split('\n')[(int)scalar.Start.Line - 1].TrimEnd('\r');
                    diagnostics.Warning(codes.QuoteTheValue, source.At(scalar.Start), MessageText.Format(YamlMessages.EscapedSpace, sign, YamlLines.SingleQuoted(line).Trim()));
                }

                if (scalar.Style == ScalarStyle.Plain && scalar.Start.Line != scalar.End.Line && ItemInText(scalar, field, inList, value) is var (at, message))
                {
                    diagnostics.Warning(codes.Indentation, at, message);
                }

                return new ScalarNode(scalar.Start, value, scalar.Style);
            }

            case SequenceStart or MappingStart when depth >= MaxDepth:
                Report(codes.TooDeep, current.Start, YamlMessages.TooDeep, MaxDepth);
                return null;

            case SequenceStart start:
            {
                Advance();
                var children = new List<Node>();
                while (parser.Current is not SequenceEnd)
                {
                    if (Read(depth + 1, inList: true) is not { } child)
                    {
                        return null;
                    }

                    children.Add(child);
                }

                Advance();
                return new SequenceNode(start.Start, children);
            }

            case MappingStart start:
            {
                Advance();
                var place = start.Start.Equals(Mark.Empty) ? QuestionMarkBefore(parser.Current!.Start) : start.Start;
                var children = new List<KeyValuePair<Node, Node>>();
                while (parser.Current is not MappingEnd)
                {
                    if (Read(depth + 1, isKey: true) is not { } key || Read(depth + 1, field: key as ScalarNode) is not { } value)
                    {
                        return null;
                    }

                    if (key is ScalarNode { Value: { } name } && value is ScalarNode { Style: ScalarStyle.Plain, Value: var text } && TypographicQuotes.Inside(text) is { } inside)
                    {
                        diagnostics.Warning(codes.QuoteTheValue, source.At(value), MessageText.Format(
                            YamlMessages.TypographicQuotes, name, $"{text![0]}…{text[^1]}", $"{name}: {GluedNote.Quote(inside)}", $"{name}: '{text.Replace("'", "''")}'"));
                    }

                    // In braces a note runs over the closing brace, which the parser then names.
                    if (start.Style != MappingStyle.Flow && GluedNote.Of(source, key, value) is var (at, note, whole))
                    {
                        diagnostics.Warning(codes.QuoteTheValue, source.At(at), MessageText.Format(
                            value is ScalarNode { Value: null or "" } ? YamlMessages.GluedNote : YamlMessages.ValueBeforeNote, KeyText(key), note, $"{KeyText(key)}: {GluedNote.Quote(whole)}"));
                    }

                    if (FirstSameKey(children, key) is { } first)
                    {
                        if (start.Style != MappingStyle.Flow && UnindentedField.Of(children, key, value) is var (owner, indent))
                        {
                            Report(codes.RepeatedKey, key.Start, YamlMessages.RepeatedUnindentedKey, KeyText(key), source.At(first).Line,
                                owner.Value, source.At(owner).Line, UnindentedField.Indented(source.Text, key, indent));
                        }
                        else
                        {
                            Report(codes.RepeatedKey, key.Start, YamlMessages.RepeatedKey, KeyText(key), source.At(first).Line);
                        }

                        continue;
                    }

                    children.Add(new(key, value));
                }

                Advance();
                return new MappingNode(place, children);
            }

            default:
                throw new InvalidOperationException($"unexpected YAML event {current.GetType().Name}");
        }
    }

    // '[a, ? b]' makes 'b' the key of a one-pair mapping that the parser places nowhere: it is
    // where the editor wrote its '?' (or its key, if the '?' is not on the key's line).
    private Mark QuestionMarkBefore(Mark key)
    {
        var line = source.Text.Split('\n')[(int)key.Line - 1];
        var column = (int)key.Column - 1;
        while (column > 0 && line[column - 1] == ' ')
        {
            column--;
        }

        return column > 0 && line[column - 1] == '?' ? new Mark(key.Index - ((int)key.Column - column), key.Line, column) : key;
    }

    // A loop rather than List.Find: a delegate and a closure a key of every file add up.
    private static Node? FirstSameKey(List<KeyValuePair<Node, Node>> children, Node key)
    {
        foreach (var child in children)
        {
            if (SameKey(child.Key, key))
            {
                return child.Key;
            }
        }

        return null;
    }

    // Keys are equal as YAML compares them, by content: a repeated '[a]' or '{a: b}' key is as
    // much a mistake as a repeated 'title'.
    private static bool SameKey(Node a, Node b) => (a, b) switch
    {
        (ScalarNode x, ScalarNode y) => string.Equals(x.Value, y.Value, StringComparison.Ordinal),
        (SequenceNode x, SequenceNode y) => x.Children.Count == y.Children.Count && x.Children.Zip(y.Children).All(p => SameKey(p.First, p.Second)),
        (MappingNode x, MappingNode y) => x.Children.Count == y.Children.Count
            && x.Children.Zip(y.Children).All(p => SameKey(p.First.Key, p.Second.Key) && SameKey(p.First.Value, p.Second.Value)),
        _ => false,
    };

    private static string? KeyText(Node key) => key switch
    {
        ScalarNode scalar => scalar.Value,
        SequenceNode sequence => "[" + string.Join(", ", sequence.Children.Select(KeyText)) + "]",
        MappingNode mapping => "{" + string.Join(", ", mapping.Children.Select(c => KeyText(c.Key) + ": " + KeyText(c.Value))) + "}",
        _ => null,
    };

    // YamlDotNet expands '!!str' to its full name; the editor wrote the short one.
    private static string ShownTag(string tag) =>
        tag.StartsWith("tag:yaml.org,2002:", StringComparison.Ordinal) ? "!!" + tag["tag:yaml.org,2002:".Length..] : tag;

    private void Expect<T>()
        where T : ParsingEvent
    {
        if (parser.Current is not T)
        {
            throw new InvalidOperationException($"expected {typeof(T).Name}");
        }
    }

    // A line of a plain value that begins with '- ' was meant as an item of a list: one indented
    // more than the item above it, or a list written under 'proposal: text' without the '|'. YAML
    // reads it as more of the text ('Aila Pohjanvirta - Jarmo Kivelä', one name for two votes).
    private (SourceLocation At, MessageText Message)? ItemInText(Scalar scalar, ScalarNode? field, bool inList, string? value)
    {
        var lines = source.Text.Split('\n');
        for (var line = (int)scalar.Start.Line + 1; line <= Math.Min((int)scalar.End.Line, lines.Length); line++)
        {
            var text = lines[line - 1].TrimEnd('\r');
            var trimmed = text.TrimStart(' ');
            if (!trimmed.StartsWith("- ", StringComparison.Ordinal))
            {
                continue;
            }

            var at = new SourceLocation(source.Path, line + source.LineOffset, text.Length - trimmed.Length + 1);
            var shown = value is { Length: > 60 } ? value[..59] + "…" : value;
            if (inList)
            {
                var first = lines[(int)scalar.Start.Line - 1];
                var dash = first.LastIndexOf('-', Math.Min((int)scalar.Start.Column - 1, first.Length) - 1);
                return (at, MessageText.Format(YamlMessages.ItemInItem, source.At(scalar.Start).Line, shown, Math.Max(dash, 0)));
            }

            return field?.Value is { } key ? (at, MessageText.Format(YamlMessages.ItemInValue, key, shown)) : null;
        }

        return null;
    }

    // "C:\temp\new" is valid YAML: a tab and a line break, where the editor meant a path. A value on
    // one line has no use for either; one over several lines may mean its line breaks.
    private char? EscapedSpace(Scalar scalar)
    {
        if (scalar.Start.Line != scalar.End.Line)
        {
            return null;
        }

        var raw = source.Text.AsSpan((int)scalar.Start.Index, (int)(scalar.End.Index - scalar.Start.Index));
        for (var c = 0; c + 1 < raw.Length; c++)
        {
            if (raw[c] == '\\')
            {
                if (raw[c + 1] is 't' or 'n' or 'r')
                {
                    return raw[c + 1];
                }

                c++;
            }
        }

        return null;
    }

    private void Advance() => parser.MoveNext();

    private void Report(string code, Mark at, string format, params object?[] args) =>
        reports.Add((code, source.At(at), MessageText.Format(format, args)));

    private void Flush(int? exceptLine)
    {
        foreach (var (code, at, format, args) in signs.Reports(codes))
        {
            Report(code, at, format, args);
        }

        foreach (var (code, at, message) in reports.Where(r => r.At.Line != exceptLine))
        {
            diagnostics.Error(code, at, message);
        }
    }
}
