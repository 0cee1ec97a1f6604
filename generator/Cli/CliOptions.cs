using System.CommandLine;
using DecisionsPortal.Shared;

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

    public static Option<string?> EditorLanguage()
    {
        var option = new Option<string?>("--lang")
        {
            Description = "The language of the messages: fi, sv or en (default: site.yml's 'editor_language', else the site's first language)",
            HelpName = "LANG",
        };
        option.AcceptOnlyFromAmong([.. Diagnostics.MessageCatalogue.Languages]);
        return option;
    }

    public static Option<DateOnly?> BuildDate() => new("--build-date")
    {
        Description = "Build as on this day (YYYY-MM-DD): personal data whose appeal period has ended by then is left out. Default: SOURCE_DATE_EPOCH, else today (UTC)",
        HelpName = "YYYY-MM-DD",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (IsoDate.TryParse(text, out var date))
            {
                return date;
            }

            result.AddError($"--build-date must be a date YYYY-MM-DD, e.g. 2025-03-14, not '{text}'");
            return null;
        },
    };
}
