using System.Buffers.Binary;

namespace DecisionsPortal.Content;

/// <summary>
/// The files of a zip packed by a method the build cannot unpack: 7-Zip and WinZip may pack with
/// bzip2, LZMA or others; .NET unpacks only stored and deflated files. Such a zip is no damaged
/// one, and the editor is told which of its files were not read (<see cref="AttachmentText.Packed"/>).
/// </summary>
internal static class ZipMethods
{
    /// <summary>The places in the zip's central directory (the order of its entries) of the files packed otherwise; none where the directory cannot be read here (ZIP64).</summary>
    public static HashSet<int> Unsupported(Stream file)
    {
        var unsupported = new HashSet<int>();
        var end = EndRecord(file);
        if (end.Length < 22)
        {
            return unsupported;
        }

        var count = BinaryPrimitives.ReadUInt16LittleEndian(end.AsSpan(10));
        var size = BinaryPrimitives.ReadUInt32LittleEndian(end.AsSpan(12));
        var offset = BinaryPrimitives.ReadUInt32LittleEndian(end.AsSpan(16));
        if ((long)offset + size > file.Length || size > 64 << 20)
        {
            return unsupported;
        }

        var directory = new byte[size];
        file.Position = offset;
        file.ReadExactly(directory);
        file.Position = 0;
        var at = 0;
        for (var i = 0; i < count && at + 46 <= directory.Length && directory.AsSpan(at, 4).SequenceEqual("PK\x01\x02"u8); i++)
        {
            var method = BinaryPrimitives.ReadUInt16LittleEndian(directory.AsSpan(at + 10));
            if (method is not (0 or 8 or 9))
            {
                unsupported.Add(i);
            }

            at += 46 + BinaryPrimitives.ReadUInt16LittleEndian(directory.AsSpan(at + 28)) + BinaryPrimitives.ReadUInt16LittleEndian(directory.AsSpan(at + 30)) + BinaryPrimitives.ReadUInt16LittleEndian(directory.AsSpan(at + 32));
        }

        return unsupported;
    }

    /// <summary>
    /// The zip's end record and what follows it (its comment), found in its last 64 KB and read before
    /// the zip is opened; empty where there is none. The stream is left at its start.
    /// </summary>
    internal static byte[] EndRecord(Stream file)
    {
        var tail = new byte[(int)Math.Min(file.Length, ushort.MaxValue + 22)];
        file.Position = file.Length - tail.Length;
        file.ReadExactly(tail);
        file.Position = 0;
        var end = tail.AsSpan().LastIndexOf("PK\x05\x06"u8);
        return end < 0 ? [] : tail[end..];
    }

    /// <summary>
    /// Whether the file starts as a zip does but has no end record to count its entries by: a
    /// download broken off. Its files cannot be read here, yet an unzipper that walks them from the
    /// start (7-Zip) unpacks them, so it is told as damaged, not read as a file of unknown kind.
    /// </summary>
    internal static bool CutShort(Stream file)
    {
        Span<byte> head = stackalloc byte[4];
        file.Position = 0;
        var starts = file.ReadAtLeast(head, 4, throwOnEndOfStream: false) == 4 && head.SequenceEqual("PK\x03\x04"u8);
        return starts && EndRecord(file).Length < 12;
    }
}
