namespace DecisionsPortal.Bench.Measuring;

/// <summary>
/// The bytes a one-word search query downloads, from the search index in a build's output.
/// The index format belongs to the search feature (issue: sharded term dictionary and postings
/// by prefix, document metadata in small chunks, a manifest naming the files); until its format
/// is merged, this measures an upper bound from file sizes alone: the manifest, plus the largest
/// term shard, plus the largest document chunk, which is what a query for the most frequent word
/// can fetch at most. TODO(search merged): read the manifest, find the shard of a frequent word's
/// prefix and the chunks of its top results, and report exactly those bytes.
/// </summary>
public sealed record SearchPayload(string Folder, long ManifestBytes, long LargestShardBytes, long LargestDocumentChunkBytes, long ScriptBytes, int IndexFiles)
{
    public long QueryBytes => ManifestBytes + LargestShardBytes + LargestDocumentChunkBytes;

    /// <summary>One payload per folder that holds a search manifest (one per language); empty when the output has no search index.</summary>
    public static IReadOnlyList<SearchPayload> Find(string outputDirectory)
    {
        if (!Directory.Exists(outputDirectory))
        {
            return [];
        }

        var manifests = Directory.EnumerateFiles(outputDirectory, "*.json", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f).Contains("manifest", StringComparison.OrdinalIgnoreCase)
                        && Path.GetRelativePath(outputDirectory, f).Contains("search", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        return manifests.Select(manifest => Measure(outputDirectory, manifest)).ToList();
    }

    private static SearchPayload Measure(string outputDirectory, string manifest)
    {
        var folder = Path.GetDirectoryName(manifest)!;
        var files = new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories)
            .Where(f => f.FullName != manifest)
            .ToList();
        var scripts = files.Where(f => f.Extension is ".js" or ".mjs").ToList();
        var index = files.Except(scripts).ToList();
        var documents = index.Where(IsDocumentChunk).ToList();
        var shards = index.Except(documents).ToList();
        return new SearchPayload(
            Path.GetRelativePath(outputDirectory, folder).Replace('\\', '/'),
            new FileInfo(manifest).Length,
            shards.Select(f => f.Length).DefaultIfEmpty(0).Max(),
            documents.Select(f => f.Length).DefaultIfEmpty(0).Max(),
            scripts.Sum(f => f.Length),
            index.Count);
    }

    private static bool IsDocumentChunk(FileInfo file) =>
        file.Name.Contains("doc", StringComparison.OrdinalIgnoreCase) || file.Name.Contains("meta", StringComparison.OrdinalIgnoreCase)
        || (file.Directory?.Name.Contains("doc", StringComparison.OrdinalIgnoreCase) ?? false);
}
