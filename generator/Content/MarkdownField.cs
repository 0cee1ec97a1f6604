using DecisionsPortal.Diagnostics;
using DecisionsPortal.Yaml;
using Markdig.Syntax;
using YamlDotNet.Core;

namespace DecisionsPortal.Content;

/// <summary>
/// Where a line of a Markdown text is written in its file, for the checks that name a line of the
/// text: the text below the front matter, or a front-matter field (<c>proposal</c>, <c>decision</c>).
/// </summary>
public static class MarkdownField
{
    /// <summary>Turns a zero-based line of the text and a one-based column into the file's place.</summary>
    public delegate SourceLocation Place(int line, int column);

    /// <summary>
    /// A file's Markdown texts with their places: the text below its front matter and, given its
    /// fields, those written in Markdown (<c>proposal</c>, <c>decision</c>), for the checks that read them all;
    /// the field's name, null for the text below the front matter.
    /// </summary>
    public static IEnumerable<(string Text, Place Place, string? Field)> Texts(FrontMatter frontMatter, string path, YamlMapping? fields = null)
    {
        yield return (frontMatter.Markdown, (line, column) => new SourceLocation(path, frontMatter.MarkdownFirstLine + line, column), null);
        foreach (var field in fields is null ? [] : (string[])["proposal", "decision"])
        {
            if (Of(fields!, field) is { } text)
            {
                yield return (text.Text, text.Place, field);
            }
        }
    }

    /// <summary>
    /// A field's text and its place. Written as a block (<c>proposal: |</c>) each of its lines is a
    /// line of the file, indented; any other value YAML folds, so its place is the value's.
    /// </summary>
    private static (string Text, Place Place)? Of(YamlMapping yaml, string field)
    {
        if (yaml.Value(field) is not ScalarNode { Value: { } text } node)
        {
            return null;
        }

        var at = yaml.Source.At(node);
        if (node.Style != ScalarStyle.Literal)
        {
            return (text, (_, _) => at);
        }

        // The value's first line is the one below the '|'; its indentation is the first written line's.
        var below = FirstWrittenLine(yaml.Source.Text, (int)node.Start.Line);
        var indent = below.Length - below.TrimStart(' ').Length;
        return (text, (line, column) => at with { Line = at.Line + 1 + line, Column = indent + column });
    }

    /// <summary>The first line from the zero-based line <paramref name="from"/> on that is not blank (empty if none), found without a string for each line.</summary>
    private static ReadOnlySpan<char> FirstWrittenLine(ReadOnlySpan<char> text, int from)
    {
        for (var line = 0; ; line++)
        {
            var end = text.IndexOf('\n');
            var current = end < 0 ? text : text[..end];
            if (line >= from && !current.IsWhiteSpace())
            {
                return current;
            }

            if (end < 0)
            {
                return [];
            }

            text = text[(end + 1)..];
        }
    }

    /// <summary>
    /// The lines of indented and fenced code (with their fences) as the site's Markdown reads them:
    /// whether an indented line is code depends on the lines above it and the list it is in.
    /// </summary>
    public static bool[] CodeLines(string markdown, int count)
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
}
