using System.CommandLine;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Shared;

namespace DecisionsPortal.Cli;

/// <summary>The options the commands share, declared once so their names and help read the same everywhere.</summary>
public static class CliOptions
{
    public static Option<string> Config(MessageCatalogue? help) => new("--config")
    {
        Description = ((MessageText)"The site's configuration file; content, templates and output are resolved from its folder").Render(help),
        DefaultValueFactory = _ => "site.yml",
        HelpName = "FILE",
    };

    public static Option<string?> Output(MessageCatalogue? help) => new("--output")
    {
        Description = ((MessageText)"Write the site to this folder instead of site.yml's 'output'").Render(help),
        HelpName = "DIR",
    };

    public static Option<bool> Drafts(MessageCatalogue? help) => new("--drafts")
    {
        Description = ((MessageText)"Include decisions marked 'draft: true'").Render(help),
    };

    public static Option<string?> BaseUrl(MessageCatalogue? help) => new("--base-url")
    {
        Description = ((MessageText)"Publish for this address instead of site.yml's 'base_url' (e.g. a preview host)").Render(help),
        HelpName = "URL",
    };

    public static Option<string?> EditorLanguage(MessageCatalogue? help)
    {
        var option = new Option<string?>("--lang")
        {
            Description = ((MessageText)"The language of the messages: fi, sv or en (default: site.yml's 'editor_language', else the site's first language)").Render(help),
            HelpName = "LANG",
        };
        option.AcceptOnlyFromAmong([.. Diagnostics.MessageCatalogue.Languages]);
        return option;
    }

    public static Option<DateOnly?> BuildDate(MessageCatalogue? help) => new("--build-date")
    {
        Description = ((MessageText)"Build as on this day (YYYY-MM-DD): personal data whose appeal period has ended by then is left out. Default: SOURCE_DATE_EPOCH, else today (UTC)").Render(help),
        HelpName = "YYYY-MM-DD",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (IsoDate.TryParse(text, out var date))
            {
                return date;
            }

            result.AddError(MessageText.Of($"--build-date must be a date YYYY-MM-DD, e.g. 2025-03-14, not '{text}'").Render(help));
            return null;
        },
    };
}
