using System.CommandLine;
using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Cli;

/// <summary>
/// What the parser could not place, said in the editor's language with the command or option
/// most like a mistyped one ('buidl', '--outptu'); the parser's other complaints keep its words.
/// </summary>
internal static class UsageErrors
{
    public static IEnumerable<MessageText> Of(ParseResult parsed)
    {
        var command = parsed.CommandResult.Command;
        var unmatched = parsed.UnmatchedTokens;
        var afterOption = false;
        foreach (var token in unmatched)
        {
            if (token.StartsWith('-'))
            {
                var options = command.Options.Concat(parsed.RootCommandResult.Command.Options.Where(o => o.Recursive))
                    .SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal)).Distinct();
                yield return MessageText.Of($"'{token}' is not an option of '{command.Name}'{Suggestions.DidYouMean(token, options)}");
                afterOption = true;
            }
            else if (command is RootCommand)
            {
                // What follows a mistyped command is that command's options: not told one by one.
                yield return MessageText.Of($"unknown command '{token}'{Suggestions.DidYouMean(token, command.Subcommands.Select(c => c.Name))}");
                yield break;
            }
            else if (!afterOption)
            {
                // A word after an unknown option is most likely that option's value: not told twice.
                yield return MessageText.Of($"'{token}' after '{command.Name}' is neither an option nor its value");
            }
        }

        foreach (var error in parsed.Errors.Where(e => !unmatched.Any(t => e.Message.Contains($"'{t}'", StringComparison.Ordinal))))
        {
            yield return command is RootCommand && unmatched.Count == 0
                ? MessageText.Of($"name a command: {string.Join(", ", command.Subcommands.Select(c => c.Name))}")
                : (MessageText)error.Message;
        }
    }
}
