using System.Buffers.Binary;

namespace DecisionsPortal.Content;

/// <summary>
/// A file a document embeds as an object (Word's Insert, Object: a PDF, a workbook, any file
/// packaged), published inside it and opened with a double click: an RTF file keeps it as an OLE1
/// object in hex (<c>\objdata</c>), an Office document as a compound file (<c>oleObject1.bin</c>).
/// Each gives the words of its wrapping (its class, a packaged file's name and path, a linked file's
/// path) and the file it holds, named as the file of its kind, to be read as an attachment of that kind.
/// </summary>
internal static class EmbeddedObjects
{
    /// <summary>An embedded object's words and the file in it (no bytes where it holds none: a linked object).</summary>
    public readonly record struct Embedded(string Words, string Name, byte[] Bytes);

    // The streams of a compound object that hold its file: a packaged file, a PDF (Acrobat's), a
    // workbook or document (Office's, a zip), an OpenDocument (LibreOffice's).
    private const string Native = "\u0001Ole10Native";
    private static readonly string[] Streams = [Native, "CONTENTS", "Package", "EmbeddedOdf"];

    /// <summary>
    /// RTF's object: an OLE1 header (its version, its kind, its class, topic and item: a linked
    /// file's path) and, of an embedded one, its native data: a compound file, a packaged file, or the file itself.
    /// </summary>
    public static Embedded Ole1(byte[] data)
    {
        var at = 8;
        var words = new StringBuilder();
        for (var i = 0; i < 3; i++)
        {
            words.Append(Ansi(data, ref at)).Append('\n');
        }

        if (data.Length < 8 || BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(4)) != 2 || at + 4 > data.Length)
        {
            return new(words.ToString(), "", []);
        }

        var size = BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(at));
        var native = data[(at + 4)..(int)Math.Min(data.Length, at + 4 + (long)size)];
        var held = words.ToString().StartsWith("Package\n", StringComparison.Ordinal) ? Packaged(native) : Compound(native);
        return held with { Words = words + held.Words };
    }

    /// <summary>An Office document's object (<c>oleObject1.bin</c>), or any native data: the file its compound file holds, or the bytes as they are.</summary>
    public static Embedded Compound(byte[] data) => CompoundFiles.Stream(data, Streams) switch
    {
        (Native, var bytes) => Packaged(bytes.Length > 4 ? bytes[4..] : []),
        (_, var bytes) => new("", Named(bytes), bytes),
        null => new("", Named(data), data),
    };

    /// <summary>
    /// An Outlook message's (.msg, a compound file) attached files: each attachment's data stream
    /// ('__substg1.0_37010102', in a message attached to it too), stored as it is, named as the file of its kind.
    /// </summary>
    public static IEnumerable<Embedded> MessageAttachments(byte[] message) =>
        CompoundFiles.Streams(message, n => n.Equals("__substg1.0_37010102", StringComparison.OrdinalIgnoreCase)).Select(s => new Embedded("", Named(s.Bytes), s.Bytes));

    // The Packager's file: its label (the file's name under its icon), its path where it was
    // packaged, its path when it was last opened, then its bytes.
    private static Embedded Packaged(byte[] package)
    {
        var at = 2;
        var label = Zero(package, ref at);
        var path = Zero(package, ref at);
        at += 4;
        var temporary = Ansi(package, ref at);
        var size = at + 4 <= package.Length ? BinaryPrimitives.ReadUInt32LittleEndian(package.AsSpan(at)) : 0;
        var bytes = at + 4 <= package.Length ? package[(at + 4)..(int)Math.Min(package.Length, at + 4 + (long)size)] : [];
        var name = Path.GetFileName(label.Replace('\\', '/'));
        return new($"{label}\n{ZipNames.Spaced(label)}\n{path}\n{temporary}\n", name.Length > 0 ? name : Named(bytes), bytes);
    }

    // A name of the kind the bytes are, for a file the object does not name.
    private static string Named(byte[] bytes) =>
        bytes.AsSpan().StartsWith("%PDF"u8) ? "objekti.pdf"
        : bytes.AsSpan().StartsWith("PK\u0003\u0004"u8) ? bytes.AsSpan().IndexOf("[Content_Types].xml"u8) >= 0 || bytes.AsSpan().IndexOf("mimetypeapplication/vnd.oasis"u8) >= 0 ? "objekti.docx" : "objekti.zip"
        : bytes.AsSpan().StartsWith("{\\rtf"u8) ? "objekti.rtf"
        : "objekti.doc";

    // A string of its length (four bytes, its zero included) then its bytes, as Windows' code page writes them.
    private static string Ansi(byte[] data, ref int at)
    {
        if (at + 4 > data.Length)
        {
            return "";
        }

        var length = (int)Math.Min(BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(at)), data.Length - at - 4);
        at += 4;
        var text = Encoding.Latin1.GetString(data, at, length).TrimEnd('\0');
        at += length;
        return text;
    }

    // A string ended by a zero byte.
    private static string Zero(byte[] data, ref int at)
    {
        var start = Math.Min(at, data.Length);
        var end = data.AsSpan(start).IndexOf((byte)0);
        var length = end < 0 ? data.Length - start : end;
        at = start + length + 1;
        return Encoding.Latin1.GetString(data, start, length);
    }
}
