using YamlDotNet.Core;

namespace DecisionsPortal.Yaml;

/// <summary>A list, block ('- item') or flow ('[a, b]').</summary>
public sealed class SequenceNode(Mark start, IReadOnlyList<Node> children) : Node(start)
{
    public IReadOnlyList<Node> Children { get; } = children;
}
