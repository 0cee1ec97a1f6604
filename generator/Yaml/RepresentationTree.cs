using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DecisionsPortal.Yaml;

/// <summary>
/// Turns YamlDotNet's representation model into our tree, positions kept. A node reached twice through an alias becomes one node.
/// </summary>
public static class RepresentationTree
{
    public static Node Convert(YamlNode root) => Convert(root, new Dictionary<YamlNode, Node>(ReferenceEqualityComparer.Instance));

    private static Node Convert(YamlNode node, Dictionary<YamlNode, Node> done)
    {
        if (done.TryGetValue(node, out var converted))
        {
            return converted;
        }

        switch (node)
        {
            case YamlMappingNode mapping:
            {
                // Registered before its children, so that an alias back to it ends the walk.
                var children = new List<KeyValuePair<Node, Node>>(mapping.Children.Count);
                var result = new MappingNode(mapping.Start, children);
                done[node] = result;
                foreach (var (key, value) in mapping.Children)
                {
                    children.Add(new(Convert(key, done), Convert(value, done)));
                }

                return result;
            }

            case YamlSequenceNode sequence:
            {
                var children = new List<Node>(sequence.Children.Count);
                var result = new SequenceNode(sequence.Start, children);
                done[node] = result;
                foreach (var item in sequence.Children)
                {
                    children.Add(Convert(item, done));
                }

                return result;
            }

            case YamlScalarNode scalar:
                return done[node] = new ScalarNode(scalar.Start, scalar.Value, scalar.Style);

            default:
                return done[node] = new ScalarNode(node.Start, null, ScalarStyle.Plain);
        }
    }
}
