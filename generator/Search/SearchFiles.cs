namespace DecisionsPortal.Search;

/// <summary>The files of one language's index and the manifest script that the search page loads.</summary>
public sealed record SearchFiles(IReadOnlyList<SearchFile> Files, string ManifestPath)
{
    /// <summary>The attachments of this index whose text could not be read (each a warning of the build).</summary>
    public IReadOnlyList<UnreadableAttachment> Unreadable { get; init; } = [];
}
