using DecisionsPortal.Configuration;
using DecisionsPortal.Serving;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Serving;

/// <summary>
/// A case gets its page when its second decision arrives and loses it when it is back to one
/// (a withdrawal, a deleted file): serve, which rebuilds only what changed, does what a build does.
/// </summary>
public sealed class ServeCasePageTests
{
    private const string CasePage = "fi/asiat/esim-1-00-01-2025/index.html";
    private const string CaseFeed = "fi/asiat/esim-1-00-01-2025/atom.xml";
    private const string First = "fi/paatokset/2025/yksi/index.html";

    [Fact]
    public void The_case_page_comes_with_the_second_decision_and_goes_with_its_withdrawal_and_its_deletion()
    {
        using var site = new TestSite($"-- content/fi/2025/yksi.md --\n{Decisions.Finnish(title: "Ensimmäinen", date: "2025-02-03", extra: "dnro: ESIM/1/00.01/2025")}\n");
        var options = new BuildOptions(site.ConfigPath, IncludeDrafts: true, BaseUrl: "http://127.0.0.1:1/");
        var served = Path.Combine(site.Root, "served");
        var rebuilder = new SiteRebuilder(options, served);
        Assert.True(rebuilder.Rebuild().Status.Ok);
        AssertCase(options, served, hasPage: false);

        var second = Path.Combine(site.Root, "content", "fi", "2025", "toinen.md");
        Save(rebuilder, second, Decisions.Finnish(title: "Toinen", date: "2025-03-03", extra: "dnro: ESIM/1/00.01/2025"));
        AssertCase(options, served, hasPage: true);

        Save(rebuilder, second, Decisions.Finnish(title: "Toinen", date: "2025-03-03", extra: "dnro: ESIM/1/00.01/2025\nwithdrawn: 2025-03-05"));
        AssertCase(options, served, hasPage: false);

        Save(rebuilder, second, Decisions.Finnish(title: "Toinen", date: "2025-03-03", extra: "dnro: ESIM/1/00.01/2025"));
        AssertCase(options, served, hasPage: true);

        File.Delete(second);
        Assert.True(rebuilder.Rebuild(new HashSet<string>([second], StringComparer.Ordinal)).Status.Ok);
        AssertCase(options, served, hasPage: false);
    }

    private static void Save(SiteRebuilder rebuilder, string path, string text)
    {
        File.WriteAllText(path, text);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));
        var (status, result) = rebuilder.Rebuild(new HashSet<string>([path], StringComparer.Ordinal));
        Assert.True(status.Ok, string.Join('\n', result.Diagnostics));
    }

    // The page, the feed and the first decision's page as a build writes them.
    private static void AssertCase(BuildOptions options, string served, bool hasPage)
    {
        var build = DecisionsPortal.Pipeline.BuildPipeline.Check(options);
        Assert.True(build.Succeeded, string.Join('\n', build.Diagnostics));
        var built = build.Files!.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
        Assert.Equal(hasPage, built.ContainsKey(CasePage));
        Assert.Equal(hasPage, File.Exists(Path.Combine(served, CasePage)));
        Assert.Equal(built[CaseFeed], File.ReadAllBytes(Path.Combine(served, CaseFeed)));
        Assert.Equal(ReloadScript.Inject(built[First]), File.ReadAllBytes(Path.Combine(served, First)));
        Assert.Equal(hasPage, File.ReadAllText(Path.Combine(served, First)).Contains("href=\"/fi/asiat/esim-1-00-01-2025/\"", StringComparison.Ordinal));
    }
}
