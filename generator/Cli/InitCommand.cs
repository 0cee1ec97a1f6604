using System.CommandLine;
using DecisionsPortal.Authoring;
using DecisionsPortal.Configuration;
using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Cli;

/// <summary><c>init</c>: a new content repository with an example decision, the workflow and the editors' guides.</summary>
public static class InitCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, MessageCatalogue? help = null)
    {
        var folder = new Argument<string>("FOLDER") { Description = ((MessageText)"Where to create the content repository (default: the current folder)").Render(help), DefaultValueFactory = _ => "." };
        var lang = CliOptions.EditorLanguage(help);
        var command = new Command("init", ((MessageText)"Create a content repository: site.yml, an example decision in Finnish and Swedish, the publishing workflow (with a nightly rebuild) and guides for editors; never overwrites a file").Render(help))
        {
            folder, lang,
        };
        command.SetAction(parsed =>
        {
            var diagnostics = new DiagnosticBag();
            var target = parsed.GetValue(folder)!;
            var written = ContentRepositoryScaffolder.Create(target, diagnostics);
            var catalogue = EditorLanguage.Catalogue(parsed.GetValue(lang), Path.Combine(target, "site.yml"));
            DiagnosticFormatter.WriteAll(diagnostics.ToSortedList(), stderr, gitHubActions: false, catalogue);
            if (written is null)
            {
                return ExitCodes.UsageErrors;
            }

            foreach (var path in written)
            {
                stdout.WriteLine(MessageText.Of($"Created {PathDisplay.Relative(path)}").Render(catalogue));
            }

            stdout.WriteLine(((MessageText)"Next: set the title, base_url, bodies and topics in site.yml, replace the example decision, read OHJE.md (suomeksi) or ANVISNING.md (på svenska), and run 'check'.").Render(catalogue));
            return ExitCodes.Ok;
        });
        return command;
    }
}
