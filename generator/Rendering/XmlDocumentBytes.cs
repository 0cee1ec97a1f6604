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

    // The declaration WriteStartDocument writes for this encoding.
    private const string Declaration = "<?xml version=\"1.0\" encoding=\"utf-8\"?>";

    // A fragment's writer takes one document after another (a document's refuses a second root),
    // so a thread's writer, with its buffers of kilobytes, serves all of its files: a site has
    // tens of thousands of small feeds.
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(false),
        NewLineChars = "\n",
        ConformanceLevel = ConformanceLevel.Fragment,
    };

    [ThreadStatic]
    private static MemoryStream? buffer;

    [ThreadStatic]
    private static XmlWriter? writer;

    /// <param name="body">Writes the root element, closing every element it opens.</param>
    /// <param name="capacity">The bytes expected, when known to be many: the buffer is made that large at once rather than doubled on the way.</param>
    public static byte[] Write(Action<XmlWriter> body, int capacity = 0)
    {
        var stream = buffer ??= new MemoryStream(16 * 1024);
        stream.SetLength(0);
        if (stream.Capacity < capacity)
        {
            stream.Capacity = capacity;
        }

        var xml = writer ??= XmlWriter.Create(stream, Settings);
        try
        {
            xml.WriteRaw(Declaration);
            xml.WriteWhitespace("\n");
            body(xml);
            xml.Flush();
        }
        catch
        {
            // A writer stopped inside an element would write its end into the next file.
            writer = null;
            throw;
        }

        var length = (int)stream.Length;
        var bytes = GC.AllocateUninitializedArray<byte>(length + 1);
        stream.GetBuffer().AsSpan(0, length).CopyTo(bytes);
        bytes[length] = (byte)'\n';
        if (stream.Capacity > KeptCapacity)
        {
            // A site's one large sitemap is not held by the thread for the rest of the build.
            buffer = null;
            writer = null;
        }

        return bytes;
    }
}
