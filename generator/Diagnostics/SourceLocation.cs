namespace DecisionsPortal.Diagnostics;

/// <summary>A place in a source file; line and column are one-based, as editors show them.</summary>
public sealed record SourceLocation(string Path, int Line = 0, int Column = 0)
{
    /// <summary>The place of the character at <paramref name="at"/> of a text that begins on <paramref name="firstLine"/> of its file.</summary>
    public static SourceLocation InText(string path, int firstLine, string text, int at)
    {
        var lineStart = at > 0 ? text.LastIndexOf('\n', at - 1) + 1 : 0;
        return new SourceLocation(path, firstLine + text.AsSpan(0, at).Count('\n'), at - lineStart + 1);
    }

    public override string ToString() => Line > 0 ? $"{Path}({Line},{Math.Max(Column, 1)})" : Path;
}
