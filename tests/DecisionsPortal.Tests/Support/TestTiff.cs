namespace DecisionsPortal.Tests.Support;

/// <summary>
/// A little-endian TIFF as a scanner writes one: a directory a page, each with its width and,
/// where given, its DocumentName (ASCII, ending in 0) after the directories; no pixels.
/// </summary>
public static class TestTiff
{
    public static byte[] Of(params string?[] documentNames)
    {
        var directories = new List<byte>();
        var values = new List<byte>();
        var valuesAt = 8 + documentNames.Sum(n => 2 + (12 * (n is null ? 1 : 2)) + 4);
        for (var i = 0; i < documentNames.Length; i++)
        {
            var name = documentNames[i];
            var at = 8 + directories.Count;
            var entries = name is null ? 1 : 2;
            directories.AddRange(U16(entries));
            directories.AddRange([.. U16(0x0100), .. U16(3), .. U32(1), .. U32(100)]);
            if (name is not null)
            {
                var bytes = System.Text.Encoding.UTF8.GetBytes(name + "\0");
                directories.AddRange([.. U16(0x010D), .. U16(2), .. U32((uint)bytes.Length), .. U32((uint)(valuesAt + values.Count))]);
                values.AddRange(bytes);
            }

            var next = at + 2 + (12 * entries) + 4;
            directories.AddRange(U32(i + 1 < documentNames.Length ? (uint)next : 0));
        }

        return [.. "II"u8, 42, 0, .. U32(8), .. directories, .. values];
    }

    /// <summary>
    /// The TIFF given after a later edit of its first page, as libtiff (tiffset) leaves it: that
    /// page's directory written anew at the file's end, pointing back to the second page's; the
    /// old one stays where it was, unused.
    /// </summary>
    public static byte[] WithFirstPageRewritten(byte[] tiff)
    {
        var first = BitConverter.ToUInt32(tiff, 4);
        var entries = BitConverter.ToUInt16(tiff, (int)first);
        var directory = tiff.AsSpan((int)first, 2 + (12 * entries) + 4).ToArray();
        byte[] padded = [.. tiff, .. new byte[tiff.Length % 2]];
        return [.. padded[..4], .. U32((uint)padded.Length), .. padded[8..], .. directory];
    }

    /// <summary>A little-endian BigTIFF of one page whose DocumentName is given: 8-byte counts and offsets, 20-byte entries.</summary>
    public static byte[] Big(string documentName)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(documentName + "\0");
        return [.. "II"u8, 43, 0, 8, 0, 0, 0, .. U64(16), .. U64(2),
            .. U16(0x0100), .. U16(3), .. U64(1), .. U64(100),
            .. U16(0x010D), .. U16(2), .. U64((ulong)bytes.Length), .. U64(16 + 8 + 40 + 8),
            .. U64(0), .. bytes];
    }

    private static byte[] U64(ulong value) => [.. U32((uint)value), .. U32((uint)(value >> 32))];

    private static byte[] U16(int value) => [(byte)value, (byte)(value >> 8)];

    private static byte[] U32(uint value) => [(byte)value, (byte)(value >> 8), (byte)(value >> 16), (byte)(value >> 24)];
}
