using DecisionsPortal.Diagnostics;
using YamlDotNet.Core;

namespace DecisionsPortal.Yaml;

/// <summary>
/// A YAML text and where it sits in its file: front matter starts below the opening
/// <c>---</c>, so every position the parser reports is shifted by <see cref="LineOffset"/>.
/// </summary>
public sealed record YamlSource(string Path, string Text, int LineOffset = 0)
{
    public SourceLocation At(Mark mark) => new(Path, (int)mark.Line + LineOffset, (int)mark.Column);

    public SourceLocation At(Node node) => At(node.Start);

    /// <summary>Parses the text; each problem becomes a diagnostic at its line, and a syntax error (or a list typed with Word's bullets) gives null.</summary>
    public Node? Parse(DiagnosticBag diagnostics, YamlCodes codes) =>
        TypedBullets.Check(this, diagnostics, codes) ? null : EventTree.Build(this, diagnostics, codes);
}
