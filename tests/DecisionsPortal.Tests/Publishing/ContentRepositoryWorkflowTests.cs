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

        // The deploy job's condition lets a scheduled run (on the default branch) through.
        var deployIf = ((YamlMappingNode)((YamlMappingNode)workflow["jobs"])["deploy"])["if"].ToString();
        Assert.DoesNotContain("push", deployIf);
        Assert.DoesNotContain("schedule", deployIf);
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
