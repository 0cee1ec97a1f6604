using Scriban.Runtime;

namespace DecisionsPortal.Rendering;

/// <summary>
/// Where Scriban writes a page: one growing char buffer per rendering thread, cleared and
/// reused page after page, encoded to UTF-8 once at the end. Scriban's own output is a new
/// StringBuilder per template that grows chunk by chunk and is then copied into a string,
/// and the string again into bytes. A template that writes a buffer (the layout's
/// <c>content</c>) gets it as raw HTML: it is the output of our own templates.
/// </summary>
public sealed class PageBuffer : IScriptOutput
{
    private char[] chars = new char[32 * 1024];
    private int length;

    private TextWriter? writer;

    public ReadOnlySpan<char> Span => chars.AsSpan(0, length);

    /// <summary>The buffer as a TextWriter, for renderers that write to one (Markdig).</summary>
    public TextWriter Writer => writer ??= new BufferWriter(this);

    public void Clear() => length = 0;

    public void Write(string text, int offset, int count) => Write(text.AsSpan(offset, count));

    public void Write(ReadOnlySpan<char> text)
    {
        if (length + text.Length > chars.Length)
        {
            Array.Resize(ref chars, Math.Max(chars.Length * 2, length + text.Length));
        }

        text.CopyTo(chars.AsSpan(length));
        length += text.Length;
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>The text as UTF-8, without a byte order mark, in an array of exactly its size.</summary>
    public byte[] ToUtf8() => Encoding.UTF8.GetBytes(chars, 0, length);

    public override string ToString() => new(Span);

    private sealed class BufferWriter : TextWriter
    {
        private readonly PageBuffer buffer;

        // Lines end in '\n' on every machine, as Markdig's own writer ends them.
        public BufferWriter(PageBuffer buffer)
        {
            this.buffer = buffer;
            CoreNewLine = ['\n'];
        }

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => buffer.Write([value]);

        public override void Write(ReadOnlySpan<char> buffer1) => buffer.Write(buffer1);

        public override void Write(string? value) => buffer.Write(value);

        public override void Write(char[] chars, int index, int count) => buffer.Write(chars.AsSpan(index, count));

    }
}
