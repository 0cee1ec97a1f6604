using System.CommandLine;
using DecisionsPortal.Authoring;
using DecisionsPortal.Configuration;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Shared;

namespace DecisionsPortal.Cli;

/// <summary><c>new</c>: a decision file with every field to fill in, or the translation of one.</summary>
public static class NewCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, MessageCatalogue? help = null)
    {
        var config = CliOptions.Config(help);
        var lang = new Option<string>("--lang") { Description = ((MessageText)"The language of the new file, e.g. fi or sv").Render(help), Required = true, HelpName = "LANG" };
        var title = new Option<string?>("--title") { Description = ((MessageText)"The decision's title; the file name is made from it").Render(help), HelpName = "TEXT" };
        var body = new Option<string?>("--body") { Description = ((MessageText)"The organ that decided (an id from site.yml 'bodies')").Render(help), HelpName = "ID" };
        var date = new Option<string?>("--date") { Description = ((MessageText)"The date of the decision, YYYY-MM-DD (default: today)").Render(help), HelpName = "DATE" };
        var translationOf = new Option<string?>("--translation-of") { Description = ((MessageText)"Write the translation of this decision file, with the fields that carry over filled in").Render(help), HelpName = "PATH" };
        var command = new Command("new", ((MessageText)"Write a new decision file with every field present and a comment on each; never overwrites a file").Render(help))
        {
            config, lang, title, body, date, translationOf,
        };
        command.SetAction(parsed =>
        {
            var diagnostics = new DiagnosticBag();
            var written = Run(parsed.GetValue(config)!, parsed.GetValue(lang)!, parsed.GetValue(title), parsed.GetValue(body), parsed.GetValue(date), parsed.GetValue(translationOf), diagnostics);
            var reported = diagnostics.ToSortedList();
            var catalogue = EditorLanguage.Catalogue(null, parsed.GetValue(config)!);
            DiagnosticFormatter.WriteAll(reported, stderr, gitHubActions: false, catalogue);
            if (written is not var (path, notCarried, source, sourceLanguage))
            {
                return reported.Any(d => d.IsError && !DiagnosticCodes.IsConfigurationCode(d.Code)) ? ExitCodes.ContentErrors : ExitCodes.UsageErrors;
            }

            stdout.WriteLine(MessageText.Of($"Created {PathDisplay.Relative(path)}: fill in the fields (each has a comment), then run 'check'.").Render(catalogue));
            if (notCarried.Count > 0)
            {
                stdout.WriteLine(MessageText.Of($"Not carried over from {source}, where they are empty or not valid: {string.Join(", ", notCarried)}; fill in the {LanguageName(sourceLanguage)} file first, then copy them here.").Render(catalogue));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static MessageText LanguageName(string language) => language switch
    {
        "fi" => "Finnish",
        "sv" => "Swedish",
        "en" => "English",
        _ => MessageText.Of($"'{language}'"),
    };

    private static (string Path, IReadOnlyList<string> NotCarried, string Source, string SourceLanguage)? Run(string configPath, string lang, string? title, string? body, string? dateText, string? translationOf, DiagnosticBag diagnostics)
    {
        var config = SiteConfigLoader.Load(new BuildOptions(configPath), diagnostics);
        if (config is null || diagnostics.HasErrors)
        {
            return null;
        }

        if (translationOf is not null)
        {
            return DecisionScaffolder.Translate(config, translationOf, lang, title, diagnostics) is var (translation, sourceLanguage, notCarried)
                ? (translation, notCarried, PathDisplay.Relative(Path.GetFullPath(translationOf)), sourceLanguage)
                : null;
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            diagnostics.Error(DiagnosticCodes.InvalidArgument, new SourceLocation("new"), "give the decision's title with --title \"…\" (or --translation-of PATH)");
            return null;
        }

        var date = DateOnly.FromDateTime(DateTime.Now);
        if (dateText is not null && !IsoDate.TryParse(dateText, out date))
        {
            diagnostics.Error(DiagnosticCodes.InvalidArgument, new SourceLocation("new"), $"--date must be YYYY-MM-DD, e.g. 2025-01-29, not '{dateText}'");
            return null;
        }

        return DecisionScaffolder.Create(config, lang, title.Trim(), body, date, diagnostics) is { } created ? (created, [], "", lang) : null;
    }
}
