using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace DecisionsPortal.Yaml;

/// <summary>
/// Builds our tree straight from the parser's events, without YamlDotNet's representation model
/// in between: a fifth of the load stage's allocations and a quarter of its YAML time went into
/// that model and into copying it (bench/RESULTS.md). It takes only the plain YAML that front
/// matter and site.yml are written in; for anything whose handling the representation model
/// defines (an anchor, alias or tag, a key that is not text, a key given twice, a second
/// document, a syntax error) it gives up, and <see cref="YamlSource.Parse"/> parses the text
/// again through the model, so those texts get exactly the tree and the messages they always got.
/// </summary>
public static class EventTree
{
    // Deeper nesting is left to the model's own (recursive) reading, as before.
    private const int MaxDepth = 200;

    /// <summary>True with the tree (null for a text without a document) when the text is plain YAML.</summary>
    public static bool TryBuild(string text, out Node? root)
    {
        root = null;
        try
        {
            var parser = new Parser(new StringReader(text));
            if (!parser.MoveNext() || parser.Current is not StreamStart || !parser.MoveNext())
            {
                return false;
            }

            if (parser.Current is StreamEnd)
            {
                return !parser.MoveNext();
            }

            if (parser.Current is not DocumentStart || !parser.MoveNext())
            {
                return false;
            }

            root = Read(parser, 0);
            if (root is null || parser.Current is not DocumentEnd || !parser.MoveNext() || parser.Current is not StreamEnd || parser.MoveNext())
            {
                root = null;
                return false;
            }

            return true;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The model's reading of the same text meets the same exception and reports it.
            root = null;
            return false;
        }
    }

    // Reads the node at the current event and moves past it; null when the text is not plain.
    private static Node? Read(Parser parser, int depth)
    {
        switch (parser.Current)
        {
            case Scalar scalar when scalar.Anchor.IsEmpty && scalar.Tag.IsEmpty:
                return parser.MoveNext() ? new ScalarNode(scalar.Start, scalar.Value, scalar.Style) : null;

            case SequenceStart start when start.Anchor.IsEmpty && start.Tag.IsEmpty && depth < MaxDepth:
            {
                var children = new List<Node>();
                if (!parser.MoveNext())
                {
                    return null;
                }

                while (parser.Current is not SequenceEnd)
                {
                    if (Read(parser, depth + 1) is not { } child)
                    {
                        return null;
                    }

                    children.Add(child);
                }

                return parser.MoveNext() ? new SequenceNode(start.Start, children) : null;
            }

            case MappingStart start when start.Anchor.IsEmpty && start.Tag.IsEmpty && depth < MaxDepth:
            {
                var children = new List<KeyValuePair<Node, Node>>();
                if (!parser.MoveNext())
                {
                    return null;
                }

                while (parser.Current is not MappingEnd)
                {
                    if (Read(parser, depth + 1) is not ScalarNode key || Repeats(children, key) || Read(parser, depth + 1) is not { } value)
                    {
                        return null;
                    }

                    children.Add(new(key, value));
                }

                return parser.MoveNext() ? new MappingNode(start.Start, children) : null;
            }

            default:
                return null;
        }
    }

    // Whether the model would call the key a duplicate is its business (it compares tags and
    // values): a key with the value of an earlier one sends the text to the model.
    private static bool Repeats(List<KeyValuePair<Node, Node>> children, ScalarNode key)
    {
        foreach (var child in children)
        {
            if (string.Equals(((ScalarNode)child.Key).Value, key.Value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
