using System.Formats.Tar;

namespace DecisionsPortal.Content;

/// <summary>
/// The files of a tar (a Linux or macOS archiver's, a register's export, '.tar.gz' once gunzipped):
/// stored one after another as they are, so a packed file's words (a Word document's) are not in its
/// runs of text. Each file's name is given as a zip's is, and what the reader given reads of it.
/// </summary>
internal static class TarFiles
{
    /// <summary>
    /// Its files' names and words; <paramref name="damaged"/> is told where the tar stops being one
    /// (a download broken off): what was read before is kept.
    /// </summary>
    public static string Of(byte[] tar, Func<string, Stream, string> file, Action damaged)
    {
        var text = new StringBuilder();
        var sound = SoundLength(tar);
        try
        {
            using var reader = new TarReader(new MemoryStream(tar, 0, sound, writable: false));
            while (reader.GetNextEntry() is { } entry)
            {
                text.Append(entry.Name).Append('\n').Append(ZipNames.Spaced(entry.Name)).Append('\n');
                if (entry.EntryType is TarEntryType.RegularFile or TarEntryType.V7RegularFile or TarEntryType.ContiguousFile && entry.DataStream is { } data)
                {
                    text.Append(file(entry.Name, data)).Append('\n');
                }
            }
        }
        // A header's size past what its kind may hold (a 'long name' of gigabytes), or a size in
        // base-256 past a long, is .NET's InvalidOperationException or OverflowException: damaged all the same.
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or FormatException or ArgumentException or InvalidOperationException or OverflowException)
        {
            damaged();
            return text.ToString();
        }

        if (sound < tar.Length)
        {
            damaged();
        }

        return text.ToString();
    }

    // How much of the tar is read: up to the first header of a long name or extended attributes
    // whose size is past the tar's end. .NET rents such a header's size before it reads it, so a
    // 1.5 KB tar that claims a gigabyte would take a gigabyte; a file's data is read as a stream.
    private static int SoundLength(byte[] tar)
    {
        for (var at = 0; at + Block <= tar.Length;)
        {
            var header = tar.AsSpan(at, Block);
            if (!header.ContainsAnyExcept((byte)0) || Size(header[124..136]) is not { } size)
            {
                break;
            }

            if (size > tar.Length - at - Block)
            {
                return header[156] is (byte)'x' or (byte)'g' or (byte)'L' or (byte)'K' ? at : tar.Length;
            }

            at += Block + (int)((size + Block - 1) / Block * Block);
        }

        return tar.Length;
    }

    // A header's size: octal digits, or base-256 where its first byte's high bit is set; null where it is neither (or negative).
    private static long? Size(ReadOnlySpan<byte> field)
    {
        if ((field[0] & 0x80) != 0)
        {
            var low = System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(field[4..]);
            return field[0] != 0x80 ? null : field[1..4].ContainsAnyExcept((byte)0) || low > long.MaxValue ? long.MaxValue : (long)low;
        }

        long value = 0;
        foreach (var b in field.Trim((byte)' ').TrimEnd((byte)0).Trim((byte)' '))
        {
            if (b is < (byte)'0' or > (byte)'7' || value > long.MaxValue / 8)
            {
                return null;
            }

            value = (value * 8) + (b - '0');
        }

        return value;
    }

    private const int Block = 512;
}
