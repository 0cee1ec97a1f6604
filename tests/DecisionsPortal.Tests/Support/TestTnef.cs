using System.Buffers.Binary;
using System.Text;

namespace DecisionsPortal.Tests.Support;

/// <summary>
/// A winmail.dat as Outlook sends one to a client it thinks reads Rich Text: its text and its
/// attachments in TNEF's attributes (MS-OXTNEF), each attachment's bytes as they are.
/// </summary>
public static class TestTnef
{
    public static byte[] Of(string body, params (string Name, byte[] Bytes)[] files)
    {
        using var tnef = new MemoryStream();
        tnef.Write([0x78, 0x9F, 0x3E, 0x22, 0x01, 0x00]);
        Attribute(tnef, 1, 0x00089006, [0x00, 0x00, 0x01, 0x00]);
        Attribute(tnef, 1, 0x00069007, [0xE4, 0x04, 0, 0, 0, 0, 0, 0]);
        Attribute(tnef, 1, 0x00078008, Encoding.ASCII.GetBytes("IPM.Microsoft Mail.Note\0"));
        Attribute(tnef, 1, 0x0002800C, Encoding.Latin1.GetBytes(body));
        foreach (var (name, bytes) in files)
        {
            Attribute(tnef, 2, 0x00069002, [0x01, 0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 0]);
            Attribute(tnef, 2, 0x00018010, Encoding.Latin1.GetBytes(name + "\0"));
            Attribute(tnef, 2, 0x0006800F, bytes);
        }

        return tnef.ToArray();
    }

    /// <summary>The winmail.dat with one more attribute of the message's, of a tag no converter knows.</summary>
    public static byte[] WithUnknownAttribute(byte[] tnef, string text)
    {
        using var more = new MemoryStream();
        more.Write(tnef);
        Attribute(more, 1, 0x00018099, Encoding.Latin1.GetBytes(text + "\0"));
        return more.ToArray();
    }

    /// <summary>The winmail.dat with one more attachment whose data attribute claims <paramref name="length"/> bytes but holds a few.</summary>
    public static byte[] WithDeclaredLength(byte[] tnef, uint length, string name)
    {
        using var more = new MemoryStream();
        more.Write(tnef);
        Attribute(more, 2, 0x00069002, [0x01, 0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 0]);
        Attribute(more, 2, 0x00018010, Encoding.Latin1.GetBytes(name + "\0"));
        var head = new byte[9];
        head[0] = 2;
        BinaryPrimitives.WriteUInt32LittleEndian(head.AsSpan(1), 0x0006800F);
        BinaryPrimitives.WriteUInt32LittleEndian(head.AsSpan(5), length);
        more.Write(head);
        more.Write("PK\u0003\u0004"u8);
        return more.ToArray();
    }

    // Its level (1 the message's, 2 an attachment's), its tag, its length, its bytes and their sum.
    private static void Attribute(Stream tnef, byte level, uint tag, byte[] data)
    {
        var head = new byte[9];
        head[0] = level;
        BinaryPrimitives.WriteUInt32LittleEndian(head.AsSpan(1), tag);
        BinaryPrimitives.WriteUInt32LittleEndian(head.AsSpan(5), (uint)data.Length);
        tnef.Write(head);
        tnef.Write(data);
        var sum = new byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(sum, (ushort)data.Sum(b => b));
        tnef.Write(sum);
    }
}
