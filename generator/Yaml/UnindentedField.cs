namespace DecisionsPortal.Yaml;

/// <summary>
/// A field written at the indentation of the mapping it sits in, where the editor meant it as a
/// field of the field above: under a field without a value ('preparer:', then 'name: …' at the
/// same indentation), or after the indented fields of one ('presenter:', '  name: …', then
/// 'title: …' unindented). YAML reads it as a field of the outer mapping, so it looks given twice
/// or unknown, and the message to give is its indentation, not "keep one of them".
/// </summary>
public static class UnindentedField
{
    // Fields written between an empty one and this one that may be its fields too: a person has
    // two, a vote four.
    private const int MostBetween = 4;

    /// <summary>The field above that <paramref name="key"/> may belong to, and the indentation it needs there; null when none.</summary>
    /// <param name="before">The fields of the mapping read before <paramref name="key"/>, in order.</param>
    /// <param name="value">The key's value: after indented fields, it is one of them only if it is of their kind (text, a list or fields).</param>
    public static (ScalarNode Owner, int Indent)? Of(IReadOnlyList<KeyValuePair<Node, Node>> before, Node key, Node value)
    {
        if (key is not ScalarNode { Value: { Length: > 0 } name } || before.Count == 0)
        {
            return null;
        }

        // After the indented fields of the field above, which lack this one.
        if (before[^1] is { Key: ScalarNode above, Value: MappingNode { Children: [var first, ..] } fields }
            && first.Key.Start.Line > above.Start.Line && first.Key.Start.Column > key.Start.Column
            && first.Value.GetType() == value.GetType()
            && !fields.Children.Any(c => c.Key is ScalarNode { Value: var other } && other == name))
        {
            return (above, (int)first.Key.Start.Column - 1);
        }

        // Under a field without a value, perhaps after others of its fields written as unindented.
        for (var i = before.Count - 1; i >= 0 && i >= before.Count - 1 - MostBetween; i--)
        {
            if (before[i].Key is not ScalarNode { Value: { Length: > 0 } } owner || owner.Start.Column != key.Start.Column)
            {
                return null;
            }

            switch (before[i].Value)
            {
                case ScalarNode { Value: null or "", Style: YamlDotNet.Core.ScalarStyle.Plain }:
                    return (owner, (int)owner.Start.Column - 1 + 2);
                case ScalarNode { Value: { Length: > 0 } } text when text.Start.Line == owner.Start.Line:
                    continue;
                default:
                    return null;
            }
        }

        return null;
    }

    /// <summary>The key's line of <paramref name="text"/> as it is to be written, indented under its owner.</summary>
    public static string Indented(string text, Node key, int indent) =>
        new string(' ', indent) + text.Split('\n')[(int)key.Start.Line - 1].TrimEnd('\r').Trim();
}
