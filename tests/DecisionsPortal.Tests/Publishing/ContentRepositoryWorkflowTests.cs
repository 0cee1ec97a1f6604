using System.Diagnostics;
using DecisionsPortal.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace DecisionsPortal.Tests.Publishing;

public sealed class ContentRepositoryWorkflowTests
{
    private static readonly string WorkflowPath = Path.Combine(Repository.Root, "docs", "content-repository", ".github", "workflows", "decisions-portal.yml");

    private static YamlMappingNode Workflow()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(WorkflowPath)));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static IEnumerable<string> Runs(YamlMappingNode job) =>
        ((YamlSequenceNode)job["steps"]).Children.OfType<YamlMappingNode>()
            .Where(s => s.Children.ContainsKey("run")).Select(s => ((YamlScalarNode)s["run"]).Value!);

    private static IEnumerable<string> Uses(YamlMappingNode job) =>
        ((YamlSequenceNode)job["steps"]).Children.OfType<YamlMappingNode>()
            .Where(s => s.Children.ContainsKey("uses")).Select(s => ((YamlScalarNode)s["uses"]).Value!);

    [Fact]
    public void Pull_requests_run_check_and_only_main_after_a_passing_check_is_deployed()
    {
        var workflow = Workflow();
        var on = (YamlMappingNode)workflow["on"];
        var jobs = (YamlMappingNode)workflow["jobs"];
        var check = (YamlMappingNode)jobs["check"];
        var deploy = (YamlMappingNode)jobs["deploy"];

        Assert.True(on.Children.ContainsKey("pull_request"));
        Assert.Equal("main", ((YamlSequenceNode)((YamlMappingNode)on["push"])["branches"]).Children.Single().ToString());
        Assert.Contains(Runs(check), r => r.Trim() == ".tools/decisions-portal check");
        Assert.Equal("check", deploy["needs"].ToString());
        Assert.Contains("refs/heads/main", deploy["if"].ToString());
        Assert.Contains(Runs(deploy), r => r.Contains(".tools/decisions-portal build --output public", StringComparison.Ordinal));
        Assert.Contains("actions/deploy-pages@v4", Uses(deploy));
    }

    [Fact]
    public void The_site_is_rebuilt_and_deployed_every_day_so_expired_personal_data_leaves_it()
    {
        var workflow = Workflow();
        var schedule = (YamlSequenceNode)((YamlMappingNode)workflow["on"])["schedule"];
        var cron = ((YamlScalarNode)((YamlMappingNode)schedule.Children.Single())["cron"]).Value!;
        var fields = cron.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        // minute hour day-of-month month day-of-week: one fixed time, every day of every month.
        Assert.Equal(5, fields.Length);
        Assert.True(int.TryParse(fields[0], out _) && int.TryParse(fields[1], out _), cron);
        Assert.Equal(["*", "*", "*"], fields[2..]);

        // The deploy job's condition lets a scheduled run (on the default branch) through, even when check failed.
        var deployIf = ((YamlMappingNode)((YamlMappingNode)workflow["jobs"])["deploy"])["if"].ToString();
        Assert.DoesNotContain("push", deployIf);
        Assert.Contains("!cancelled()", deployIf);
        Assert.Contains("needs.check.result == 'success' || github.event_name == 'schedule'", deployIf);
    }

    // The nightly build is what takes expired personal data off the site. A mistake on main (an
    // editor's commit straight to main, a newer generator's check) failed it every night until
    // someone fixed it, and the site kept the names. Now the commit the site was last published
    // from is built again with the night's date: nothing newer, so nothing main withdrew comes back.
    [Theory]
    [InlineData("schedule", false, true, 0)]
    [InlineData("push", false, true, 1)]
    [InlineData("schedule", true, true, 137)] // the tool crashed: no mistake of main's is known, nothing else is built
    [InlineData("schedule", false, false, 1)] // no run has published the site yet
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // the workflow runs on ubuntu-latest, its steps in bash
    public async Task A_nightly_build_of_a_main_with_a_mistake_builds_the_published_commit_again_with_today_s_date(string eventName, bool crash, bool published, int exitCode)
    {
        using var site = new TestSite(CouncilTown.Files);
        var deploy = (YamlMappingNode)((YamlMappingNode)Workflow()["jobs"])["deploy"];
        var checkout = ((YamlSequenceNode)deploy["steps"]).Children.OfType<YamlMappingNode>().First(s => s.Children.ContainsKey("uses"));
        Assert.Equal("0", ((YamlMappingNode)checkout["with"])["fetch-depth"].ToString());
        Assert.Equal("read", ((YamlMappingNode)deploy["permissions"])["actions"].ToString());
        Assert.Equal("read", ((YamlMappingNode)deploy["permissions"])["contents"].ToString());
        var step = ((YamlSequenceNode)deploy["steps"]).Children.OfType<YamlMappingNode>()
            .Single(s => s.Children.ContainsKey("run") && s["run"].ToString().Contains("decisions-portal build", StringComparison.Ordinal));

        // The site was published from the first commit; the second builds but was never published
        // (its push's run failed for another reason); the third has a mistake.
        Git(site.Root, "init", "--quiet", "--initial-branch=main");
        Git(site.Root, "add", "-A");
        Git(site.Root, "commit", "--quiet", "-m", "The board's decisions");
        var live = Git(site.Root, "rev-parse", "HEAD").Trim();
        site.Write("content/fi/2025/julkaisematon.md", Decisions.Finnish(title: "Julkaisematon päätös", date: "2025-03-03"));
        Git(site.Root, "add", "-A");
        Git(site.Root, "commit", "--quiet", "-m", "A decision that never reached the site");
        site.Write("content/fi/2025/uusi.md", Decisions.Finnish(title: "Uusi päätös", date: "2025-13-45"));
        Git(site.Root, "add", "-A");
        Git(site.Root, "commit", "--quiet", "-m", "A new decision with a wrong date");

        using var temp = new TempFolder();
        var tool = Path.Combine(site.Root, ".tools", "decisions-portal");
        Directory.CreateDirectory(Path.GetDirectoryName(tool)!);
        File.WriteAllText(tool, (crash ? "#!/bin/sh\nexit 137\n" : "#!/bin/sh\n") + $"exec dotnet \"{Path.Combine(AppContext.BaseDirectory, "DecisionsPortal.dll")}\" \"$@\"\n");
        File.SetUnixFileMode(tool, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var outputs = Path.Combine(temp.Path, "github-output");
        var asked = Path.Combine(temp.Path, "gh-arguments");
        // A 'gh' that answers as the API would: the last successful run on main, with its commit.
        var gh = $"gh() {{ echo \"$*\" > '{asked}'; {(published ? $"echo {live}" : "echo")}; }}\n";
        var start = new ProcessStartInfo("bash", ["-e", "-c", gh + step["run"]])
        {
            WorkingDirectory = site.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["GITHUB_EVENT_NAME"] = eventName;
        start.Environment["GITHUB_OUTPUT"] = outputs;
        start.Environment["GITHUB_WORKFLOW_REF"] = "kemi/paatokset/.github/workflows/decisions-portal.yml@refs/heads/main";
        start.Environment["REPOSITORY"] = "kemi/paatokset";
        start.Environment["RUNNER_TEMP"] = temp.Path;
        start.Environment["BASE_URL"] = "https://kemi.github.io/paatokset/";
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var stderr = await errors;

        Assert.True(process.ExitCode == exitCode, $"exit {process.ExitCode}: {output}\n{stderr}");
        if (exitCode != 0)
        {
            Assert.False(Directory.Exists(site.Output));
            Assert.Equal(!crash && eventName == "schedule", output.Contains("::error title=Nothing was published::", StringComparison.Ordinal));
            return;
        }

        Assert.Contains("uusi.md(", stderr, StringComparison.Ordinal);
        Assert.Equal("run list --repo kemi/paatokset --workflow decisions-portal.yml --branch main --status success --limit 1 --json headSha --jq .[0].headSha // empty", File.ReadAllText(asked).Trim());
        Assert.Contains($"built again from commit {live}, which it was last published from, with today's date", output, StringComparison.Ordinal);
        Assert.Equal($"fallback={live}\n", File.ReadAllText(outputs));
        var board = File.ReadAllText(Path.Combine(site.Output, CouncilTown.BoardPage));
        Assert.Contains("https://kemi.github.io/paatokset/", board, StringComparison.Ordinal);
        Assert.Contains("Katon kunnon tarkasti", board, StringComparison.Ordinal);
        // Today is long after the name's last day: it is nowhere in the site.
        Assert.True(DateOnly.FromDateTime(DateTime.UtcNow) > CouncilTown.LastDay);
        Assert.DoesNotContain(Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories), f => File.ReadAllText(f).Contains(CouncilTown.PersonalName, StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "fi/paatokset/2025/julkaisematon")));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "fi/paatokset/2025/uusi")));
    }

    private static string Git(string folder, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["GIT_AUTHOR_NAME"] = start.Environment["GIT_COMMITTER_NAME"] = "Viestintä";
        start.Environment["GIT_AUTHOR_EMAIL"] = start.Environment["GIT_COMMITTER_EMAIL"] = "viestinta@example.fi";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)}: {error}");
        return output;
    }

    [Fact]
    public void The_tool_is_installed_by_the_commands_the_packaging_test_proves()
    {
        foreach (var job in new[] { "check", "deploy" })
        {
            var install = Runs((YamlMappingNode)((YamlMappingNode)Workflow()["jobs"])[job]).Single(r => r.Contains("dotnet pack", StringComparison.Ordinal));
            Assert.Contains("dotnet pack .portal/generator -c Release -r linux-x64 -o .portal/feed", install);
            Assert.Contains("dotnet tool install DecisionsPortal --tool-path .tools --add-source .portal/feed", install);
        }
    }

    // Compiling the native tool takes minutes on a runner; an editor's push should not wait for it
    // when the generator is the same: the installed tool is kept, by a key that changes with the
    // generator's and its default theme's files, and packed only when the key is new.
    [Fact]
    public void The_installed_tool_is_kept_between_runs_until_the_generator_changes()
    {
        foreach (var job in new[] { "check", "deploy" })
        {
            var steps = ((YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)Workflow()["jobs"])[job])["steps"]).Children.OfType<YamlMappingNode>().ToList();
            var cache = Assert.Single(steps, s => s.Children.ContainsKey("with") && ((YamlMappingNode)s["with"]).Children.TryGetValue("path", out var path) && path.ToString() == ".tools");
            var key = ((YamlMappingNode)cache["with"])["key"].ToString();
            Assert.Contains("hashFiles('.portal/generator/**', '.portal/templates/**')", key);
            Assert.Contains("runner.arch", key);
            var install = Assert.Single(steps, s => s.Children.ContainsKey("run") && s["run"].ToString().Contains("dotnet pack", StringComparison.Ordinal));
            Assert.Equal($"steps.{cache["id"]}.outputs.cache-hit != 'true'", install["if"].ToString());
            Assert.True(steps.IndexOf(cache) < steps.IndexOf(install));
        }
    }

    [Theory]
    [InlineData(950_000_000L, true)]
    [InlineData(120_000_000L, false)]
    public void The_deploy_warns_on_the_run_when_the_built_site_nears_github_pages_1_gb(long siteBytes, bool warns)
    {
        var steps = ((YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)Workflow()["jobs"])["deploy"])["steps"]).Children.OfType<YamlMappingNode>().ToList();
        int Index(Func<YamlMappingNode, bool> which) => steps.FindIndex(s => which(s));
        var build = Index(s => s.Children.ContainsKey("run") && s["run"].ToString().Contains("decisions-portal build", StringComparison.Ordinal));
        var warning = Index(s => s.Children.ContainsKey("run") && s["run"].ToString().Contains("::warning", StringComparison.Ordinal));
        var upload = Index(s => s.Children.ContainsKey("uses") && s["uses"].ToString().StartsWith("actions/upload-pages-artifact", StringComparison.Ordinal));
        Assert.True(build >= 0 && build < warning && warning < upload, $"build {build}, warning {warning}, upload {upload}");
        var step = steps[warning];
        var limit = long.Parse(((YamlMappingNode)step["env"])["PAGES_WARN_BYTES"].ToString(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(limit, 800_000_000, 950_000_000);

        // The step's own script, run by bash over a built site of that size (sparse files: no disk used).
        var work = Path.Combine(Path.GetTempPath(), "dp-pages-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(Path.Combine(work, "public", "fi"));
            File.WriteAllText(Path.Combine(work, "public", "fi", "index.html"), "<p>Päätökset</p>");
            using (var big = File.Create(Path.Combine(work, "public", "fi", "decisions.json")))
            {
                big.SetLength(siteBytes);
            }

            var start = new ProcessStartInfo("bash", ["-e", "-c", step["run"].ToString()]) { WorkingDirectory = work, RedirectStandardOutput = true, RedirectStandardError = true };
            start.Environment["PAGES_WARN_BYTES"] = limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();

            Assert.Equal(0, process.ExitCode);
            Assert.Contains($"The site is {(siteBytes + 20) / 1_000_000} MB in 2 files", output, StringComparison.Ordinal);
            Assert.Equal(warns, output.Split('\n').Any(l => l.StartsWith("::warning title=", StringComparison.Ordinal) && l.Contains("1 GB", StringComparison.Ordinal)));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    [Theory]
    [InlineData("public", "pull_request", 1, true)]
    [InlineData("public", "schedule", 0, true)] // the nightly build must still take expired data off the site
    [InlineData("private", "pull_request", 0, false)]
    [InlineData("internal", "push", 0, false)]
    [InlineData("", "pull_request", 0, false)] // the API did not answer: nothing is known, nothing is stopped
    public void Check_says_that_a_public_repository_publishes_what_the_site_withholds(string visibility, string eventName, int exitCode, bool error)
    {
        // Every file and commit of the content repository holds what the site withholds: the texts
        // of confidential decisions, drafts, and personal data after its last day.
        var steps = ((YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)Workflow()["jobs"])["check"])["steps"]).Children.OfType<YamlMappingNode>().ToList();
        var step = Assert.Single(steps, s => s.Children.ContainsKey("run") && s["run"].ToString().Contains("visibility", StringComparison.Ordinal));
        // After the check, and whatever it found: a pull request still gets its lines' messages.
        Assert.True(steps.IndexOf(step) > steps.FindIndex(s => s.Children.ContainsKey("run") && s["run"].ToString().Contains("decisions-portal check", StringComparison.Ordinal)));
        Assert.Equal("always() && vars.PORTAL_PUBLIC_REPOSITORY != 'true'", step["if"].ToString());

        // The step's own script, with a 'gh' that answers as the API would.
        var gh = visibility.Length == 0 ? "gh() { return 1; }\n" : $"gh() {{ echo {visibility}; }}\n";
        var start = new ProcessStartInfo("bash", ["-e", "-c", gh + step["run"]]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["GITHUB_EVENT_NAME"] = eventName;
        start.Environment["REPOSITORY"] = "kemi/paatokset";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(exitCode, process.ExitCode);
        Assert.Equal(error, output.Split('\n').Any(l => l.StartsWith("::error title=", StringComparison.Ordinal) && l.Contains("public", StringComparison.Ordinal)));
    }
}
