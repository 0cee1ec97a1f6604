using System.Xml;

namespace DecisionsPortal.Rendering;

/// <summary>
/// The bytes of an XML file as feeds and sitemaps write it: UTF-8 without a byte order mark, the
/// declaration on a line of its own, "\n" line ends and a last "\n". Written into a buffer each
/// thread keeps, so a file costs one array of its own size: a stream per file, grown by doubling
/// and copied out twice, was most of what a build's 4,000 feeds allocated.
/// </summary>
public static class XmlDocumentBytes
{
    private const int KeptCapacity = 1 << 20;

    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), NewLineChars = "\n" };

    [ThreadStatic]
    private static MemoryStream? buffer;

    /// <param name="capacity">The bytes expected, when known to be many: the buffer is made that large at once rather than doubled on the way.</param>
    public static byte[] Write(Action<XmlWriter> body, int capacity = 0)
    {
        var stream = buffer ??= new MemoryStream(16 * 1024);
        stream.SetLength(0);
        if (stream.Capacity < capacity)
        {
            stream.Capacity = capacity;
        }

        using (var xml = XmlWriter.Create(stream, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteWhitespace("\n");
            body(xml);
            xml.WriteEndDocument();
        }

        var length = (int)stream.Length;
        var bytes = GC.AllocateUninitializedArray<byte>(length + 1);
        stream.GetBuffer().AsSpan(0, length).CopyTo(bytes);
        bytes[length] = (byte)'\n';
        if (stream.Capacity > KeptCapacity)
        {
            // A site's one large sitemap is not held by the thread for the rest of the build.
            buffer = null;
        }

        return bytes;
    }
}
