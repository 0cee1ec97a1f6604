using System.Text.Json;
using DecisionsPortal.Configuration;
using DecisionsPortal.Serving;
using DecisionsPortal.Tests.Support;
using Xunit.Abstractions;

namespace DecisionsPortal.Tests.Serving;

/// <summary>
/// An edit that re-cuts the search index's shards near its start (words new to the corpus that sort
/// before every other term, in place of as many that sort after them) must not make serve write
/// every shard after the cut again: the shards of the anchor segments it left alone keep their
/// names and bytes.
/// </summary>
public sealed class ServeShardChurnTests(ITestOutputHelper output)
{
    private const int Decisions = 60;

    [Fact]
    public void An_edit_that_recuts_the_first_shards_writes_those_and_not_every_shard_after_them()
    {
        BaseFormDictionaries.Require();
        var words = File.ReadLines(Path.Combine(Repository.TestsFolder, "Search", "StemmerWords", "fi.txt"))
            .Where(w => w.Length >= 5 && w.All(char.IsLetter)).ToArray();
        using var site = new TestSite();
        for (var d = 1; d < Decisions; d++)
        {
            site.Write(Decision(d), Support.Decisions.Plain(d, string.Join(' ', words.Where((_, i) => i % Decisions == d))));
        }

        // One decision's words new to the corpus, sorting near the end (after the words in z), then as
        // many that sort before every other word: its length and so its scores stay, while about 12 KB
        // of terms leave the last shards and come to the first.
        site.Write(Decision(0), Support.Decisions.Plain(0, Words("zzzqx")));
        using var served = new TempFolder();
        var rebuilder = new SiteRebuilder(new BuildOptions(site.ConfigPath, IncludeDrafts: true, BaseUrl: "http://127.0.0.1:1/"), served.Path);
        Assert.True(rebuilder.Rebuild().Status.Ok);
        var before = Shards(served.Path);

        site.Write(Decision(0), Support.Decisions.Plain(0, Words("aaaqz")));
        var (status, result) = rebuilder.Rebuild(new HashSet<string> { Path.Combine(site.Root, Decision(0)) });
        Assert.True(status.Ok, string.Join('\n', result.Diagnostics));
        var after = Shards(served.Path);

        // What the edit must do for the test to mean anything: many shards, and more after the edit.
        Assert.True(before > 50, $"{before} shards");
        Assert.True(after > before, $"{before} shards, then {after}");

        // Numbered through, every shard after the first re-cut would be renamed: about two files a
        // shard written and as many removed, in each language's index (the Swedish one also finds
        // the Finnish decisions). Named within their anchor segment, only the re-cut segments'
        // shards are, besides the decision's pages and the index's manifest and metadata.
        output.WriteLine($"{status.Written} files written, {status.Removed} removed; {after} shards");
        Assert.True(status.Written < after, $"{status.Written} files written; {after} shards");
        Assert.True(status.Removed < after, $"{status.Removed} files removed; {after} shards");
    }

    private static string Words(string prefix) => string.Join(' ', Enumerable.Range(0, 700).Select(i => $"{prefix}{i:D3}"));

    private static string Decision(int d) => $"content/fi/2024/d{d:D3}.md";

    private static int Shards(string output)
    {
        var script = File.ReadAllText(Directory.GetFiles(Path.Combine(output, "search", "fi"), "manifest.*.js").Single());
        using var manifest = JsonDocument.Parse(script[script.IndexOf('{')..(script.LastIndexOf('}') + 1)]);
        return manifest.RootElement.GetProperty("shards").GetArrayLength();
    }
}
