using System.CommandLine;
using DecisionsPortal.Configuration;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Import;

namespace DecisionsPortal.Cli;

/// <summary><c>import</c>: legacy minutes (OCR'd text) → draft decision files, ä and ö restored where a spell checker agrees.</summary>
public static class ImportCommand
{
    /// <param name="openSpeller">The Finnish spell checker, or null and the reason there is none; tests give their own.</param>
    public static Command Create(TextWriter stdout, TextWriter stderr, Func<(ISpeller? Speller, string? Reason)>? openSpeller = null, MessageCatalogue? help = null)
    {
        var config = CliOptions.Config(help);
        var files = new Argument<string[]>("FILE") { Description = ((MessageText)"Legacy minutes as text, one decision a file").Render(help), Arity = ArgumentArity.OneOrMore };
        var lang = new Option<string>("--lang") { Description = ((MessageText)"The language of the minutes (fi or sv)").Render(help), DefaultValueFactory = _ => "fi", HelpName = "LANG" };
        var body = new Option<string?>("--body") { Description = ((MessageText)"The organ that decided (an id from site.yml 'bodies'); found from the proposal when left out").Render(help), HelpName = "ID" };
        var command = new Command("import", ((MessageText)"Turn legacy minutes text into draft decision files under content/, repairing OCR damage with the voikko spell checker").Render(help))
        {
            files, config, lang, body,
        };
        command.SetAction(parsed =>
        {
            var diagnostics = new DiagnosticBag();
            var siteConfig = SiteConfigLoader.Load(new BuildOptions(parsed.GetValue(config)!), diagnostics);
            var catalogue = EditorLanguage.Catalogue(null, parsed.GetValue(config)!);
            if (siteConfig is null || diagnostics.HasErrors)
            {
                DiagnosticFormatter.WriteAll(diagnostics.ToSortedList(), stderr, gitHubActions: false, catalogue);
                return ExitCodes.UsageErrors;
            }

            var language = parsed.GetValue(lang)!;
            var (speller, reason) = language == "fi" ? (openSpeller ?? OpenVoikko)() : (null, MessageText.Of($"there is no dictionary for '{language}': the voikko spell checker's dictionary (voikko-fi) is Finnish only").Render(catalogue));
            if (speller is null)
            {
                stderr.WriteLine($"note: {MessageText.Of($"{reason}; importing without OCR repair, so lost ä and ö stay as scanned").Render(catalogue)}");
            }

            try
            {
                var repair = speller is null ? null : new OcrRepair(speller);
                foreach (var file in parsed.GetValue(files)!)
                {
                    var result = LegacyImporter.Import(siteConfig, file, language, parsed.GetValue(body), repair, diagnostics);
                    if (result is { } imported)
                    {
                        var words = imported.Decision.Words;
                        stdout.WriteLine(MessageText.Of($"Imported {PathDisplay.Relative(file)} → {PathDisplay.Relative(imported.Path)} (draft): {words.Count(w => w.IsRepaired)} word(s) repaired, {words.Count(w => !w.IsRepaired)} to review").Render(catalogue));
                    }
                }
            }
            finally
            {
                (speller as IDisposable)?.Dispose();
            }

            var reported = diagnostics.ToSortedList();
            DiagnosticFormatter.WriteAll(reported, stderr, gitHubActions: false, catalogue);
            return ExitCodes.Of(reported);
        });
        return command;
    }

    private static (ISpeller? Speller, string? Reason) OpenVoikko() => (VoikkoSpeller.TryOpen(out var reason), reason);
}
