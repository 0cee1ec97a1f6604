using System.Xml.Linq;

namespace DecisionsPortal.Tests.Support.Quality;

/// <summary>Well-formedness of every XML file of an output folder: feeds, sitemap, OpenSearch, SVG.</summary>
public static class XmlFiles
{
    public static bool IsXml(string file) =>
        Path.GetExtension(file) is ".xml" or ".atom" or ".rss" or ".xsl" or ".svg" or ".opensearch";

    /// <summary>One line per file that an XML parser rejects; empty when all parse.</summary>
    public static IReadOnlyList<string> Check(string outputFolder)
    {
        var problems = new List<string>();
        foreach (var file in HtmlFiles.All(outputFolder).Where(IsXml))
        {
            try
            {
                XDocument.Load(Path.Combine(outputFolder, file));
            }
            catch (System.Xml.XmlException e)
            {
                problems.Add($"{file}: {e.Message}");
            }
        }

        return problems;
    }
}
