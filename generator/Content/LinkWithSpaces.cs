using System.Text.RegularExpressions;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Yaml;
using Markdig.Syntax;
using YamlDotNet.Core;

namespace DecisionsPortal.Content;

/// <summary>
/// A link whose address holds a space (<c>[kutsu](kutsu kirje.pdf)</c>, a file's name typed as it
/// is) is no link to Markdown: the page shows the brackets and the address as text. Warned at its
/// line with the address in angle brackets, in which Markdown reads it with its spaces. Code (an
/// indented or fenced block, a span between backticks) is text on purpose and not looked at; an
/// indented line that is not code (a list item's paragraph, a paragraph's next line) is.
/// </summary>
public static partial class LinkWithSpaces
{
    /// <summary>The text below the front matter, which starts on <paramref name="firstLine"/>.</summary>
    public static void Check(string markdown, int firstLine, string path, DiagnosticBag diagnostics) =>
        Check(markdown, (line, column) => new SourceLocation(path, firstLine + line, column), diagnostics);

    /// <summary>
    /// A Markdown field of the front matter. Written as a block (<c>proposal: |</c>) each of its
    /// lines is a line of the file, indented; any other value YAML folds, so its place is the value's.
    /// </summary>
    public static void Check(YamlMapping yaml, string field, DiagnosticBag diagnostics)
    {
        if (yaml.Value(field) is not ScalarNode { Value: { } text } node)
        {
            return;
        }

        var at = yaml.Source.At(node);
        if (node.Style != ScalarStyle.Literal)
        {
            Check(text, (_, _) => at, diagnostics);
            return;
        }

        // The value's first line is the one below the '|'; its indentation is the first written line's.
        var below = yaml.Source.Text.Split('\n').Skip((int)node.Start.Line).FirstOrDefault(l => l.Trim().Length > 0) ?? "";
        var indent = below.Length - below.TrimStart(' ').Length;
        Check(text, (line, column) => at with { Line = at.Line + 1 + line, Column = indent + column }, diagnostics);
    }

    // 'place' turns a zero-based line of the text and a one-based column into the file's place.
    private static void Check(string markdown, Func<int, int, SourceLocation> place, DiagnosticBag diagnostics)
    {
        if (!markdown.Contains("](", StringComparison.Ordinal) || !Spaced().IsMatch(markdown))
        {
            return;
        }

        var lines = markdown.Split('\n');
        var code = CodeLines(markdown, lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (code[i])
            {
                continue;
            }

            foreach (Match link in Spaced().Matches(line))
            {
                if (line.AsSpan(0, link.Index).Count('`') % 2 == 0)
                {
                    diagnostics.Warning(DiagnosticCodes.LinkAddressWithSpace, place(i, link.Index + 1),
                        $"the address of this link has a space, so Markdown does not read it as a link and the page shows it as text: write the address in angle brackets, `[{link.Groups["text"].Value}](<{link.Groups["address"].Value}>)`");
                }
            }
        }
    }

    // The lines of indented and fenced code (with their fences) as the site's Markdown reads them:
    // whether an indented line is code depends on the lines above it and the list it is in.
    private static bool[] CodeLines(string markdown, int count)
    {
        var code = new bool[count];
        foreach (var block in Markup.MarkdownSyntax.Parse(markdown).Descendants<CodeBlock>())
        {
            var last = block.Line + markdown.AsSpan(block.Span.Start, Math.Max(0, Math.Min(block.Span.End, markdown.Length - 1) - block.Span.Start)).Count('\n');
            for (var line = block.Line; line <= last && line < count; line++)
            {
                code[line] = true;
            }
        }

        return code;
    }

    // '[text](an address with spaces)': no '<' that would make it one, no quote that would begin a title.
    [GeneratedRegex(@"(?<!!)\[(?<text>[^\[\]]+)\]\((?<address>[^()\s<>""']+(?:[ \t]+[^()\s<>""']+)+)\)")]
    private static partial Regex Spaced();
}
