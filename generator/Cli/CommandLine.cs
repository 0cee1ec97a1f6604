using System.CommandLine;
using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Cli;

/// <summary>Parses arguments and hands over to the pipeline; nothing else lives here.</summary>
public static class CommandLine
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var help = HelpLanguage.Of(args);
        var root = new RootCommand(((MessageText)"DecisionsPortal: a static, bilingual website of a municipality's decisions").Render(help))
        {
            BuildCommand.Build(stdout, stderr, help),
            BuildCommand.Check(stdout, stderr, help),
            InitCommand.Create(stdout, stderr, help),
            NewCommand.Create(stdout, stderr, help),
            ImportCommand.Create(stdout, stderr, help: help),
            ServeCommand.Create(stdout, stderr, help),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var message in ParseErrors.Explain(parsed, args, root, help))
            {
                stderr.WriteLine($"error: {message}");
            }

            stderr.WriteLine(((MessageText)"Run with --help to see the commands and their options.").Render(help));
            return ExitCodes.UsageErrors;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
