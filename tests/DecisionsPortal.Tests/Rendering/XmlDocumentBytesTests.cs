using System.Text;
using DecisionsPortal.Rendering;

namespace DecisionsPortal.Tests.Rendering;

public sealed class XmlDocumentBytesTests
{
    private const string Feed = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Päätökset</title></feed>\n";

    private static string Write() => Encoding.UTF8.GetString(XmlDocumentBytes.Write(xml =>
    {
        xml.WriteStartElement("feed", "http://www.w3.org/2005/Atom");
        xml.WriteElementString("title", "http://www.w3.org/2005/Atom", "Päätökset");
        xml.WriteEndElement();
    }));

    [Fact]
    public void Files_written_one_after_another_are_each_a_whole_document_of_their_own()
    {
        Assert.Equal(Feed, Write());
        Assert.Equal(Feed, Write());
    }

    [Fact]
    public void A_file_written_after_one_that_failed_midway_holds_nothing_of_it()
    {
        // serve goes on after a failed build: its next feed must not end the failed one's elements.
        Assert.Throws<InvalidOperationException>(() => XmlDocumentBytes.Write(xml =>
        {
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            xml.WriteStartElement("url", "http://www.sitemaps.org/schemas/sitemap/0.9");
            throw new InvalidOperationException("a template failed");
        }));

        Assert.Equal(Feed, Write());
    }
}
