using System.Diagnostics;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Output;

/// <summary>What a build that dies, however it dies, leaves: always a whole site at the output path.</summary>
public sealed class CrashSafetyTests
{
    [Fact]
    public void A_build_that_died_between_the_two_renames_of_a_swap_leaves_the_previous_site_to_the_next_build()
    {
        using var site = new TestSite("-- content/fi/2025/katto.md --\n" + Decisions.Finnish());
        Assert.True(site.Build().Succeeded);
        var before = Snapshot(site);

        // Where a system has no exchange the swap takes two renames; the process dies between them.
        var staging = Path.Combine(site.Root, ".public.new-0123");
        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, "index.html"), "half a site");
        Directory.Move(site.Output, Path.Combine(site.Root, ".public.old-4567"));
        Assert.False(Directory.Exists(site.Output));

        // The next build fails on an error in the content, and still the site is back.
        site.Write("content/fi/2025/rikki.md", Decisions.Finnish(date: "huomenna"));
        Assert.Equal(1, site.Build().ExitCode);

        Assert.Equal(before, Snapshot(site));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".public.*"));
    }

    [Fact]
    public void The_output_path_names_a_whole_site_at_every_instant_of_a_rebuild()
    {
        using var site = new TestSite("-- content/fi/2025/katto.md --\n" + Decisions.Finnish());
        Assert.True(site.Build().Succeeded);
        var home = Path.Combine(site.Output, "fi", "index.html");
        var misses = 0;
        var looks = 0L;
        using var stop = new CancellationTokenSource();
        var watcher = new Thread(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                looks++;
                if (!File.Exists(home))
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
        Assert.True(looks > 1000);
        Assert.Equal(0, misses);
    }

    [Fact]
    public void A_staging_folder_left_by_a_killed_build_is_removed_by_the_next_build()
    {
        using var site = new TestSite();
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
        using var site = new TestSite("-- content/fi/2025/katto.md --\n" + Decisions.Finnish());
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

    private static Dictionary<string, string> Snapshot(TestSite site) =>
        site.OutputFiles().ToDictionary(f => f, f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(site.Output, f)))));
}
