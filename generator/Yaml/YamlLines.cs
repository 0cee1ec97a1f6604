namespace DecisionsPortal.Yaml;

/// <summary>
/// How a line of YAML reads to the mistake readers (<see cref="YamlMistakes"/>, <see cref="YamlLineMistakes"/>):
/// where a field's key and value are, how far a line is indented, where a quoted value ends, and
/// which lines are block text or a continued value, where YAML's signs are text.
/// </summary>
internal static partial class YamlLines
{
    // Lines that are the text of a 'key: |' or 'key: >' block, where tabs and colons are text.
    internal static bool[] BlockTextLines(string[] lines)
    {
        var result = new bool[lines.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            if (!BlockHeader().IsMatch(lines[i]))
            {
                continue;
            }

            var keyIndent = Indent(lines[i]);
            var j = i + 1;
            for (; j < lines.Length && (lines[j].Trim().Length == 0 || Indent(lines[j]) > keyIndent); j++)
            {
                result[j] = true;
            }

            i = j - 1;
        }

        return result;
    }

    // In brackets a quote begins a quoted value only where a value begins: 'Kemi's' is text.
    internal static bool StartsScalar(string text, int c)
    {
        var before = text[..c].TrimEnd();
        return before.Length == 0 || before[^1] is '[' or '{' or ',' || (before[^1] == ':' && before.Length < c);
    }

    // Lines that are the block text of a 'key: |', or continue a plain value on the lines below
    // its field ('title: Pitkä' and then '  otsikko - [luonnos'), where brackets are text.
    internal static bool[] ContinuedText(string[] lines, bool[] inBlock)
    {
        var result = (bool[])inBlock.Clone();
        var owner = -1;
        for (var i = 0; i < lines.Length; i++)
        {
            if (inBlock[i] || lines[i].Trim().Length == 0)
            {
                continue;
            }

            var indent = Indent(lines[i]);
            if (owner >= 0 && indent > owner)
            {
                result[i] = true;
                continue;
            }

            var field = Field().Match(lines[i]);
            var value = field.Success ? field.Groups["value"].Value.TrimStart() : "";
            owner = value.Length > 0 && value[0] is not ('[' or '{' or '"' or '\'' or '|' or '>' or '#') ? indent : -1;
        }

        return result;
    }

    // Lines below a field whose quoted value is not closed on its own line ('title: "Pitkä' and
    // then '  – vaihe 2"'): text up to the closing quote, where a dash or a bracket is text.
    internal static bool[] QuotedTextLines(string[] lines, bool[] inBlock)
    {
        var result = new bool[lines.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            var value = inBlock[i] ? "" : Field().Match(lines[i]).Groups["value"].Value.TrimStart();
            if (value.Length == 0 || value[0] is not ('"' or '\'') || ClosingQuote(value) >= 0)
            {
                continue;
            }

            for (var j = i + 1; j < lines.Length && ClosingQuote(value) < 0; j++)
            {
                result[j] = true;
                value += "\n" + lines[j];
                i = j;
            }
        }

        return result;
    }

    // The index of the quote that ends a value beginning with one ('' and \" are the quote itself).
    internal static int ClosingQuote(string value)
    {
        var quote = value[0];
        for (var c = 1; c < value.Length; c++)
        {
            if (quote == '"' && value[c] == '\\')
            {
                c++;
            }
            else if (value[c] == quote)
            {
                if (quote == '\'' && c + 1 < value.Length && value[c + 1] == '\'')
                {
                    c++;
                    continue;
                }

                return c;
            }
        }

        return -1;
    }

    // The parser takes tabs after a line's first space for spaces, each one column; a tab that
    // starts a line is a mistake of its own (YamlMistakes.Tab).
    internal static int Indent(string line)
    {
        var spaces = line.Length - line.TrimStart(' ').Length;
        return spaces == 0 ? 0 : line.Length - line.TrimStart(' ', '\t').Length;
    }

    /// <summary>The line with each double-quoted value that holds a backslash put in single quotes, where a backslash is text ('C:\kansio').</summary>
    internal static string SingleQuoted(string line)
    {
        var result = new System.Text.StringBuilder(line.Length);
        for (var c = 0; c < line.Length; c++)
        {
            if (line[c] is '"' or '\'' && (StartsScalar(line, c) || line[..c].Trim() is "-") && ClosingQuote(line[c..]) is var close and > 0)
            {
                var quoted = line.Substring(c, close + 1);
                result.Append(quoted[0] == '"' && quoted.Contains('\\') ? InSingleQuotes(quoted[1..^1]) : quoted);
                c += close;
                continue;
            }

            result.Append(line[c]);
        }

        return result.ToString();
    }

    // YAML's two quoted forms of a text: between single quotes only the quote is doubled; between
    // double quotes a backslash begins an escape, so it and the quote are escaped.
    internal static string InSingleQuotes(string text) => $"'{text.Replace("'", "''")}'";

    internal static string InDoubleQuotes(string text) => $"\"{text.Replace("\\", "\\\\").Replace("\"", "\\\"")}\"";

    // A key is plain text up to ': ': it may hold ':' and '#' inside a word ('t#1', 'a:b') and
    // begin with '-' when no space follows.
    [GeneratedRegex(@"^(?<lead>\s*(?:-\s+)?)(?<key>(?:[^\s#'""\[\]{}:,-]|-(?=\S))(?:[^:#]|:(?=[^\s])|(?<=\S)#)*?):(?:\s+(?<value>.*))?$")]
    internal static partial Regex Field();

    [GeneratedRegex(@"^(?<header>\s*(?:-\s+)?[^\s#'""\[\]{}:,-][^:#]*?:\s+[|>][-+0-9]*)\s*(?:#.*)?$")]
    internal static partial Regex BlockHeader();

    // The nearest line above (step -1) or below (step 1) that is neither blank, a note nor one <paramref name="skipped"/> marks (a block value's, a text's going on); -1 when none.
    internal static int Structural(string[] lines, int i, int step, bool[] skipped)
    {
        for (var j = i + step; j >= 0 && j < lines.Length; j += step)
        {
            var trimmed = lines[j].Trim();
            if (!skipped[j] && trimmed.Length > 0 && trimmed[0] != '#')
            {
                return j;
            }
        }

        return -1;
    }
}
