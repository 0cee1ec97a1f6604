namespace DecisionsPortal.Search;

/// <summary>The index's binary encoding: unsigned LEB128 varints, single bytes and UTF-8 strings.</summary>
public sealed class ByteWriter
{
    private readonly MemoryStream stream = new();

    public int Length => (int)stream.Length;

    public void Varint(int value)
    {
        var v = (uint)value;
        while (v >= 0x80)
        {
            stream.WriteByte((byte)(v | 0x80));
            v >>= 7;
        }

        stream.WriteByte((byte)v);
    }

    public void Byte(int value) => stream.WriteByte((byte)value);

    public void String(string value)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(value);
        Varint(bytes.Length);
        stream.Write(bytes);
    }

    public void Bytes(byte[] bytes) => stream.Write(bytes);

    public byte[] ToArray() => stream.ToArray();
}
