namespace DecisionsPortal.Content;

/// <summary>
/// A stream that cannot seek (a part of a zip, unpacked as it is read) read by a reader that steps
/// over what it does not want (<see cref="ImageMetadata"/>): a step forward reads and drops the
/// bytes, and the stream ends after <c>limit</c> bytes, so that what is unpacked is what the reader
/// came to, up to a bound, never the whole part.
/// </summary>
internal sealed class ForwardStream(Stream inner, long limit) : Stream
{
    private long position;

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => position;
        set => Seek(value, SeekOrigin.Begin);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer[..(int)Math.Min(buffer.Length, limit - position)]);
        position += read;
        return read;
    }

    public override int ReadByte()
    {
        Span<byte> one = stackalloc byte[1];
        return Read(one) == 1 ? one[0] : -1;
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        var target = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => position + offset,
            _ => throw new NotSupportedException(),
        };
        if (target < position)
        {
            throw new NotSupportedException();
        }

        var dropped = new byte[(int)Math.Min(81920, target - position)];
        while (position < target && Read(dropped.AsSpan(0, (int)Math.Min(dropped.Length, target - position))) > 0)
        {
        }

        return position;
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
