using DecisionsPortal.Configuration;
using DecisionsPortal.Pipeline;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Search;

/// <summary>
/// serve keeps each decision's search analysis between builds (BuildCache.Search); what it
/// writes after an edit must be exactly what a fresh build writes, also where the edit changes
/// how other decisions are indexed (a new word becomes a compound part of theirs).
/// </summary>
public sealed class SearchCacheTests
{
    [Fact]
    public void After_an_edit_the_search_index_built_with_the_cache_is_byte_identical_to_a_fresh_one()
    {
        using var site = new TestSite();
        CorpusGenerator.Write(site, 120);
        var options = new BuildOptions(site.ConfigPath);
        var cache = new BuildCache();
        var before = SearchFiles(BuildPipeline.Run(options, publish: false, cache));

        // Decision 9 exists only in Finnish, so it is in both languages' indexes. "unginhallitus"
        // is a tail of "kaupunginhallitus" in every decision: longer than "hallitus", it becomes
        // their compound part once it is a word of the corpus.
        var path = Path.Combine(site.Root, "content", "fi", Directory.GetDirectories(Path.Combine(site.Root, "content", "fi"))
            .Select(Path.GetFileName).First(y => File.Exists(Path.Combine(site.Root, "content", "fi", y!, "paatos-00009.md")))!, "paatos-00009.md");
        File.AppendAllText(path, "\nUnginhallitus ja zeppeliinihanke.\n");
        var warm = SearchFiles(BuildPipeline.Run(options, publish: false, cache));
        var fresh = SearchFiles(BuildPipeline.Run(options, publish: false));

        Assert.NotEqual(before, warm);
        Assert.Equal(fresh, warm);

        File.Delete(path);
        var afterDelete = SearchFiles(BuildPipeline.Run(options, publish: false, cache));
        Assert.Equal(SearchFiles(BuildPipeline.Run(options, publish: false)), afterDelete);
    }

    [Fact]
    public void A_build_without_a_cache_and_one_with_an_empty_cache_write_the_same_index()
    {
        using var site = new TestSite();
        CorpusGenerator.Write(site, 40);
        var options = new BuildOptions(site.ConfigPath);

        Assert.Equal(SearchFiles(BuildPipeline.Run(options, publish: false)), SearchFiles(BuildPipeline.Run(options, publish: false, new BuildCache())));
    }

    /// <summary>Every search file as its path and a hash of its bytes, so a failure shows which differ.</summary>
    private static List<string> SearchFiles(BuildResult result)
    {
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return result.Files!.Where(f => f.Path.StartsWith("search/", StringComparison.Ordinal))
            .Select(f => $"{f.Path} {Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(f.Content))[..12]}")
            .ToList();
    }
}
