using System.IO.Compression;

namespace DecisionsPortal.Tests.Support;

/// <summary>An office document (a zip of XML parts) of the parts given, as a word processor writes one.</summary>
public static class TestOfficeDocument
{
    public static byte[] Of(params (string Name, string Xml)[] parts)
    {
        using var bytes = new MemoryStream();
        using (var zip = new ZipArchive(bytes, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, xml) in parts.DistinctBy(p => p.Name))
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(xml);
            }
        }

        return bytes.ToArray();
    }

    /// <summary>A zip of the files given, each stored as its bytes.</summary>
    public static byte[] Files(params (string Name, byte[] Bytes)[] files)
    {
        using var bytes = new MemoryStream();
        using (var zip = new ZipArchive(bytes, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in files)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                stream.Write(content);
            }
        }

        return bytes.ToArray();
    }

    /// <summary>A Word document whose one hyperlink, on the word 'kauppakirja', leads to <paramref name="target"/>; its other parts as given.</summary>
    public static byte[] WordWithLink(string target, params (string Name, string Xml)[] more) => Of(
    [
        .. more,
        ("[Content_Types].xml", """<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>"""),
        ("word/document.xml", """<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body><w:p><w:r><w:t xml:space="preserve">Katso </w:t></w:r><w:hyperlink r:id="rId9"><w:r><w:t>kauppakirja</w:t></w:r></w:hyperlink></w:p></w:body></w:document>"""),
        ("word/_rels/document.xml.rels", $"""<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="{target}" TargetMode="External"/></Relationships>"""),
    ]);
}
