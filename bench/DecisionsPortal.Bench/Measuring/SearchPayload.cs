using System.Text.RegularExpressions;

namespace DecisionsPortal.Bench.Measuring;

/// <summary>
/// An upper bound of the bytes a one-word query downloads after the search page has loaded,
/// from the files of the index (generator/Search/SearchIndexWriter.cs): the search scripts
/// (assets/search/*.js), the manifest, the largest term shard (a common word's shard is at most
/// that), the document table, and the metadata of a first page of ten results (five chunks of
/// two documents, each counted as the largest chunk).
/// </summary>
public sealed partial record SearchPayload(string Folder, long ManifestBytes, long LargestShardBytes, long DocumentBytes, long ScriptBytes, int IndexFiles)
{
    private const int ChunksForTenResults = 5;

    public long QueryBytes => ScriptBytes + ManifestBytes + LargestShardBytes + DocumentBytes;

    /// <summary>One payload per language folder under search/; empty when the output has no search index.</summary>
    public static IReadOnlyList<SearchPayload> Find(string outputDirectory)
    {
        var search = Path.Combine(outputDirectory, "search");
        if (!Directory.Exists(search))
        {
            return [];
        }

        var scripts = Directory.Exists(Path.Combine(outputDirectory, "assets", "search"))
            ? Directory.EnumerateFiles(Path.Combine(outputDirectory, "assets", "search"), "*.js").Sum(f => new FileInfo(f).Length)
            : 0;
        return Directory.EnumerateFiles(search, "manifest.*.js", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(manifest => Measure(outputDirectory, manifest, scripts))
            .ToList();
    }

    private static SearchPayload Measure(string outputDirectory, string manifest, long scripts)
    {
        var folder = Path.GetDirectoryName(manifest)!;
        var files = new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).ToList();
        var shards = files.Where(f => Shard().IsMatch(f.Name)).ToList();
        var table = files.Where(f => f.Name.StartsWith("docs.", StringComparison.Ordinal)).Sum(f => f.Length);
        var chunk = files.Where(f => f.Directory!.Name.StartsWith("m-", StringComparison.Ordinal)).Select(f => f.Length).DefaultIfEmpty(0).Max();
        return new SearchPayload(
            Path.GetRelativePath(outputDirectory, folder).Replace('\\', '/'),
            new FileInfo(manifest).Length,
            shards.Select(f => f.Length).DefaultIfEmpty(0).Max(),
            table + (ChunksForTenResults * chunk),
            scripts,
            files.Count);
    }

    [GeneratedRegex(@"^t\d+\.[0-9a-f]+\.bin$")]
    private static partial Regex Shard();
}
