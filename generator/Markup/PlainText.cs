using System.Text;
using Markdig.Renderers;

namespace DecisionsPortal.Markup;

/// <summary>
/// Markdown to its plain words, white space collapsed: what search indexes, snippets, JSON-LD,
/// feed summaries and the CSV carry, from the same parse as the HTML (<see cref="MarkdownSyntax"/>),
/// so a personal mark is its words and no markup reaches any of them.
/// </summary>
public static class PlainText
{
    // What Markdown.ToPlainText renders with, made once per thread: a new HtmlRenderer per text
    // (its table of object renderers, the pipeline's setup) cost more than the parse.
    [ThreadStatic]
    private static PlainRenderer? renderer;

    /// <summary>The same text as <c>Markdown.ToPlainText(markdown)</c> with each run of white space made one space, with no string but the result.</summary>
    public static string FromMarkdown(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : FromDocument(MarkdownSyntax.Parse(markdown));

    /// <summary>The words of a parsed text; read before anything rewrites the document for HTML.</summary>
    public static string FromDocument(Markdig.Syntax.MarkdownDocument document) => (renderer ??= new PlainRenderer()).Render(document);

    /// <summary>The first words of a text up to about <paramref name="length"/> characters, cut at a word boundary.</summary>
    public static string Excerpt(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', length);
        return text[..(cut > length / 2 ? cut : length)] + " …";
    }

    /// <summary>
    /// <c>Excerpt(string.Join(' ', first, second), length)</c> without the joined text (either
    /// may be empty, then no space joins them): only its first <paramref name="length"/> + 1 characters matter.
    /// </summary>
    public static string Excerpt(string first, string second, int length)
    {
        if (first.Length == 0 || second.Length == 0)
        {
            return Excerpt(first.Length == 0 ? second : first, length);
        }

        var total = first.Length + 1 + second.Length;
        if (total <= length)
        {
            return string.Concat(first, " ", second);
        }

        // The characters LastIndexOf(' ', length) looks at: 0..length.
        Span<char> head = stackalloc char[length + 1];
        var taken = Math.Min(first.Length, head.Length);
        first.AsSpan(0, taken).CopyTo(head);
        if (taken < head.Length)
        {
            head[taken++] = ' ';
            second.AsSpan(0, Math.Min(second.Length, head.Length - taken)).CopyTo(head[taken..]);
        }

        var cut = head.LastIndexOf(' ');
        return string.Concat(head[..(cut > length / 2 ? cut : length)], " …");
    }

    // Every character char.IsWhiteSpace calls white space, for vectorised searches of runs.
    private static readonly System.Buffers.SearchValues<char> WhiteSpace =
        System.Buffers.SearchValues.Create(Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace).ToArray());

    /// <summary>Appends <paramref name="text"/> with each run of white space made one space, none first or last.</summary>
    private static void Collapse(ReadOnlySpan<char> text, StringBuilder builder, ref bool space)
    {
        // Runs of words appended whole, not a character at a time.
        while (!text.IsEmpty)
        {
            var white = text.IndexOfAny(WhiteSpace);
            var run = white < 0 ? text : text[..white];
            if (!run.IsEmpty)
            {
                if (space)
                {
                    builder.Append(' ');
                    space = false;
                }

                builder.Append(run);
            }

            if (white < 0)
            {
                return;
            }

            space = builder.Length > 0;
            var next = text[white..].IndexOfAnyExcept(WhiteSpace);
            text = next < 0 ? [] : text[(white + next)..];
        }
    }

    /// <summary>Markdig's plain-text rendering (HTML off) into one reused buffer, collapsed into another.</summary>
    private sealed class PlainRenderer
    {
        private readonly StringWriter writer = new();
        private readonly StringBuilder collapsed = new();
        private readonly HtmlRenderer html;

        public PlainRenderer()
        {
            html = new HtmlRenderer(writer) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
            MarkdownSyntax.Pipeline.Setup(html);
        }

        public string Render(Markdig.Syntax.MarkdownDocument document)
        {
            var buffer = writer.GetStringBuilder();
            buffer.Clear();
            collapsed.Clear();
            try
            {
                html.Render(document);
                writer.Flush();
                var space = false;
                foreach (var chunk in buffer.GetChunks())
                {
                    Collapse(chunk.Span, collapsed, ref space);
                }

                return collapsed.ToString();
            }
            catch
            {
                // A renderer that failed midway may hold state (indents, open footnotes): not reused.
                renderer = null;
                throw;
            }
            finally
            {
                if (buffer.Capacity > 1 << 20)
                {
                    renderer = null;
                }
            }
        }
    }
}
