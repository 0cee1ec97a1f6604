using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Yaml;

/// <summary>
/// 'title:' and a no-break space (Option-space on a Mac, where '{' and '|' are typed with Option
/// too; Word after a colon): YAML sees no space after the colon, so no field, and says so at a
/// line below in its own words. Such a colon inside a quoted or continued value is text, so a
/// line is named only when an ordinary space there lets the parser past the line it failed at.
/// </summary>
internal static partial class UnseenSpaceAfterColon
{
    public static YamlMistakes.Mistake? Of(string[] lines, int line, YamlCodes codes)
    {
        for (var i = line - 1; i >= 0; i--)
        {
            if (UnseenSpace().Match(lines[i]) is not { Success: true } match)
            {
                continue;
            }

            var space = match.Groups["space"];
            var fixedLine = lines[i][..space.Index] + " " + lines[i][(space.Index + space.Length)..];
            if (FailsAt(lines.Select((l, j) => j == i ? fixedLine : l)) is { } failsAt && failsAt <= line)
            {
                continue;
            }

            return new YamlMistakes.Mistake(codes.NoSpaceAfterColon, i + 1, space.Index + 1,
                MessageText.Format(YamlMessages.UnseenSpaceAfterColon, UnseenCharacters.Name(space.Value[0]), (int)space.Value[0], fixedLine.Trim()));
        }

        return null;
    }

    /// <summary>The one-based line the parser fails at (0 when it cannot tell), or null when the text parses.</summary>
    public static int? FailsAt(IEnumerable<string> lines)
    {
        try
        {
            var parser = new YamlDotNet.Core.Parser(new StringReader(string.Join('\n', lines)));
            while (parser.MoveNext())
            {
            }

            return null;
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            return (int)e.Start.Line;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // Not a syntax error at a line: the text does not parse, from its start as far as is known.
            return 0;
        }
    }

    [GeneratedRegex(@"^\s*(?:-\s+)?[\p{L}_][\p{L}\p{N}_-]*:(?<space>[\u00A0\u2007\u202F]+)\S")]
    private static partial Regex UnseenSpace();
}
