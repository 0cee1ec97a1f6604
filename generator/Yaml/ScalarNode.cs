using YamlDotNet.Core;

namespace DecisionsPortal.Yaml;

/// <summary>A text value as written (no type resolution: "7" and "true" stay text), and how it was quoted.</summary>
public sealed class ScalarNode(Mark start, string? value, ScalarStyle style) : Node(start)
{
    public string? Value { get; } = value;

    public ScalarStyle Style { get; } = style;
}
