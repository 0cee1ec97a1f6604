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

    /// <summary>
    /// <c>string.Join(' ', …)</c> of the parts that are not empty: <paramref name="before"/>, the
    /// plain words of <paramref name="markdown"/> (<see cref="FromMarkdown"/>), then <paramref name="after"/>;
    /// <paramref name="words"/> is where those words are in it. No string of the words alone is
    /// made: a decision's text is the longest part of its search document by far.
    /// </summary>
    public static string Joined(string before, string? markdown, ReadOnlySpan<string> after, out Range words)
    {
        var text = (renderer ??= new PlainRenderer()).Joined(before, string.IsNullOrWhiteSpace(markdown) ? null : MarkdownSyntax.Parse(markdown), after, out var from, out var to);
        words = from..to;
        return text;
    }

    /// <summary>The words of a parsed text; read before anything rewrites the document for HTML.</summary>
    public static string FromDocument(Markdig.Syntax.MarkdownDocument document) => (renderer ??= new PlainRenderer()).Render(document);

    /// <summary>The first words of a text up to about <paramref name="length"/> characters, cut at a word boundary.</summary>
    public static string Excerpt(string text, int length) => text.Length <= length ? text : Cut(text, length);

    // A text longer than length cut at the last space up to it (not too early), with an ellipsis.
    private static string Cut(ReadOnlySpan<char> text, int length)
    {
        var cut = text[..(length + 1)].LastIndexOf(' ');
        return string.Concat(text[..(cut > length / 2 ? cut : length)], " …");
    }

    /// <summary>
    /// <c>Excerpt(string.Join(' ', first, second), length)</c> without the joined text (either
    /// may be empty, then no space joins them): only its first <paramref name="length"/> + 1 characters matter.
    /// </summary>
    public static string Excerpt(string first, ReadOnlySpan<char> second, int length)
    {
        if (second.IsEmpty)
        {
            return Excerpt(first, length);
        }

        if (first.Length == 0)
        {
            return second.Length <= length ? new string(second) : Cut(second, length);
        }

        var total = first.Length + 1 + second.Length;
        if (total <= length)
        {
            return string.Concat(first.AsSpan(), " ", second);
        }

        // The characters LastIndexOf(' ', length) looks at: 0..length.
        Span<char> head = stackalloc char[length + 1];
        var taken = Math.Min(first.Length, head.Length);
        first.AsSpan(0, taken).CopyTo(head);
        if (taken < head.Length)
        {
            head[taken++] = ' ';
            second[..Math.Min(second.Length, head.Length - taken)].CopyTo(head[taken..]);
        }

        return Cut(head, length);
    }

    // Every character char.IsWhiteSpace calls white space, for vectorised searches of runs.
    private static readonly System.Buffers.SearchValues<char> WhiteSpace =
        System.Buffers.SearchValues.Create(Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace).ToArray());

    /// <summary>Appends <paramref name="text"/> with each run of white space made one space, none first or last.</summary>
    private static void Collapse(ReadOnlySpan<char> text, StringBuilder builder, int from, ref bool space)
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

            space = builder.Length > from;
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
            collapsed.Clear();
            Append(document);
            return collapsed.ToString();
        }

        public string Joined(string before, Markdig.Syntax.MarkdownDocument? document, ReadOnlySpan<string> after, out int from, out int to)
        {
            collapsed.Clear();
            collapsed.Append(before);
            if (before.Length > 0)
            {
                collapsed.Append(' ');
            }

            from = collapsed.Length;
            if (document is not null)
            {
                Append(document);
            }

            to = collapsed.Length;
            if (to == from && before.Length > 0)
            {
                // No words: nor the space before them.
                collapsed.Length--;
                from = to = collapsed.Length;
            }

            foreach (var part in after)
            {
                if (part.Length > 0)
                {
                    if (collapsed.Length > 0)
                    {
                        collapsed.Append(' ');
                    }

                    collapsed.Append(part);
                }
            }

            return collapsed.ToString();
        }

        // The document's words, collapsed, after what the collapsed buffer holds.
        private void Append(Markdig.Syntax.MarkdownDocument document)
        {
            var buffer = writer.GetStringBuilder();
            buffer.Clear();
            var from = collapsed.Length;
            try
            {
                html.Render(document);
                writer.Flush();
                var space = false;
                foreach (var chunk in buffer.GetChunks())
                {
                    Collapse(chunk.Span, collapsed, from, ref space);
                }
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
