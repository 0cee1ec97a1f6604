using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;

namespace DecisionsPortal.Tests.Support;

/// <summary>
/// A file's bytes as a zip or a PNG's compressed text holds them (raw deflate, with the CRC-32
/// and length of what they unpack to). <see cref="Zeros"/> makes a 'bomb' of hundreds of
/// megabytes without compressing them: compressing them gave the same output every run, at a
/// cost that grew with the bomb's size, not with the limit the test is about.
/// </summary>
public sealed record PackedFile(byte[] Deflated, uint Crc, long Length)
{
    private const int BlockLength = 1 << 20;

    public static PackedFile Of(byte[] bytes) => new(Compressed(bytes, flush: false), Crc32.HashToUInt32(bytes), bytes.Length);

    /// <summary><paramref name="length"/> zero bytes, packed in milliseconds.</summary>
    public static PackedFile Zeros(long length) => Filled([], 0, length, []);

    /// <summary>
    /// <paramref name="head"/>, <paramref name="length"/> bytes of <paramref name="fill"/>, then
    /// <paramref name="tail"/>. A mebibyte of the fill is compressed once and flushed to a byte
    /// boundary, not as the last block; each copy of it unpacks to another mebibyte (the byte, then
    /// copies of the byte before it).
    /// </summary>
    public static PackedFile Filled(byte[] head, byte fill, long length, byte[] tail)
    {
        var block = new byte[BlockLength];
        Array.Fill(block, fill);
        var packedBlock = Compressed(block, flush: true);
        var packed = new MemoryStream();
        var crc = new Crc32();
        packed.Write(Compressed(head, flush: true));
        crc.Append(head);
        for (var i = 0; i < length / BlockLength; i++)
        {
            packed.Write(packedBlock);
            crc.Append(block);
        }

        byte[] rest = [.. block.AsSpan(0, (int)(length % BlockLength)), .. tail];
        packed.Write(Compressed(rest, flush: false));
        crc.Append(rest);
        return new(packed.ToArray(), crc.GetCurrentHashAsUInt32(), head.Length + length + tail.Length);
    }

    /// <summary><paramref name="length"/> zero bytes as zlib writes them (a PNG's zTXt): a header, the deflated bytes, their Adler-32.</summary>
    public static byte[] ZLibZeros(long length) =>
        [0x78, 0xDA, .. Zeros(length).Deflated, (byte)(length % 65521 >> 8), (byte)(length % 65521), 0, 1];

    /// <summary>A zip of the files given, each deflated (as <see cref="TestOfficeDocument.Files"/> writes them).</summary>
    public static byte[] Zip(params (string Name, PackedFile File)[] files)
    {
        using var zip = new MemoryStream();
        var central = new MemoryStream();
        foreach (var (name, file) in files)
        {
            var offset = (uint)zip.Position;
            Header(zip, 0x04034b50, name, file, offset: null);
            zip.Write(file.Deflated);
            Header(central, 0x02014b50, name, file, offset);
        }

        var start = (uint)zip.Position;
        central.Position = 0;
        central.CopyTo(zip);
        Span<byte> end = stackalloc byte[22];
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054b50);
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], (ushort)files.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], (ushort)files.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], (uint)central.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], start);
        zip.Write(end);
        return zip.ToArray();
    }

    // A local header (offset null) or a central directory's entry: deflated, dated 1980-01-01.
    private static void Header(Stream to, uint signature, string name, PackedFile file, uint? offset)
    {
        var nameBytes = System.Text.Encoding.UTF8.GetBytes(name);
        var head = new byte[offset is null ? 30 : 46];
        var at = 0;
        void U16(int value) { BinaryPrimitives.WriteUInt16LittleEndian(head.AsSpan(at), (ushort)value); at += 2; }
        void U32(uint value) { BinaryPrimitives.WriteUInt32LittleEndian(head.AsSpan(at), value); at += 4; }
        U32(signature);
        if (offset is not null)
        {
            U16(20);
        }

        U16(20);
        U16(0);
        U16(8);
        U16(0);
        U16(0x21);
        U32(file.Crc);
        U32((uint)file.Deflated.Length);
        U32((uint)file.Length);
        U16(nameBytes.Length);
        U16(0);
        if (offset is not null)
        {
            U16(0);
            U16(0);
            U16(0);
            U32(0);
            U32(offset.Value);
        }

        to.Write(head);
        to.Write(nameBytes);
    }

    private static byte[] Compressed(byte[] bytes, bool flush)
    {
        using var packed = new MemoryStream();
        using (var deflate = new DeflateStream(packed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            deflate.Write(bytes);
            if (flush)
            {
                deflate.Flush();
                return packed.ToArray();
            }
        }

        return packed.ToArray();
    }
}
