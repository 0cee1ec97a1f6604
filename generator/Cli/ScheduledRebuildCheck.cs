using DecisionsPortal.Diagnostics;
using DecisionsPortal.Site;
using DecisionsPortal.Yaml;

namespace DecisionsPortal.Cli;

/// <summary>
/// Personal data leaves the site only when the site is built again after its appeal period
/// (kuntalaki 140 §); a repository that builds only on push keeps it there until someone pushes.
/// When the content repository publishes with GitHub Actions (it has <c>.github/workflows/</c> beside
/// site.yml) and no workflow there has a <c>schedule:</c>, <c>check</c> says so. Another CI that
/// rebuilds daily is not seen, so the message is a warning, never an error.
/// </summary>
public static class ScheduledRebuildCheck
{
    public static Diagnostic? Find(SiteModel site)
    {
        if (!site.Council.Expiries.Any(e => e is { Expires: not null, Removed: false }))
        {
            return null;
        }

        var configPath = site.Config.ConfigPath;
        var workflows = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(configPath))!, ".github", "workflows");
        if (!Directory.Exists(workflows))
        {
            return null;
        }

        var files = Directory.EnumerateFiles(workflows, "*.yml").Concat(Directory.EnumerateFiles(workflows, "*.yaml"));
        return files.Any(HasSchedule)
            ? null
            : new Diagnostic(Severity.Warning, DiagnosticCodes.NoScheduledRebuild,
                "personal data in the content expires, but no workflow in .github/workflows/ rebuilds the site on a schedule, "
                + "so it stays published until the next push; add `schedule: [{cron: \"5 22 * * *\"}]` under `on:` "
                + "(the example workflow in docs/content-repository has it)",
                new SourceLocation(configPath));
    }

    private static bool HasSchedule(string path)
    {
        try
        {
            // A pipe would block the check until something wrote to it.
            if (TextFiles.Check(path).Refusal != TextFiles.Refusal.None || TextFiles.ReadAll(path) is not { } bytes)
            {
                return false;
            }

            // Read as every YAML file is (the event tree); what it says of the workflow (an anchor,
            // a tag) is GitHub's to judge, not the editor's here, so those messages are dropped.
            var source = new YamlSource(path, System.Text.Encoding.UTF8.GetString(bytes));
            return EventTree.Build(source, new DiagnosticBag(), YamlCodes.Configuration) is MappingNode root
                && Field(root, "on") is MappingNode triggers
                && Field(triggers, "schedule") is not null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A workflow we cannot read is GitHub's to report; we only look for a schedule.
            return false;
        }
    }

    private static Node? Field(MappingNode mapping, string key) =>
        mapping.Children.FirstOrDefault(c => c.Key is ScalarNode s && s.Value == key).Value;
}
