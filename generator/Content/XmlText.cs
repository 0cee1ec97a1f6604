using System.Xml;

namespace DecisionsPortal.Content;

/// <summary>
/// The words of an XML part inside an attachment (an office document's text or properties, an
/// XMP packet), read as a stream: a file is a stranger's, and a part nested thousands deep or
/// unpacking to gigabytes must not stop the build. What is read before a limit is checked; the
/// rest is not read.
/// </summary>
internal static partial class XmlText
{
    // Deeper than any office suite writes; past it a part is not read further.
    private const int MaxDepth = 256;

    /// <summary>
    /// As <see cref="Append(Stream, long, StringBuilder)"/>, of a packet held whole (XMP, an XML
    /// file). One that is not XML (a prefix never declared, a DOCTYPE) is published as it is,
    /// whatever a parser makes of it: where the parser stops, its characters up to the limit are
    /// read too, split at its markup (so that an attribute's value stands alone) and with its
    /// entities decoded. Its bytes are decoded as a text file's are, whatever encoding it declares:
    /// an old register writes Windows-1252 and declares UTF-8 or nothing, and a text editor shows
    /// the words a parser would refuse.
    /// </summary>
    public static void AppendPacket(ReadOnlySpan<byte> packet, int maxCharacters, StringBuilder text, bool comments = false)
    {
        var bytes = packet.ToArray();
        var decoded = AttachmentFileText.Decoded(bytes).TrimStart(Diagnostics.UnseenCharacters.ByteOrderMark);
        if (!Append(settings => XmlReader.Create(new StringReader(decoded), settings), maxCharacters, text, comments))
        {
            AppendMarkupSplit(decoded, maxCharacters, text);
        }

        // UTF-8 with a stray byte of another encoding (a field another program wrote) is decoded as
        // Windows-1252 above: its UTF-8 words are read as UTF-8 too.
        if (AttachmentFileText.AlsoAsUtf8(bytes) is { } utf8)
        {
            AppendMarkupSplit(utf8, maxCharacters, text);
        }
    }

    private static void AppendMarkupSplit(string words, int maxCharacters, StringBuilder text) =>
        text.Append(System.Net.WebUtility.HtmlDecode(Markup().Replace(words[..Math.Min(words.Length, maxCharacters)], "\n"))).Append('\n');

    // A paragraph's line break, tab or spaces written as an element (Word's w:br, w:cr, w:tab;
    // PowerPoint's a:br; OpenDocument's text:line-break, text:tab, text:s): the word before it ends
    // there, as a reader shows it. A run's other empty elements (a spell check's mark, a bookmark)
    // stand inside a word and join it.
    private static bool Break(string element, bool empty) => element is "br" or "cr" or "tab" or "line-break" || (element == "s" && empty);

    [System.Text.RegularExpressions.GeneratedRegex("[<>\"=]")]
    private static partial System.Text.RegularExpressions.Regex Markup();

    /// <summary>
    /// Appends the part's words: a paragraph's text nodes ('p', 'si', 'h': its runs split by a
    /// spell check) joined as one line, once however deep paragraphs nest; every attribute's value
    /// (a tracked change's author) a line of its own, and so each text node outside a paragraph (a
    /// chart's categories beside its title's paragraph, a cell's value). Returns false where a limit
    /// stopped the reading. <paramref name="comments"/>: its comments and processing instructions too,
    /// of a file published as its source (an XML file in a zip), not of a part that only a reader shows.
    /// </summary>
    public static bool Append(Stream stream, long maxCharacters, StringBuilder text, bool comments = false) =>
        Append(settings => XmlReader.Create(stream, settings), maxCharacters, text, comments);

    private static bool Append(Func<XmlReaderSettings, XmlReader> open, long maxCharacters, StringBuilder text, bool comments)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = maxCharacters, IgnoreComments = !comments, IgnoreProcessingInstructions = !comments };
        var paragraphs = new StringBuilder();
        var loose = new StringBuilder();
        var attributes = new StringBuilder();
        var paragraphDepth = -1;
        var complete = true;
        try
        {
            using var reader = open(settings);
            while (reader.Read())
            {
                if (reader.Depth > MaxDepth)
                {
                    complete = false;
                    break;
                }

                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        var empty = reader.IsEmptyElement;
                        if (paragraphDepth < 0 && !empty && reader.LocalName is "p" or "si" or "h")
                        {
                            paragraphDepth = reader.Depth;
                        }
                        else if (paragraphDepth >= 0 && Break(reader.LocalName, empty))
                        {
                            paragraphs.Append(' ');
                        }

                        while (reader.MoveToNextAttribute())
                        {
                            if (reader.Name != "xmlns" && reader.Prefix != "xmlns")
                            {
                                attributes.Append(reader.Value).Append('\n');
                            }
                        }

                        break;
                    case XmlNodeType.EndElement when reader.Depth == paragraphDepth:
                        paragraphs.Append('\n');
                        paragraphDepth = -1;
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                        if (paragraphDepth >= 0)
                        {
                            paragraphs.Append(reader.Value);
                        }
                        else if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA)
                        {
                            loose.Append(reader.Value).Append('\n');
                        }

                        break;
                    case XmlNodeType.Comment or XmlNodeType.ProcessingInstruction:
                        loose.Append(reader.Value).Append('\n');
                        break;
                }
            }
        }

        // Not XML, or past the characters allowed: what was read is still checked.
        catch (XmlException)
        {
            complete = false;
        }

        text.Append(paragraphs).Append('\n').Append(loose).Append(attributes);
        return complete;
    }
}
