using DecisionsPortal.Configuration;
using DecisionsPortal.Serving;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Serving;

/// <summary>
/// serve puts each language's decisions.json and decisions.csv together from each decision's
/// kept bytes; the files must be exactly what a build serialises whole, with votes, dissent,
/// removed decisions, confidential ones and text that needs quoting.
/// </summary>
public sealed class OpenDataRecordCacheTests
{
    [Fact]
    public void Serve_writes_the_same_decisions_json_and_csv_as_a_build_before_and_after_an_edit()
    {
        using var site = new TestSite(CouncilTown.Files);
        var options = new BuildOptions(site.ConfigPath, IncludeDrafts: true, BaseUrl: "http://127.0.0.1:1/");
        var served = Path.Combine(site.Root, "served");
        var rebuilder = new SiteRebuilder(options, served);
        Assert.True(rebuilder.Rebuild().Status.Ok);
        AssertSameData(options, served);

        var file = Directory.EnumerateFiles(Path.Combine(site.Root, "content", "fi"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        File.AppendAllText(file, "\n\nLisätty \"lainattu\", rivi; ja pilkku,\r\ntoinen rivi.\n");
        File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(1));
        var (status, result) = rebuilder.Rebuild(new HashSet<string>([file], StringComparer.Ordinal));
        Assert.True(status.Ok, string.Join('\n', result.Diagnostics));
        AssertSameData(options, served);

        // A fact the records hold: the files change with it.
        var text = File.ReadAllText(file);
        var title = text.IndexOf("title: ", StringComparison.Ordinal);
        Assert.True(title >= 0, file);
        File.WriteAllText(file, text[..title] + "title: \"Uusi otsikko, pilkku ja puolipiste;\"\n" + text[(text.IndexOf('\n', title) + 1)..]);
        File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(2));
        (status, result) = rebuilder.Rebuild(new HashSet<string>([file], StringComparer.Ordinal));
        Assert.True(status.Ok, string.Join('\n', result.Diagnostics));
        Assert.Contains("Uusi otsikko", File.ReadAllText(Path.Combine(served, "fi", "decisions.csv")));
        AssertSameData(options, served);
    }

    private static void AssertSameData(BuildOptions options, string served)
    {
        var build = DecisionsPortal.Pipeline.BuildPipeline.Check(options);
        Assert.True(build.Succeeded, string.Join('\n', build.Diagnostics));
        var data = build.Files!.Where(f => f.Path.EndsWith("/decisions.json", StringComparison.Ordinal) || f.Path.EndsWith("/decisions.csv", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, data.Count);
        foreach (var file in data)
        {
            Assert.True(file.Content.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(served, file.Path))), file.Path + " differs");
        }
    }
}
