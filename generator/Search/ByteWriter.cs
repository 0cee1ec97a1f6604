namespace DecisionsPortal.Search;

/// <summary>The index's binary encoding: unsigned LEB128 varints, single bytes and UTF-8 strings, into one reusable buffer.</summary>
public sealed class ByteWriter
{
    private byte[] buffer = new byte[256];
    private int length;

    public int Length => length;

    public ReadOnlySpan<byte> Written => buffer.AsSpan(0, length);

    public static int VarintSize(int value)
    {
        var v = (uint)value;
        var size = 1;
        while (v >= 0x80)
        {
            v >>= 7;
            size++;
        }

        return size;
    }

    public void Clear() => length = 0;

    public void Varint(int value)
    {
        Ensure(5);
        length += Varint(buffer.AsSpan(length), value);
    }

    public void Byte(int value)
    {
        Ensure(1);
        buffer[length++] = (byte)value;
    }

    public void String(ReadOnlySpan<char> value)
    {
        var count = Encoding.UTF8.GetByteCount(value);
        Varint(count);
        Ensure(count);
        length += Encoding.UTF8.GetBytes(value, buffer.AsSpan(length));
    }

    public void Bytes(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(buffer.AsSpan(length));
        length += bytes.Length;
    }

    /// <summary><paramref name="count"/> zero bytes to fill in place (a bitmap).</summary>
    public Span<byte> Zeros(int count)
    {
        Ensure(count);
        var span = buffer.AsSpan(length, count);
        span.Clear();
        length += count;
        return span;
    }

    /// <summary>Room for at least <paramref name="count"/> bytes after what is written; <see cref="Advance"/> by what was filled.</summary>
    public Span<byte> Reserve(int count)
    {
        Ensure(count);
        return buffer.AsSpan(length, count);
    }

    public void Advance(int count) => length += count;

    /// <summary>Writes <paramref name="value"/> as a varint at the start of <paramref name="target"/>; the bytes written.</summary>
    public static int Varint(Span<byte> target, int value)
    {
        var v = (uint)value;
        var i = 0;
        while (v >= 0x80)
        {
            target[i++] = (byte)(v | 0x80);
            v >>= 7;
        }

        target[i++] = (byte)v;
        return i;
    }

    public byte[] ToArray() => buffer.AsSpan(0, length).ToArray();

    private void Ensure(int more)
    {
        if (length + more > buffer.Length)
        {
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + more));
        }
    }
}
