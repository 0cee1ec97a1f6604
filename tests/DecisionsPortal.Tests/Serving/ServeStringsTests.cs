using DecisionsPortal.Configuration;
using DecisionsPortal.Serving;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Serving;

/// <summary>
/// serve keeps the i18n files it read between rebuilds: a saved one shows at the next rebuild,
/// and one with a mistake is reported at every rebuild until it is fixed, as a build reports it.
/// </summary>
public sealed class ServeStringsTests
{
    [Fact]
    public void An_edited_strings_file_shows_and_a_broken_one_is_reported_at_every_rebuild()
    {
        using var site = new TestSite($"-- content/fi/2025/a.md --\n{Decisions.Finnish()}\n-- content/sv/2025/a.md --\n{Decisions.Swedish()}");
        using var served = new TempFolder();
        var rebuilder = new SiteRebuilder(new BuildOptions(site.ConfigPath, IncludeDrafts: true, BaseUrl: "http://127.0.0.1:1/"), served.Path);
        Assert.True(rebuilder.Rebuild().Status.Ok);
        var strings = Path.Combine(site.Root, "templates", "i18n", "fi.yml");
        var home = Path.Combine(served.Path, "fi", "index.html");
        var written = File.ReadAllText(strings);
        Assert.Contains("Siirry sisältöön", File.ReadAllText(home));

        Save(strings, written.Replace("Siirry sisältöön", "Hyppää sisältöön", StringComparison.Ordinal), 1);
        Assert.True(rebuilder.Rebuild(new HashSet<string> { strings }).Status.Ok);
        Assert.Contains("Hyppää sisältöön", File.ReadAllText(home));

        Save(strings, written.Replace("date_format:", "date_formaatti:", StringComparison.Ordinal), 2);
        for (var rebuild = 0; rebuild < 2; rebuild++)
        {
            var (status, result) = rebuilder.Rebuild(new HashSet<string> { strings });
            Assert.False(status.Ok);
            Assert.Contains(result.Diagnostics, d => d.IsError && d.Message.Contains("missing 'date_format'", StringComparison.Ordinal));
        }

        Save(strings, written, 3);
        Assert.True(rebuilder.Rebuild(new HashSet<string> { strings }).Status.Ok);
        Assert.Contains("Siirry sisältöön", File.ReadAllText(home));
    }

    // The search's results show their dates as the strings file says, at serve's next rebuild as in a build.
    [Fact]
    public void A_new_date_format_shows_in_the_search_results_at_the_next_rebuild()
    {
        using var site = new TestSite($"-- content/fi/2025/a.md --\n{Decisions.Finnish()}");
        using var served = new TempFolder();
        var rebuilder = new SiteRebuilder(new BuildOptions(site.ConfigPath, IncludeDrafts: true, BaseUrl: "http://127.0.0.1:1/"), served.Path);
        Assert.True(rebuilder.Rebuild().Status.Ok);
        var strings = Path.Combine(site.Root, "templates", "i18n", "fi.yml");

        Save(strings, File.ReadAllText(strings).Replace("date_format: d.M.yyyy", "date_format: dd.MM.yyyy", StringComparison.Ordinal), 1);
        Assert.True(rebuilder.Rebuild(new HashSet<string> { strings }).Status.Ok);

        var results = Directory.EnumerateFiles(Path.Combine(served.Path, "search", "fi"), "0.json", SearchOption.AllDirectories).Single();
        Assert.Contains("\"14.03.2025\"", File.ReadAllText(results), StringComparison.Ordinal);
    }

    // Each save a second later than the one before, as an editor's are (the cache keys on the file's time and size).
    private static void Save(string path, string text, int second)
    {
        File.WriteAllText(path, text);
        File.SetLastWriteTimeUtc(path, new DateTime(2026, 1, 1, 0, 0, second, DateTimeKind.Utc));
    }
}
