using System.IO.Compression;
using System.Xml.Linq;

namespace DecisionsPortal.Content;

/// <summary>
/// An office document (Word, Excel, PowerPoint; OpenDocument) is a zip of XML parts: its text,
/// with the authors of tracked changes and comments, and its properties (<c>docProps/</c>,
/// <c>meta.xml</c>: the author, the last to save it). The check of marked words reads both, as it
/// reads a PDF's (<see cref="Site.AttachmentCopies"/>); search does not.
/// </summary>
public static class OfficeDocument
{
    public static bool IsOne(string file) => Path.GetExtension(file).ToLowerInvariant() is
        ".docx" or ".xlsx" or ".pptx" or ".odt" or ".ods" or ".odp" or ".odg";

    /// <summary>The words of its text parts, a paragraph a line; empty for a file that cannot be read.</summary>
    public static string Text(string path) => Parts(path, name => !IsProperties(name));

    /// <summary>The words of its properties, a value a line.</summary>
    public static string Properties(string path) => Parts(path, IsProperties);

    private static bool IsProperties(string name) => name.StartsWith("docProps/", StringComparison.Ordinal) || name == "meta.xml";

    private static string Parts(string path, Func<string, bool> wanted)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            var text = new System.Text.StringBuilder();
            foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) && wanted(e.FullName)))
            {
                using var stream = entry.Open();
                text.Append(Words(XDocument.Load(stream).Root)).Append('\n');
            }

            return text.ToString();
        }

        // A damaged or encrypted document has no words to find here; it is published as it is.
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException or System.Xml.XmlException)
        {
            return "";
        }
    }

    // A paragraph's runs ('Maija Meik' 'äläinen', split by a spell check or an edit) joined as one
    // line; every attribute's value (a tracked change's author) a line of its own.
    private static string Words(XElement? root)
    {
        if (root is null)
        {
            return "";
        }

        var elements = root.DescendantsAndSelf().ToList();
        var paragraphs = elements.Where(e => e.Name.LocalName is "p" or "si" or "h").Select(e => e.Value).ToList();
        var texts = paragraphs.Count > 0 ? paragraphs : elements.SelectMany(e => e.Nodes().OfType<XText>()).Select(t => t.Value);
        return string.Join('\n', texts.Concat(elements.SelectMany(e => e.Attributes()).Where(a => !a.IsNamespaceDeclaration).Select(a => a.Value)));
    }
}
