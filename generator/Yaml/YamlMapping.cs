using DecisionsPortal.Diagnostics;
using YamlDotNet.Core;

namespace DecisionsPortal.Yaml;

/// <summary>
/// Typed, position-aware reading of one YAML mapping. Each reader reports a wrong shape as a
/// diagnostic at the value's line and returns null, so callers collect every problem at once.
/// </summary>
public sealed class YamlMapping(MappingNode node, YamlSource source, DiagnosticBag diagnostics, string typeErrorCode)
{
    public YamlSource Source => source;

    public SourceLocation Location => source.At(node);

    public IEnumerable<(string Key, Node KeyNode, Node Value)> Entries =>
        node.Children.Select(e => (Key: (e.Key as ScalarNode)?.Value ?? "", KeyNode: e.Key, Value: e.Value));

    public bool Has(string key) => IndexOf(key) >= 0;

    public Node? Find(string key) => IndexOf(key) is var i and >= 0 ? node.Children[i].Value : null;

    /// <summary>The key's value, or null when it is missing or written empty ('key:', '~', 'null').</summary>
    public Node? Value(string key) => Find(key) is { } value && !IsNull(value) ? value : null;

    public SourceLocation LocationOf(string key) => IndexOf(key) is var i and >= 0 ? source.At(node.Children[i].Key) : Location;

    // A loop rather than LINQ: every field of every decision is looked up here, some several times.
    private int IndexOf(string key)
    {
        var children = node.Children;
        for (var i = 0; i < children.Count; i++)
        {
            if (children[i].Key is ScalarNode s && s.Value == key)
            {
                return i;
            }
        }

        return -1;
    }

    public SourceLocation ValueLocation(string key) => Find(key) is { } value ? source.At(value) : Location;

    public string? String(string key)
    {
        if (Value(key) is not { } value)
        {
            return null;
        }

        if (value is ScalarNode scalar)
        {
            return scalar.Value;
        }

        // '[kaupunginhallitus]' is one text in brackets to the editor: the line to write is known.
        var write = value is SequenceNode { Children: [ScalarNode { Value: { Length: > 0 } only } item] } && OneLine(only, item.Style) is { } written
            ? MessageText.Format(WriteInstead, key, written)
            : MessageText.Empty;
        diagnostics.Error(typeErrorCode, source.At(value), $"'{key}' must be text, not a {Describe(value)}{write}");
        return null;
    }

    private const string WriteInstead = "; write '{0}: {1}'";

    // A list's item as it can stand after 'key: ': brackets let a plain item begin with '@' or '|',
    // or end with ':', which after a key would be refused or read otherwise, so such an item and
    // YAML's words for nothing are quoted. An item of several lines has no one line to suggest.
    private static string? OneLine(string item, ScalarStyle style)
    {
        if (item.Contains('\n') || item.Contains('\r'))
        {
            return null;
        }

        var plain = style == ScalarStyle.Plain && char.IsLetterOrDigit(item[0]) && !item.EndsWith(':')
            && !item.Contains(": ", StringComparison.Ordinal) && !item.Contains(" #", StringComparison.Ordinal)
            && item is not ("null" or "Null" or "NULL");
        return plain ? item : GluedNote.Quote(item);
    }

    public bool? Boolean(string key)
    {
        var text = String(key);
        if (text is null)
        {
            // 'confidential:' with nothing after it is someone's unfinished line, not a "no": read
            // as false it would publish what the editor meant to withhold.
            if (Has(key) && Value(key) is null)
            {
                diagnostics.Error(typeErrorCode, ValueLocation(key), $"'{key}' is empty: write true or false");
            }

            return null;
        }

        if (text is "true" or "false")
        {
            return text == "true";
        }

        var meant = YesAndNo.GetValueOrDefault(text.Trim().ToLowerInvariant()) is { } word ? Suggestions.MeantThis(word) : MessageText.Empty;
        diagnostics.Error(typeErrorCode, ValueLocation(key), $"'{key}' must be true or false, not '{text}'{meant}");
        return null;
    }

    // A yes or a no as an editor says it, in Finnish, Swedish or English, or capitalised as a phone writes it ('True').
    private static readonly Dictionary<string, string> YesAndNo = new(StringComparer.Ordinal)
    {
        ["true"] = "true", ["false"] = "false",
        ["kyllä"] = "true", ["joo"] = "true", ["ja"] = "true", ["yes"] = "true", ["on"] = "true",
        ["ei"] = "false", ["nej"] = "false", ["no"] = "false", ["off"] = "false",
    };

    public int? Integer(string key)
    {
        if (Value(key) is { } value and not ScalarNode)
        {
            diagnostics.Error(typeErrorCode, source.At(value), $"'{key}' must be a whole number written in digits, not a {Describe(value)}");
            return null;
        }

        var text = String(key);
        if (text is null)
        {
            return null;
        }

        // Trimmed of the no-break spaces Word leaves round a number ('§\u00a012' with the sign deleted), which no one sees to delete.
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        // '§ 12', as the minutes write a section, and '12.' or '12. §', as Finnish writes an ordinal.
        var digits = text.Replace("§", "", StringComparison.Ordinal).Trim().TrimEnd('.');
        var meant = digits != text.Trim() && digits.Length > 0 && digits.All(char.IsAsciiDigit) ? Suggestions.MeantThis(digits) : MessageText.Empty;
        diagnostics.Error(typeErrorCode, ValueLocation(key), $"'{key}' must be a whole number written in digits (0 or more, no sign), not '{text}'{meant}");
        return null;
    }

    /// <summary>A list of text; a single scalar is accepted as a one-item list, as editors often write it.</summary>
    public IReadOnlyList<(string Value, SourceLocation Location)>? StringList(string key)
    {
        if (Value(key) is not { } value)
        {
            return null;
        }

        if (value is ScalarNode one)
        {
            return [(one.Value ?? "", source.At(one))];
        }

        if (value is SequenceNode sequence)
        {
            var result = new List<(string, SourceLocation)>();
            foreach (var item in sequence.Children)
            {
                if (item is ScalarNode scalar)
                {
                    result.Add((scalar.Value ?? "", source.At(scalar)));
                }
                else
                {
                    diagnostics.Error(typeErrorCode, source.At(item), $"each item of '{key}' must be text, not a {Describe(item)}");
                }
            }

            return result;
        }

        diagnostics.Error(typeErrorCode, source.At(value), $"'{key}' must be a list, not a {Describe(value)}");
        return null;
    }

    /// <summary>The items of a list: none when the key is missing or empty, null when its value is not a list.</summary>
    public IReadOnlyList<Node>? Items(string key) => Value(key) switch { null => [], SequenceNode list => list.Children, _ => null };

    public YamlMapping? Mapping(string key)
    {
        if (Value(key) is not { } value)
        {
            return null;
        }

        if (value is MappingNode mapping)
        {
            return new YamlMapping(mapping, source, diagnostics, typeErrorCode);
        }

        diagnostics.Error(typeErrorCode, source.At(value), $"'{key}' must be a mapping (key: value lines), not a {Describe(value)}");
        return null;
    }

    public YamlMapping Wrap(MappingNode child) => new(child, source, diagnostics, typeErrorCode);

    public static bool IsNull(Node node) =>
        node is ScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: null or "" or "~" or "null" };

    public static MessageText Describe(Node node) => node switch
    {
        MappingNode => "mapping",
        SequenceNode => "list",
        _ => "text",
    };
}
