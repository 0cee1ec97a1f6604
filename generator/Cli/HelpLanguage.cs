using DecisionsPortal.Configuration;
using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Cli;

/// <summary>
/// The language of the commands' help, chosen as the command will choose its messages
/// (<see cref="EditorLanguage"/>): its <c>--lang</c> where that names the language of the messages
/// (build, check, serve, init; for new and import it is the language of the content), else
/// site.yml's <c>editor_language:</c> or first language. Read from the raw arguments, because the
/// descriptions must be written before the arguments are parsed.
/// </summary>
public static class HelpLanguage
{
    private static readonly HashSet<string> SpeakingLang = new(["build", "check", "serve", "init"], StringComparer.Ordinal);

    public static MessageCatalogue? Of(IReadOnlyList<string> args)
    {
        var command = args.FirstOrDefault(a => !a.StartsWith('-'));
        var lang = command is not null && SpeakingLang.Contains(command) ? Value(args, "--lang") : null;
        return EditorLanguage.Catalogue(lang, Value(args, "--config") ?? "site.yml");
    }

    // "--name value", "--name=value" or "--name:value", as System.CommandLine accepts them.
    private static string? Value(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == name && i + 1 < args.Count)
            {
                return args[i + 1];
            }

            if (args[i].Length > name.Length + 1 && args[i].StartsWith(name, StringComparison.Ordinal) && args[i][name.Length] is '=' or ':')
            {
                return args[i][(name.Length + 1)..];
            }
        }

        return null;
    }
}
