using System.Buffers.Binary;
using System.Text;

namespace DecisionsPortal.Tests.Support;

/// <summary>
/// A file embedded as an object, as Word writes one: the Packager's wrapping of any file, an OLE1
/// object in an RTF file's <c>\objdata</c> (hex, 128 digits a line), a compound file (an Office
/// document's <c>oleObject1.bin</c>: Acrobat's PDF in its 'CONTENTS' stream, a packaged file in '\x01Ole10Native').
/// </summary>
public static class TestEmbeddedObject
{
    /// <summary>The Packager's native data: the file's label and paths, then its bytes.</summary>
    public static byte[] Package(string label, byte[] bytes)
    {
        var ansi = Encoding.Latin1;
        var path = $@"C:\Users\mvirtanen\Documents\{label}";
        var temporary = $@"C:\Users\MVIRTA~1\AppData\Local\Temp\{label}";
        return [2, 0, .. ansi.GetBytes(label), 0, .. ansi.GetBytes(path), 0, 0, 0, 3, 0, .. Int(temporary.Length + 1), .. ansi.GetBytes(temporary), 0, .. Int(bytes.Length), .. bytes];
    }

    /// <summary>An OLE1 embedded object of the class given (its version, its kind, its class, no topic nor item, its native data).</summary>
    public static byte[] Ole1(string className, byte[] native) =>
        [1, 5, 0, 0, 2, 0, 0, 0, .. Int(className.Length + 1), .. Encoding.ASCII.GetBytes(className), 0, 0, 0, 0, 0, 0, 0, 0, 0, .. Int(native.Length), .. native];

    /// <summary>Word's RTF of a paragraph and the object, its data in hex (or after '\bin', as it is).</summary>
    public static byte[] Rtf(string className, byte[] objdata, bool bin = false)
    {
        var data = bin ? $"\\bin{objdata.Length} {Encoding.Latin1.GetString(objdata)}" : string.Join("\r\n", Convert.ToHexStringLower(objdata).Chunk(128).Select(c => new string(c)));
        return Encoding.Latin1.GetBytes("""
            {\rtf1\adeflang1025\ansi\ansicpg1252\uc1\adeff31507\deff0\stshfdbch31505\stshfloch31506\stshfhich31506\stshfbi31507\deflang1035\deflangfe1035\themelang1035{\fonttbl{\f0\fbidi \froman\fcharset0\fprq2{\*\panose 02020603050405020304}Times New Roman;}}
            {\*\generator Microsoft Word 16.0;}{\info{\author Maija Virtanen}{\operator Maija Virtanen}}
            \pard\plain \ltrpar\s0\ql \li0\ri0\sa160\sl259\slmult1\f0\fs22\lang1035 {\rtlch\fcs1 \af31507 \ltrch\fcs0 \insrsid1 Liitteen\'e4 hakemus:\par }
            {\object\objemb\objw1440\objh1000{\*\objclass CLASS}{\*\objdata
            DATA
            }{\result {\rtlch\fcs1 \af31507 \ltrch\fcs0 \insrsid1 {\pict\wmetafile8\picw2540\pich1764\picwgoal1440\pichgoal1000 0100090000030000000000000000}}}}
            \par }
            """.Replace("CLASS", className, StringComparison.Ordinal).Replace("DATA", data, StringComparison.Ordinal));
    }

    /// <summary>A compound file of one stream (at least 4 KB, past the mini stream, and at most 7 MB).</summary>
    public static byte[] Compound(string stream, byte[] bytes) => Compound((stream, bytes));

    /// <summary>
    /// A compound file of the streams given (each at least 4 KB, past the mini stream, at most 7 MB in all):
    /// its FAT, its directory, then the streams. A name with a '/' is a stream in a storage ('storage/stream').
    /// </summary>
    public static byte[] Compound(params (string Name, byte[] Bytes)[] streams)
    {
        var storages = streams.Select(s => s.Name.Split('/')).Where(p => p.Length == 2).Select(p => p[0]).Distinct().ToList();
        var entries = 1 + storages.Count + streams.Length;
        var directorySectors = (entries + 3) / 4;
        var sectors = streams.Sum(s => (s.Bytes.Length + 511) / 512);
        var fats = 1;
        while (fats * 128 < fats + directorySectors + sectors)
        {
            fats++;
        }

        var file = new byte[512 * (1 + fats + directorySectors + sectors)];
        CompoundHeader(file, 9, fats, (uint)fats, 0xFFFFFFFE, 0);
        var fat = new uint[fats * 128];
        Array.Fill(fat, 0xFFFFFFFF);
        fat.AsSpan(0, fats).Fill(0xFFFFFFFD);

        var next = fats;
        Chain(fat, ref next, directorySectors);
        var directory = file.AsSpan(512 * (1 + fats), 512 * directorySectors);
        Entry(directory[..128], "Root Entry", 5, 0xFFFFFFFE, 0, child: 1);
        for (var i = 0; i < storages.Count; i++)
        {
            Entry(directory.Slice(128 * (1 + i), 128), storages[i], 1, 0, 0, child: 0xFFFFFFFF);
        }

        for (var i = 0; i < streams.Length; i++)
        {
            var (name, bytes) = streams[i];
            var start = next;
            Chain(fat, ref next, (bytes.Length + 511) / 512);
            Entry(directory.Slice(128 * (1 + storages.Count + i), 128), name.Split('/')[^1], 2, (uint)start, (uint)bytes.Length, child: 0xFFFFFFFF);
            bytes.CopyTo(file, 512 * (1 + start));
        }

        for (var i = 0; i < fat.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(512 + (4 * i)), fat[i]);
        }

        return file;
    }

    /// <summary>
    /// A compound file's header: sectors of 1 &lt;&lt; <paramref name="shift"/> bytes, the FAT in the
    /// first <paramref name="fats"/> of them, the directory's and the mini FAT's chains from the sectors given.
    /// </summary>
    public static void CompoundHeader(Span<byte> file, int shift, int fats, uint directory, uint miniFat, int miniFats)
    {
        byte[] signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        signature.CopyTo(file);
        BinaryPrimitives.WriteUInt16LittleEndian(file[0x18..], 0x3E);
        BinaryPrimitives.WriteUInt16LittleEndian(file[0x1A..], (ushort)(shift == 12 ? 4 : 3));
        BinaryPrimitives.WriteUInt16LittleEndian(file[0x1C..], 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(file[0x1E..], (ushort)shift);
        BinaryPrimitives.WriteUInt16LittleEndian(file[0x20..], 6);
        BinaryPrimitives.WriteUInt32LittleEndian(file[0x2C..], (uint)fats);
        BinaryPrimitives.WriteUInt32LittleEndian(file[0x30..], directory);
        BinaryPrimitives.WriteUInt32LittleEndian(file[0x38..], 4096);
        BinaryPrimitives.WriteUInt32LittleEndian(file[0x3C..], miniFat);
        BinaryPrimitives.WriteUInt32LittleEndian(file[0x40..], (uint)miniFats);
        BinaryPrimitives.WriteUInt32LittleEndian(file[0x44..], 0xFFFFFFFE);
        file.Slice(0x4C, 436).Fill(0xFF);
        for (var i = 0; i < fats; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(file[(0x4C + (4 * i))..], (uint)i);
        }
    }

    // A chain of sectors from 'next' on, ended in the FAT.
    private static void Chain(uint[] fat, ref int next, int sectors)
    {
        for (var i = 0; i < sectors; i++, next++)
        {
            fat[next] = i == sectors - 1 ? 0xFFFFFFFE : (uint)(next + 1);
        }
    }

    private static void Entry(Span<byte> entry, string name, byte type, uint start, uint size, uint child)
    {
        var bytes = Encoding.Unicode.GetBytes(name + "\0");
        bytes.CopyTo(entry);
        BinaryPrimitives.WriteUInt16LittleEndian(entry[64..], (ushort)bytes.Length);
        entry[66] = type;
        entry[67] = 1;
        BinaryPrimitives.WriteUInt32LittleEndian(entry[68..], 0xFFFFFFFF);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[72..], 0xFFFFFFFF);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[76..], child);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[116..], start);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[120..], size);
    }

    private static byte[] Int(int value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        return bytes;
    }
}
