using YamlDotNet.Core;

namespace DecisionsPortal.Yaml;

/// <summary>A text value as written (no type resolution: "7" and "true" stay text), and how it was quoted.</summary>
public sealed record ScalarNode(Mark Start, string? Value, ScalarStyle Style) : Node(Start);
