using System.CommandLine;
using DecisionsPortal.Configuration;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Pipeline;

namespace DecisionsPortal.Cli;

/// <summary><c>build</c> writes the site; <c>check</c> runs the same validation and writes nothing.</summary>
public static class BuildCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr, MessageCatalogue? help = null)
    {
        var config = CliOptions.Config(help);
        var output = CliOptions.Output(help);
        var drafts = CliOptions.Drafts(help);
        var baseUrl = CliOptions.BaseUrl(help);
        var buildDate = CliOptions.BuildDate(help);
        var lang = CliOptions.EditorLanguage(help);
        var timings = new Option<bool>("--timings") { Description = ((MessageText)"Print to stderr how long each stage took (for profiling); the producers of render run side by side, so each one's line gives the CPU time and memory allocated for its work and the wall time from its first to its last file").Render(help) };
        var command = new Command("build", ((MessageText)"Build the site into the output folder (updated only when the build succeeds)").Render(help))
        {
            config, output, drafts, baseUrl, buildDate, lang, timings,
        };
        command.SetAction(parsed =>
        {
            var options = new BuildOptions(parsed.GetValue(config)!, parsed.GetValue(output), parsed.GetValue(drafts), parsed.GetValue(baseUrl), parsed.GetValue(buildDate));
            var result = BuildPipeline.Run(options);
            var catalogue = EditorLanguage.Catalogue(parsed.GetValue(lang), options.ConfigPath);
            Report(result, stderr, written: true, catalogue);
            foreach (var (language, reason) in Search.BaseForms.BaseFormSources.Missing)
            {
                stderr.WriteLine($"info: search: {reason}; {language} words are searched by their Snowball stems only");
            }

            if (parsed.GetValue(timings))
            {
                foreach (var stage in result.Stages ?? [])
                {
                    stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"timing {stage.Stage,-22} {stage.Elapsed.TotalMilliseconds,8:0} ms wall {stage.Cpu.TotalMilliseconds,8:0} ms cpu {stage.AllocatedBytes / 1048576.0,8:0} MB allocated"));
                }

                // The collector's share is not in any stage's figures but is in all of them.
                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"timing gc {GC.GetTotalPauseDuration().TotalMilliseconds,27:0} ms paused, collections gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}"));
                if (result.Writer is var (busy, blocked))
                {
                    // One thread makes the output's files; rendering waits when it falls behind.
                    stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"timing writer {busy.TotalMilliseconds,23:0} ms busy, rendering waited {blocked.TotalMilliseconds:0} ms for it, {result.PreviousFilesRead} old files read back"));
                }
            }

            if (result.Succeeded && result.Site is { } site)
            {
                var perLanguage = string.Join(", ", site.Languages.Select(l => $"{l.Language}: {Count(l.Decisions.Count).Render(catalogue)}"));
                stdout.WriteLine(MessageText.Of($"Built {perLanguage}; {result.SiteFiles} files in {PathDisplay.Relative(site.Config.OutputDirectory)}/, {result.FilesWritten} of them written now, in {result.Seconds} s").Render(catalogue));
            }

            return result.ExitCode;
        });
        return command;
    }

    public static Command Check(TextWriter stdout, TextWriter stderr, MessageCatalogue? help = null)
    {
        var config = CliOptions.Config(help);
        var drafts = CliOptions.Drafts(help);
        var buildDate = CliOptions.BuildDate(help);
        var lang = CliOptions.EditorLanguage(help);
        var command = new Command("check", ((MessageText)"Validate site.yml, templates and every decision without writing anything (for CI on every push)").Render(help))
        {
            config, drafts, buildDate, lang,
        };
        command.SetAction(parsed =>
        {
            var result = BuildPipeline.Check(new BuildOptions(parsed.GetValue(config)!, IncludeDrafts: parsed.GetValue(drafts), BuildDate: parsed.GetValue(buildDate)));
            var catalogue = EditorLanguage.Catalogue(parsed.GetValue(lang), parsed.GetValue(config)!);
            Report(result, stderr, written: false, catalogue);
            var warnings = result.Diagnostics.Count;
            if (result.Site is { } checkedSite)
            {
                ExpiryReport.Write(checkedSite, stdout, catalogue);
                TranslationReport.Write(checkedSite, stdout, catalogue);
                if (ScheduledRebuildCheck.Find(checkedSite) is { } unscheduled)
                {
                    DiagnosticFormatter.WriteAll([unscheduled], stderr, GitHubActions, catalogue);
                    warnings++;
                }
            }

            if (result.Succeeded && result.Site is { } site)
            {
                stdout.WriteLine(MessageText.Of($"Checked {Count(site.Decisions.Count)}: no errors, {warnings} warning(s)").Render(catalogue));
            }

            return result.ExitCode;
        });
        return command;
    }

    // Diagnostics are then also written as the workflow's annotations, shown on a pull request's lines.
    private static bool GitHubActions => Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true";

    private static MessageText Count(int decisions) => decisions == 1 ? "1 decision" : MessageText.Of($"{decisions} decisions");

    /// <param name="written">Whether the command writes the site (build), so that its summary can say nothing was; check never writes.</param>
    private static void Report(BuildResult result, TextWriter stderr, bool written, MessageCatalogue? catalogue)
    {
        DiagnosticFormatter.WriteAll(result.Diagnostics, stderr, GitHubActions, catalogue);
        var errors = result.Diagnostics.Count(d => d.IsError);
        var warnings = result.Diagnostics.Count - errors;
        if (errors > 0)
        {
            // A failure while the changed files were moved in has left some of them new.
            var partly = result.Diagnostics.Any(d => d.Code == DiagnosticCodes.OutputPartlyUpdated);
            stderr.WriteLine((!written ? MessageText.Of($"{errors} error(s), {warnings} warning(s)")
                : partly ? MessageText.Of($"{errors} error(s), {warnings} warning(s); the output folder is partly updated: build again")
                : MessageText.Of($"{errors} error(s), {warnings} warning(s); nothing was written and the previous output is unchanged")).Render(catalogue));
        }
    }
}
