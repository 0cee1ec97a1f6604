using YamlDotNet.Core;

namespace DecisionsPortal.Yaml;

/// <summary>
/// One node of a parsed YAML text, with where it starts. Our own small tree rather than
/// YamlDotNet's representation model: front matter of every decision is parsed on each build,
/// and most of it is read by <see cref="SimpleYamlParser"/> without YamlDotNet at all.
/// </summary>
public abstract class Node(Mark start)
{
    public Mark Start { get; } = start;
}
