using System.Text.RegularExpressions;
using DecisionsPortal.Cli;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Cli;

public sealed class CommandLineTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args) => CommandLineRunner.Run(args);

    [Fact]
    public void A_title_of_several_words_without_quotes_is_told_to_take_them()
    {
        using var site = new TestSite();

        var (exit, _, stderr) = Run("new", "--config", site.ConfigPath, "--lang", "fi", "--title", "Koulun", "katon", "korjaus", "--date", "2025-03-14");

        Assert.Equal(2, exit);
        Assert.Equal(
            "error: 'katon' is no option or command here: a value of several words is written in quotes, e.g. --title \"Koulun katon korjaus\"\n"
            + "Run with --help to see the commands and their options.\n",
            stderr.Replace("\r", ""));
    }

    [Theory]
    [InlineData("bild", "error: unknown command 'bild'; did you mean 'build'?")]
    [InlineData("check --konfig site.yml", "error: unknown option '--konfig'; did you mean '--config'?")]
    [InlineData("new --lang", "error: the option '--lang' needs a value after it")]
    [InlineData("check --lang suomi", "error: '--lang' cannot be 'suomi': write one of fi, sv, en")]
    public void The_parsers_own_mistakes_are_told_in_the_editors_language(string args, string expected)
    {
        using var site = new TestSite();

        var words = args.Split(' ');
        var (exit, _, stderr) = Run([words[0], "--config", site.ConfigPath, .. words[1..]]);

        Assert.Equal(2, exit);
        Assert.Contains(expected, stderr);
        Assert.DoesNotContain("Unrecognized", stderr);
    }

    [Fact]
    public void Build_prints_a_one_line_summary_and_exits_0()
    {
        using var site = new TestSite($"-- content/fi/2025/a.md --\n{Decisions.Finnish()}\n-- content/sv/2025/a.md --\n{Decisions.Swedish()}");

        var (exit, stdout, stderr) = Run("build", "--config", site.ConfigPath);

        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        var summary = Assert.Single(Regex.Matches(stdout, @"^Built fi: 1 decision, sv: 1 decision; (\d+) files in .+public/, (\d+) of them written now, in \d+\.\d\d s\r?\n$"));
        Assert.Equal(summary.Groups[1].Value, summary.Groups[2].Value);
        Assert.Equal(int.Parse(summary.Groups[1].Value), Directory.EnumerateFiles(Path.Combine(site.Root, "public"), "*", SearchOption.AllDirectories).Count(f => !f.EndsWith(".decisionsportal", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_rebuild_of_unchanged_content_says_it_wrote_nothing_and_one_edit_writes_a_few_files()
    {
        using var site = new TestSite($"-- content/fi/2025/a.md --\n{Decisions.Finnish()}\n-- content/sv/2025/a.md --\n{Decisions.Swedish()}");
        Assert.Equal(0, Run("build", "--config", site.ConfigPath).Exit);

        var (exit, stdout, _) = Run("build", "--config", site.ConfigPath);
        Assert.Equal(0, exit);
        Assert.Matches(@"; \d+ files in .+public/, 0 of them written now, in ", stdout);

        var decision = Path.Combine(site.Root, "content", "sv", "2025", "a.md");
        File.WriteAllText(decision, File.ReadAllText(decision).Replace("läcker", "läcker svårt", StringComparison.Ordinal));
        (exit, stdout, _) = Run("build", "--config", site.ConfigPath);
        Assert.Equal(0, exit);
        var written = int.Parse(Regex.Match(stdout, @", (\d+) of them written now").Groups[1].Value);
        Assert.InRange(written, 1, 30);
    }

    [Fact]
    public void Build_with_timings_names_each_stage_on_stderr_and_keeps_stdout_to_the_summary()
    {
        using var site = new TestSite($"-- content/fi/2025/a.md --\n{Decisions.Finnish()}");

        var (exit, stdout, stderr) = Run("build", "--config", site.ConfigPath, "--timings");

        Assert.Equal(0, exit);
        var stages = stderr.Replace("\r", "").TrimEnd().Split('\n').Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
        Assert.Equal(
            ["configure", "load", "model", "render:fingerprints", "render", "render:Assets", "render:HtmlPage", "render:Feed", "render:OpenData", "render:Attachment", "render:Sitemap", "render:Robots",
             "render:OpenSearch", "render:Redirect", "render:ParentAddress", "render:CouncilPage", "render:FollowFeed", "render:MeetingData", "render:Headers", "render:NotFoundPage", "render:SearchIndex", "render:MembersData", "render:SearchPage", "publish", "gc", "writer"],
            stages);
        Assert.Matches(@"timing writer +\d+ ms busy, rendering waited \d+ ms for it", stderr);
        Assert.StartsWith("Built fi: 1 decision", stdout);
    }

    [Fact]
    public void Content_errors_print_one_line_each_in_compiler_form_and_exit_1()
    {
        using var site = new TestSite($"-- content/fi/2025/a.md --\n{Decisions.Finnish(date: "1.2.2025", body: "hallitus")}");

        var (exit, _, stderr) = Run("build", "--config", site.ConfigPath);

        Assert.Equal(1, exit);
        var lines = stderr.Replace("\r", "").TrimEnd().Split('\n');
        Assert.Matches(@"content/fi/2025/a\.md\(3,7\): error DP0011: 'date' must be an ISO date", lines[0]);
        Assert.Matches(@"content/fi/2025/a\.md\(4,7\): error DP0012: unknown organ 'hallitus'", lines[1]);
        Assert.StartsWith("2 error(s)", lines[2]);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public void Under_github_actions_each_diagnostic_is_also_an_annotation()
    {
        var diagnostic = new DecisionsPortal.Diagnostics.Diagnostic(DecisionsPortal.Diagnostics.Severity.Error, "DP0011", "bad date", new("content/fi/a.md", 3, 7));

        Assert.Equal("::error file=content/fi/a.md,line=3,col=7,title=DP0011::bad date", DecisionsPortal.Diagnostics.DiagnosticFormatter.FormatGitHubAnnotation(diagnostic, null));
    }

    [Fact]
    public void A_missing_configuration_file_exits_2()
    {
        var (exit, _, stderr) = Run("build", "--config", "/nonexistent/site.yml");

        Assert.Equal(2, exit);
        Assert.Contains("error DP1001", stderr);
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error_with_exit_2()
    {
        var (exit, _, stderr) = Run("build", "--colour");

        Assert.Equal(2, exit);
        Assert.Contains("--colour", stderr);
    }

    // An editor types the command; the parser's own words were English in every language, and
    // named neither the command nor the option meant.
    [Theory]
    [InlineData(new[] { "buidl", "--lang", "fi" }, "error: unknown command 'buidl'; did you mean 'build'?")]
    [InlineData(new[] { "build", "--outptu", "julkinen", "--lang", "fi" }, "error: tuntematon valinta '--outptu'; tarkoititko '--output'?")]
    [InlineData(new[] { "check", "--draft", "--lang", "sv" }, "error: okänt alternativ '--draft'; menade du '--drafts'?")]
    [InlineData(new[] { "build", "julkinen", "--lang", "fi" }, "error: 'julkinen' ei ole tässä valinta eikä komento")]
    [InlineData(new string[0], "error: give a command: build, check, init, new, import, serve")]
    [InlineData(new[] { "check", "--lang", "en", "--config=site.yml", "extra" }, "error: 'extra' is no option or command here")]
    [InlineData(new[] { "build", "--lang", "en", "--", "extra" }, "error: Unrecognized command or argument 'extra'.")]
    public void A_mistyped_command_or_option_is_named_with_the_one_meant_in_the_editors_language(string[] args, string error)
    {
        var (exit, _, stderr) = Run(args);

        Assert.Equal(2, exit);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(error, lines[0]);
        Assert.Equal(2, lines.Length);
    }

    [Theory]
    [InlineData("build", "--drafts")]
    [InlineData("build", "--base-url")]
    [InlineData("check", "--config")]
    [InlineData("new", "--translation-of")]
    [InlineData("serve", "--port")]
    [InlineData("import", "--body")]
    public void Every_command_has_help(string command, string option)
    {
        var (exit, stdout, _) = Run(command, "--help");

        Assert.Equal(0, exit);
        Assert.Contains(option, stdout);
    }

    [Fact]
    public void Check_validates_without_writing_anything()
    {
        using var site = new TestSite($"-- content/fi/2025/a.md --\n{Decisions.Finnish()}");

        var (exit, stdout, _) = Run("check", "--config", site.ConfigPath);

        Assert.Equal(0, exit);
        Assert.Contains("Checked 1 decision: no errors", stdout);
        Assert.False(Directory.Exists(site.Output));
    }
}
