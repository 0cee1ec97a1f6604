using System.CommandLine;

namespace DecisionsPortal.Cli;

/// <summary>Parses arguments and hands over to the pipeline; nothing else lives here.</summary>
public static class CommandLine
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("DecisionsPortal: a static, bilingual website of a municipality's decisions")
        {
            BuildCommand.Build(stdout, stderr),
            BuildCommand.Check(stdout, stderr),
            InitCommand.Create(stdout, stderr),
            NewCommand.Create(stdout, stderr),
            ImportCommand.Create(stdout, stderr),
            ServeCommand.Create(stdout, stderr),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine($"error: {error.Message}");
            }

            stderr.WriteLine("Run with --help to see the commands and their options.");
            return ExitCodes.UsageErrors;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
