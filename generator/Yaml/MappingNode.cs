using YamlDotNet.Core;

namespace DecisionsPortal.Yaml;

/// <summary>Key–value pairs in the order written.</summary>
public sealed class MappingNode(Mark start, IReadOnlyList<KeyValuePair<Node, Node>> children) : Node(start)
{
    public IReadOnlyList<KeyValuePair<Node, Node>> Children { get; } = children;
}
