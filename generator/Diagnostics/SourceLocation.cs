namespace DecisionsPortal.Diagnostics;

/// <summary>A place in a source file; line and column are one-based, as editors show them.</summary>
public sealed record SourceLocation(string Path, int Line = 0, int Column = 0)
{
    public override string ToString() => Line > 0 ? $"{Path}({Line},{Math.Max(Column, 1)})" : Path;
}
