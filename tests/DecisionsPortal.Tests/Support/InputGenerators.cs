using System.Text;
using CsCheck;

namespace DecisionsPortal.Tests.Support;

/// <summary>
/// CsCheck generators of hostile editor input: valid files mutated by the edits that break
/// YAML and Markdown parsers (stray indicators, anchors, tags, unbalanced brackets, control and
/// astral characters, cut lines), and structured front matter with every field in every shape.
/// </summary>
public static class InputGenerators
{
    private static readonly string[] Tokens =
    [
        ":", ": ", " ", "  ", "\n", "\n  ", "\t", "-", "- ", "---", "...", "{", "}", "[", "]", ",", "|", "|-", ">", "'", "\"", "\\",
        "&a ", "*a", "<<: *a", "!!str ", "!!binary ", "!!map ", "!!int ", "!custom ", "%YAML 1.2\n", "%TAG ! tag:x,2000:\n", "? ", "#", "@", "`",
        "\uFEFF", "\0", "\r", "\r\n", "\u2028", "\u0085", "é", "ä", "Ö", "😀", "\uD800", "<script>", "</div>", "{{", "}}", "{% raw %}",
        "[x](javascript:1)", "![](data:x)", "[^1]", "[^1]: n", "~", "null", "true", "yes", "0x1F", "0o7", ".inf", "-.nan",
        "2025-02-30", "2025-13-01", "9999-12-31", "0001-01-01", "-1", "99999999999999999999", "1e400", "title", "date", "body", "proposal",
    ];

    private static readonly string[] MarkdownTokens =
    [
        "*", "**", "_", "__", "`", "```", "```\n", "~~~", "#", "# ", "###### ", ">", "> ", "- ", "1. ", "+ ", "|", "| --- |", "---", "***", "\n", "\n\n",
        "    ", "\t", "[", "]", "(", ")", "[x]", "[x](", "](http://a)", "[x][1]", "[1]: /u", "[^n]", "[^n]: f", "![", "<", ">", "<http://a>",
        "<a href=x>", "</a>", "<!--", "-->", "<![CDATA[", "&amp;", "&#0;", "&#x110000;", "\\", "\\\n", "$$", "{{ x }}", "😀", "\u0000", "\u200B",
        "word", "sana", "ord", " ", "<script>alert(1)</script>", "javascript:alert(1)", "| a | b |\n|---|---|\n| 1 |", "::: note", "++", "==", "~~",
    ];

    public static Gen<string> Token => Gen.OneOf(Tokens);

    /// <summary>The text with up to a few edits: insert a token, delete or duplicate a range, swap two lines, cut the end.</summary>
    public static Gen<string> Mutated(string text) =>
        Gen.Select(Gen.Int[0, 4], Gen.Int[0, 1000].Array[8], Token.Array[4], (kind, positions, tokens) => Mutate(text, kind, positions, tokens))
            .Array[1, 4]
            .Select(edits => edits.Aggregate(text, (current, edit) => edit(current)));

    /// <summary>Markdown made of the constructs that stress a parser, joined at random.</summary>
    public static Gen<string> Markdown => Gen.OneOf(MarkdownTokens).Array[0, 40].Select(parts => string.Concat(parts));

    /// <summary>Front matter built field by field: known and misspelt keys, each with a scalar, list, mapping or nothing.</summary>
    public static Gen<string> FrontMatter =>
        Gen.Select(Gen.OneOf("title", "date", "body", "preparer", "presenter", "proposal", "decision", "section", "dnro", "topics",
                "attachments", "draft", "key", "tittle", "Date", "", "x y", "- a"), Value(2))
            .Array[0, 12]
            .Select(fields => "---\n" + string.Concat(fields.Select(f => $"{f.Item1}: {f.Item2}\n")) + "---\ntext\n");

    private static Gen<string> Value(int depth)
    {
        var scalar = Gen.OneOf(
            Gen.OneOf("", "~", "Koulun katto", "2025-03-14", "kaupunginhallitus", "12", "-3", "true", "[]", "{}", "'quoted'", "\"dq\\u00e4\"",
                "|\n  block\n  text", ">\n  folded", "&anchor x", "*anchor", "!!int 5", "Maija Meikäläinen", "Tekninen johtaja Maija Meikäläinen"),
            Token.Array[1, 3].Select(parts => string.Concat(parts).Replace("\n", " ", StringComparison.Ordinal)));
        if (depth == 0)
        {
            return scalar;
        }

        var inner = Value(depth - 1);
        return Gen.Frequency(
            (6, scalar),
            (2, inner.Array[0, 3].Select(items => "[" + string.Join(", ", items) + "]")),
            (2, Gen.Select(Gen.OneOf("name", "title", "file", "x"), inner).Array[0, 3]
                .Select(pairs => "{ " + string.Join(", ", pairs.Select(p => $"{p.Item1}: {p.Item2}")) + " }")),
            (1, inner.Array[1, 3].Select(items => string.Concat(items.Select(i => "\n  - " + i)))));
    }

    private static Func<string, string> Mutate(string original, int kind, int[] positions, string[] tokens) => text =>
    {
        if (text.Length == 0)
        {
            return tokens[0];
        }

        int At(int i) => positions[i] * text.Length / 1001;
        var lines = text.Split('\n').ToList();
        int Line(int i) => positions[i] * lines.Count / 1001;
        switch (kind)
        {
            case 0:
                var builder = new StringBuilder(text);
                for (var i = 0; i < tokens.Length; i++)
                {
                    builder.Insert(Math.Min(At(i), builder.Length), tokens[i]);
                }

                return builder.ToString();
            case 1:
                var (from, to) = (Math.Min(At(0), At(1)), Math.Max(At(0), At(1)));
                return text.Remove(from, Math.Min(to - from, 40));
            case 2:
                lines.Insert(Line(0), lines[Line(1)]);
                return string.Join('\n', lines);
            case 3:
                (lines[Line(0)], lines[Line(1)]) = (lines[Line(1)], lines[Line(0)]);
                return string.Join('\n', lines);
            default:
                return text[..At(0)];
        }
    };
}
