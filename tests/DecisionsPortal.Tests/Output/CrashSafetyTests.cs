using System.Diagnostics;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Output;

/// <summary>
/// What a build that dies, however it dies, leaves: every file of the output whole (the previous
/// site's until every file was made; then each changed file is renamed over its old self), and
/// nothing beside it that the next build does not clear. Its sites are on the disk
/// (<see cref="TestTemp.OnDisk"/>): what a rename leaves and when is the file system's.
/// </summary>
public sealed class CrashSafetyTests
{
    [Fact]
    public void Every_file_of_the_output_is_whole_at_every_instant_of_a_rebuild()
    {
        using var site = new TestSite("-- content/fi/2025/katto.md --\n" + Decisions.Finnish(), root: TestTemp.OnDisk("dp-test-"));
        Assert.True(site.Build().Succeeded);
        var page = Path.Combine(site.Output, "fi", "paatokset", "2025", "katto", "index.html");
        var misses = 0;
        var halves = 0;
        var looks = 0L;
        using var stop = new CancellationTokenSource();
        var watcher = new Thread(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                looks++;
                try
                {
                    // Changed files are renamed over their old selves: never missing, never half written.
                    if (!File.ReadAllText(page).TrimEnd().EndsWith("</html>", StringComparison.Ordinal))
                    {
                        halves++;
                    }
                }
                catch (FileNotFoundException)
                {
                    misses++;
                }
            }
        });
        watcher.Start();

        for (var i = 0; i < 8; i++)
        {
            site.Write("content/fi/2025/katto.md", Decisions.Finnish(title: $"Otsikko {i}"));
            Assert.True(site.Build().Succeeded);
        }

        stop.Cancel();
        watcher.Join();
        Assert.True(looks > 100);
        Assert.Equal(0, misses);
        Assert.Equal(0, halves);
        Assert.Contains("Otsikko 7", site.Read("fi/paatokset/2025/katto/index.html"));
    }

    [Fact]
    public void A_staging_folder_left_by_a_killed_build_is_removed_by_the_next_build()
    {
        using var site = new TestSite(root: TestTemp.OnDisk("dp-test-"));
        CorpusGenerator.Write(site, 150);
        var process = Start("build", "--config", site.ConfigPath);
        var clock = Stopwatch.StartNew();
        while (!Directory.EnumerateDirectories(site.Root, ".public.new-*").Any() && clock.Elapsed < TimeSpan.FromMinutes(1))
        {
            Thread.Sleep(5);
        }

        Thread.Sleep(200);
        process.Kill();
        process.WaitForExit();
        Assert.NotEmpty(Directory.EnumerateDirectories(site.Root, ".public.new-*"));

        Assert.True(site.Build().Succeeded);

        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".public.*"));
        Assert.True(site.Exists("fi/index.html"));
    }

    [Fact]
    public void An_output_that_is_a_symbolic_link_is_published_into_the_folder_it_leads_to()
    {
        using var site = new TestSite("-- content/fi/2025/katto.md --\n" + Decisions.Finnish(), root: TestTemp.OnDisk("dp-test-"));
        var webRoot = Path.Combine(site.Root, "www", "site");
        Directory.CreateDirectory(webRoot);
        Directory.CreateSymbolicLink(site.Output, webRoot);
        Assert.True(site.Build().Succeeded);
        site.Write("content/fi/2025/katto.md", Decisions.Finnish(title: "Uusi otsikko"));

        Assert.True(site.Build().Succeeded);

        Assert.NotNull(new DirectoryInfo(site.Output).LinkTarget);
        Assert.Contains("Uusi otsikko", File.ReadAllText(Path.Combine(webRoot, "fi", "paatokset", "2025", "katto", "index.html")));
        Assert.Empty(Directory.EnumerateDirectories(Path.Combine(site.Root, "www"), ".site.*"));
    }

    private static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "DecisionsPortal.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }
}
