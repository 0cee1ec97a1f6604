using System.CommandLine;

namespace DecisionsPortal.Cli;

/// <summary>The options the commands share, declared once so their names and help read the same everywhere.</summary>
public static class CliOptions
{
    public static Option<string> Config() => new("--config")
    {
        Description = "The site's configuration file; content, templates and output are resolved from its folder",
        DefaultValueFactory = _ => "site.yml",
        HelpName = "FILE",
    };

    public static Option<string?> Output() => new("--output")
    {
        Description = "Write the site to this folder instead of site.yml's 'output'",
        HelpName = "DIR",
    };

    public static Option<bool> Drafts() => new("--drafts")
    {
        Description = "Include decisions marked 'draft: true'",
    };

    public static Option<string?> BaseUrl() => new("--base-url")
    {
        Description = "Publish for this address instead of site.yml's 'base_url' (e.g. a preview host)",
        HelpName = "URL",
    };

    public static Option<string?> BuildDate() => new("--build-date")
    {
        Description = "The date the build is for, YYYY-MM-DD (default: SOURCE_DATE_EPOCH if set, else today in UTC); nothing in the output reads the clock",
        HelpName = "DATE",
    };
}
