using YamlDotNet.Core;

namespace DecisionsPortal.Yaml;

/// <summary>A list, block ('- item') or flow ('[a, b]').</summary>
public sealed record SequenceNode(Mark Start, IReadOnlyList<Node> Children) : Node(Start);
