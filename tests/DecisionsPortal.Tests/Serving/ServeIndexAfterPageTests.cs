using DecisionsPortal.Configuration;
using DecisionsPortal.Serving;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Serving;

/// <summary>
/// After a save serve publishes the edited page before it remakes the search index, so the editor
/// does not wait for the index: the browser hears of the version when the page is there, the status
/// says the index is still being made, and the index of the edit follows as the next version, whose
/// pages are still the early one's (only a search page reloads for it).
/// </summary>
public sealed class ServeIndexAfterPageTests
{
    [Fact]
    public void The_edited_page_is_served_before_the_search_index_is_remade_and_the_index_follows_without_new_pages()
    {
        using var site = new TestSite($"-- content/fi/2025/a.md --\n{Decisions.Finnish()}\n-- content/sv/2025/a.md --\n{Decisions.Swedish()}");
        using var served = new TempFolder();
        var rebuilder = new SiteRebuilder(new BuildOptions(site.ConfigPath, IncludeDrafts: true, BaseUrl: "http://127.0.0.1:1/"), served.Path);
        Assert.True(rebuilder.Rebuild().Status.Ok);
        var manifests = Manifests(served.Path);
        var page = Path.Combine(served.Path, "fi", "paatokset", "2025", "a", "index.html");

        site.Write("content/fi/2025/a.md", Decisions.Finnish(text: "Katon korjaus aloitetaan kesäkuussa."));
        ServeStatus? early = null;
        var pageWhenTold = "";
        var manifestsWhenTold = new List<string>();
        var (status, result) = rebuilder.Rebuild(new HashSet<string> { Path.Combine(site.Root, "content", "fi", "2025", "a.md") }, told =>
        {
            early = told;
            pageWhenTold = File.ReadAllText(page);
            manifestsWhenTold = Manifests(served.Path);
        });

        Assert.True(status.Ok, string.Join('\n', result.Diagnostics));
        Assert.NotNull(early);
        Assert.True(early.Ok);
        Assert.False(early.Indexed);
        Assert.Contains("Katon korjaus aloitetaan kesäkuussa.", pageWhenTold);
        Assert.Equal(manifests, manifestsWhenTold);

        Assert.Equal(early.Version, early.Pages);
        Assert.True(status.Indexed);
        Assert.Equal(early.Version + 1, status.Version);
        Assert.Equal(early.Version, status.Pages);
        var after = Manifests(served.Path);
        Assert.Equal(manifests.Count, after.Count);
        Assert.NotEqual(manifests, after);
    }

    // The search indexes' manifests, named by their content: a remade index has a new one, and the old one is removed.
    private static List<string> Manifests(string root) =>
        Directory.EnumerateFiles(root, "manifest.*.js", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal).ToList();
}
