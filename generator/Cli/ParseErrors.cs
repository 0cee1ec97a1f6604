using System.CommandLine;
using System.CommandLine.Parsing;
using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Cli;

/// <summary>
/// The parser's own messages, which System.CommandLine writes in English only, for the mistakes a
/// person makes at the command line: a value of several words without quotes
/// (<c>new --title Koulun katto</c>), a misspelt command or option, an option without its value,
/// a value not among those allowed. Said in the editor's language, with the fix; a message not
/// known here keeps the parser's words.
/// </summary>
public static partial class ParseErrors
{
    /// <summary>The messages to print, in the language of <paramref name="help"/>.</summary>
    public static IReadOnlyList<string> Explain(ParseResult parsed, IReadOnlyList<string> args, Command root, MessageCatalogue? help)
    {
        var unknownCommand = parsed.Errors.Any(e => Unrecognized().Match(e.Message) is { Success: true } m && args.Count > 0 && args[0] == m.Groups[1].Value);
        var messages = new List<string>();
        foreach (var error in parsed.Errors)
        {
            var message = error.Message.Trim() switch
            {
                // What follows a misspelt command is that command's options and values: not named one by one.
                var text when Unrecognized().Match(text) is { Success: true } match => unknownCommand && match.Groups[1].Value != args[0] ? MessageText.Empty
                    : UnrecognizedToken(match.Groups[1].Value, parsed, args, root),
                "Required command was not provided." => unknownCommand ? MessageText.Empty
                    : MessageText.Of($"give a command: {string.Join(", ", root.Subcommands.Select(c => c.Name))}"),
                var text when OptionValueMissing().Match(text) is { Success: true } match => MessageText.Of($"the option '{match.Groups[1].Value}' needs a value after it"),
                var text when OptionRequired().Match(text) is { Success: true } match => MessageText.Of($"the option '{match.Groups[1].Value}' is required"),
                var text when CommandArgumentMissing().Match(text) is { Success: true } match => MessageText.Of($"'{match.Groups[1].Value}' needs what it works on after it; see '{match.Groups[1].Value} --help'"),
                var text when NotOneOf().Match(text) is { Success: true } match && OptionOf(error.SymbolResult) is { } option =>
                    MessageText.Of($"'{option}' cannot be '{match.Groups[1].Value}': write one of {string.Join(", ", Allowed().Matches(match.Groups[2].Value).Select(v => v.Groups[1].Value))}"),
                var text when NotANumber().Match(text) is { Success: true } match => MessageText.Of($"'{match.Groups[2].Value}' must be a whole number, not '{match.Groups[1].Value}'"),
                _ => null,
            };

            // A message not known here is printed as the parser wrote it; one said by another (Empty), not at all.
            var shown = message is null ? error.Message : message == MessageText.Empty ? null : message.Render(help);
            if (shown is not null && !messages.Contains(shown))
            {
                messages.Add(shown);
            }
        }

        // Every message said by another is none at all: the parser's own words, rather than only the hint.
        return messages.Count > 0 ? messages : parsed.Errors.Select(e => e.Message).Distinct().ToList();
    }

    // A word of a value of several words (the rest of '--title Koulun katto' is 'katto'), a
    // misspelt option or command, or a word where none belongs.
    private static MessageText UnrecognizedToken(string token, ParseResult parsed, IReadOnlyList<string> args, Command root)
    {
        var at = args.ToList().IndexOf(token);
        var command = parsed.CommandResult.Command;
        if (token.StartsWith('-'))
        {
            var options = command.Options.Concat(root.Options).SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal)).Distinct();
            return MessageText.Of($"unknown option '{token}'{Suggestions.DidYouMean(token, options)}");
        }

        if (at == 0)
        {
            return MessageText.Of($"unknown command '{token}'{Suggestions.DidYouMean(token, root.Subcommands.Select(c => c.Name))}");
        }

        // The words after an option's value, up to the next option: only the first is named.
        var option = at - 1;
        while (option >= 0 && !args[option].StartsWith('-'))
        {
            option--;
        }

        // The value of a misspelt option, which is named instead ('--name=value' is the option '--name').
        var name = option >= 0 ? args[option].Split('=', ':')[0] : "";
        var known = option >= 0 && command.Options.Concat(root.Options).Any(o => o.Name == name || o.Aliases.Contains(name));
        if (option >= 0 && !known)
        {
            return MessageText.Empty;
        }

        if (option < 0 || at - option < 2 || name != args[option])
        {
            return MessageText.Of($"'{token}' is no option or command here");
        }

        if (at - option > 2)
        {
            return MessageText.Empty;
        }

        var end = at;
        while (end + 1 < args.Count && !args[end + 1].StartsWith('-'))
        {
            end++;
        }

        var value = string.Join(' ', args.Skip(option + 1).Take(end - option));
        return MessageText.Of($"'{token}' is no option or command here: a value of several words is written in quotes, e.g. {args[option]} \"{value}\"");
    }

    private static string? OptionOf(SymbolResult? result) => result switch
    {
        OptionResult option => option.Option.Name,
        ArgumentResult { Parent: OptionResult option } => option.Option.Name,
        _ => null,
    };

    [GeneratedRegex(@"^Unrecognized command or argument '(.*)'\.$", RegexOptions.Singleline)]
    private static partial Regex Unrecognized();

    [GeneratedRegex(@"^Required argument missing for option: '(.*)'\.$", RegexOptions.Singleline)]
    private static partial Regex OptionValueMissing();

    [GeneratedRegex(@"^Option '(.*)' is required\.$", RegexOptions.Singleline)]
    private static partial Regex OptionRequired();

    [GeneratedRegex(@"^Required argument missing for command: '(.*)'\.$", RegexOptions.Singleline)]
    private static partial Regex CommandArgumentMissing();

    [GeneratedRegex(@"^Argument '(.*?)' not recognized\. Must be one of:(.*)$", RegexOptions.Singleline)]
    private static partial Regex NotOneOf();

    [GeneratedRegex(@"^Cannot parse argument '(.*?)' for option '(.*?)' as expected type 'System\.Int32'\.", RegexOptions.Singleline)]
    private static partial Regex NotANumber();

    [GeneratedRegex(@"'([^']*)'")]
    private static partial Regex Allowed();
}
