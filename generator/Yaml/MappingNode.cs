using YamlDotNet.Core;

namespace DecisionsPortal.Yaml;

/// <summary>Key–value pairs in the order written.</summary>
public sealed record MappingNode(Mark Start, IReadOnlyList<KeyValuePair<Node, Node>> Children) : Node(Start);
