using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Content;

/// <summary>
/// A file listed in front matter; <see cref="File"/> is relative to the decision's folder and
/// <see cref="Location"/> is the line of its entry. The Load stage checks the file and fills in
/// <see cref="SourcePath"/> (the real file, inside the content folder) and <see cref="Size"/>.
/// </summary>
public sealed record Attachment(string Title, string File, SourceLocation Location)
{
    public string? SourcePath { get; init; }

    public long Size { get; init; }
}
