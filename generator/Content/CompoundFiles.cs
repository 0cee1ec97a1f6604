using System.Buffers.Binary;

namespace DecisionsPortal.Content;

/// <summary>
/// An OLE compound file: an old Word, Excel or PowerPoint file (.doc, .xls, .ppt), and the file in
/// which Office saves a new one (.docx, .xlsx, .pptx) protected with a password, its zip encrypted
/// in a stream named 'EncryptedPackage'. An old file given the new name holds no such stream: it is
/// read as the old format it is (<see cref="FileStrings"/>), not told as protected.
/// </summary>
internal static class CompoundFiles
{
    private static ReadOnlySpan<byte> Signature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    // A directory entry's name, UTF-16 with its terminating zero, and the length written after it (at 64).
    private static readonly byte[] Package = System.Text.Encoding.Unicode.GetBytes("EncryptedPackage\0");

    private const int EntrySize = 128;

    /// <summary>Whether the file is a compound file holding an encrypted Office document.</summary>
    public static bool IsEncrypted(Stream file)
    {
        file.Position = 0;
        Span<byte> head = stackalloc byte[8];
        if (file.ReadAtLeast(head, 8, throwOnEndOfStream: false) != 8 || !head.SequenceEqual(Signature))
        {
            return false;
        }

        // The directory's sectors may be anywhere in the file, but every sector starts at a multiple
        // of 512 bytes and every entry at a multiple of 128: each such place is looked at.
        file.Position = 0;
        var buffer = new byte[1 << 20];
        for (int read; (read = file.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false)) > 0;)
        {
            for (var at = 0; at + EntrySize <= read; at += EntrySize)
            {
                if (buffer.AsSpan(at, Package.Length).SequenceEqual(Package) && buffer[at + 64] == Package.Length && buffer[at + 65] == 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The first of the named streams the compound file held whole holds (an embedded object's 'CONTENTS', 'Package', '\x01Ole10Native'):
    /// its name and bytes, or null where it is no compound file or holds none.
    /// </summary>
    public static (string Name, byte[] Bytes)? Stream(byte[] file, params string[] names) =>
        Streams(file, n => names.Contains(n, StringComparer.OrdinalIgnoreCase)).Select(s => ((string, byte[])?)s).FirstOrDefault();

    /// <summary>
    /// The streams whose names are wanted, in the order of the directory: none where it is no compound file.
    /// Its chains of sectors are followed at most as many steps as the file has sectors, so a chain that
    /// loops ends, and no more bytes are given in all than the file has, however many entries share a chain.
    /// </summary>
    public static IEnumerable<(string Name, byte[] Bytes)> Streams(byte[] file, Func<string, bool> wanted)
    {
        if (file.Length < 512 || !file.AsSpan(0, 8).SequenceEqual(Signature))
        {
            yield break;
        }

        var shift = BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(0x1E));
        var miniShift = BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(0x20));
        if (shift is not (9 or 12) || miniShift != 6)
        {
            yield break;
        }

        var sectors = (file.Length >> shift) - 1;
        var fat = Fat(file, shift, sectors);
        var directory = Chain(file, shift, fat, BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(0x30)), long.MaxValue);
        var cutoff = BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(0x38));
        byte[]? mini = null;
        uint[]? miniFat = null;
        long given = 0;
        for (var at = 0; at + EntrySize <= directory.Length && given <= file.Length; at += EntrySize)
        {
            var nameLength = Math.Min(64, (int)BinaryPrimitives.ReadUInt16LittleEndian(directory.AsSpan(at + 64)));
            var name = System.Text.Encoding.Unicode.GetString(directory, at, Math.Max(0, nameLength - 2));
            var start = BinaryPrimitives.ReadUInt32LittleEndian(directory.AsSpan(at + 116));
            var size = (long)BinaryPrimitives.ReadUInt32LittleEndian(directory.AsSpan(at + 120));
            // The mini stream is the root entry's, the directory's first: another entry of its type
            // (in a damaged or hostile file) is none, or the whole file would be read again for each.
            if (at == 0 && directory[at + 66] == 5)
            {
                mini = Chain(file, shift, fat, start, size);
                miniFat = Fat(Chain(file, shift, fat, BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(0x3C)), long.MaxValue));
            }
            else if (directory[at + 66] == 2 && wanted(name))
            {
                var bytes = size < cutoff && mini is not null && miniFat is not null ? Chain(mini, miniShift, miniFat, start, size, offset: 0) : Chain(file, shift, fat, start, size);
                given += bytes.Length;
                yield return (name, bytes);
            }
        }
    }

    // The file allocation table: its sectors named in the header (109) and in the chain of DIFAT sectors after it.
    private static uint[] Fat(byte[] file, int shift, long sectors)
    {
        var places = new List<uint>();
        for (var i = 0; i < 109; i++)
        {
            places.Add(BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(0x4C + (4 * i))));
        }

        var difat = BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(0x44));
        for (var steps = 0L; difat < sectors && steps < sectors; steps++)
        {
            var sector = file.AsSpan((int)((difat + 1) << shift), 1 << shift);
            for (var i = 0; i + 4 < sector.Length; i += 4)
            {
                places.Add(BinaryPrimitives.ReadUInt32LittleEndian(sector[i..]));
            }

            difat = BinaryPrimitives.ReadUInt32LittleEndian(sector[^4..]);
        }

        using var table = new MemoryStream();
        foreach (var place in places.Where(p => p < sectors).Take((int)sectors))
        {
            table.Write(file, (int)((place + 1) << shift), 1 << shift);
        }

        return Fat(table.ToArray());
    }

    private static uint[] Fat(byte[] table)
    {
        var entries = new uint[table.Length / 4];
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = BinaryPrimitives.ReadUInt32LittleEndian(table.AsSpan(4 * i));
        }

        return entries;
    }

    // The bytes of a chain of sectors from 'start', at most 'size' of them; 'offset': one sector for
    // the file's (whose first sector is its header), none for the mini stream's.
    private static byte[] Chain(byte[] file, int shift, uint[] fat, uint start, long size, int offset = 1)
    {
        using var bytes = new MemoryStream();
        var sectorSize = 1 << shift;
        var most = Math.Min(fat.Length, file.Length >> shift);
        for (var (sector, steps) = (start, 0); sector < fat.Length && steps < most && bytes.Length < size; sector = fat[sector], steps++)
        {
            var at = (sector + (long)offset) << shift;
            if (at + sectorSize > file.Length)
            {
                break;
            }

            bytes.Write(file, (int)at, (int)Math.Min(sectorSize, size - bytes.Length));
        }

        return bytes.ToArray();
    }
}
