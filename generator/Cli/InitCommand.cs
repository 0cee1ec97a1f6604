using System.CommandLine;
using DecisionsPortal.Authoring;
using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Cli;

/// <summary><c>init</c>: a new content repository with an example decision, the workflow and the editors' guides.</summary>
public static class InitCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var folder = new Argument<string>("FOLDER") { Description = "Where to create the content repository (default: the current folder)", DefaultValueFactory = _ => "." };
        var command = new Command("init", "Create a content repository: site.yml, an example decision in Finnish and Swedish, the publishing workflow (with a nightly rebuild) and guides for editors; never overwrites a file")
        {
            folder,
        };
        command.SetAction(parsed =>
        {
            var diagnostics = new DiagnosticBag();
            var target = parsed.GetValue(folder)!;
            var written = ContentRepositoryScaffolder.Create(target, diagnostics);
            DiagnosticFormatter.WriteAll(diagnostics.ToSortedList(), stderr, gitHubActions: false);
            if (written is null)
            {
                return ExitCodes.UsageErrors;
            }

            foreach (var path in written)
            {
                stdout.WriteLine($"Created {PathDisplay.Relative(path)}");
            }

            stdout.WriteLine("Next: set the title, base_url, bodies and topics in site.yml, replace the example decision, read OHJE.md (suomeksi) or ANVISNING.md (på svenska), and run 'check'.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
