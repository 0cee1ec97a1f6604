using System.CommandLine;
using DecisionsPortal.Configuration;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Serving;

namespace DecisionsPortal.Cli;

/// <summary><c>serve</c>: build, serve on 127.0.0.1, rebuild on change and reload the browser, until Ctrl+C.</summary>
public static class ServeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, MessageCatalogue? help = null)
    {
        var config = CliOptions.Config(help);
        var port = new Option<int>("--port") { Description = ((MessageText)"The port on 127.0.0.1 (0: any free port)").Render(help), DefaultValueFactory = _ => 8080, HelpName = "N" };
        var lang = CliOptions.EditorLanguage(help);
        var command = new Command("serve", ((MessageText)"Build and serve the site on 127.0.0.1, rebuilding and reloading the browser when content, templates or site.yml change").Render(help))
        {
            config, port, lang,
        };
        command.SetAction(async (parsed, cancellation) =>
        {
            var configPath = parsed.GetValue(config)!;
            var catalogue = EditorLanguage.Catalogue(parsed.GetValue(lang), configPath);
            if (!File.Exists(configPath))
            {
                stderr.WriteLine(DiagnosticFormatter.Format(new Diagnostic(Severity.Error, DiagnosticCodes.ConfigNotFound,
                    "configuration file not found (use --config FILE, or run in the folder that has site.yml)", new SourceLocation(PathDisplay.Relative(configPath))), catalogue));
                return ExitCodes.UsageErrors;
            }

            DevServer server;
            try
            {
                server = await DevServer.StartAsync(new ServeOptions(configPath, parsed.GetValue(port), Language: parsed.GetValue(lang)), stdout);
            }
            catch (IOException e)
            {
                stderr.WriteLine(DiagnosticFormatter.Format(new Diagnostic(Severity.Error, DiagnosticCodes.ServeFailed,
                    MessageText.Of($"cannot listen on 127.0.0.1:{parsed.GetValue(port)} ({e.Message}); choose another port with --port"), new SourceLocation("serve")), catalogue));
                return ExitCodes.UsageErrors;
            }

            await using (server)
            {
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellation);
                }
                catch (OperationCanceledException)
                {
                    stdout.WriteLine(((MessageText)"Stopped.").Render(catalogue));
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
