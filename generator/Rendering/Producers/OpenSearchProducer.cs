using System.Xml;
using DecisionsPortal.Output;
using DecisionsPortal.Site;

namespace DecisionsPortal.Rendering.Producers;

/// <summary>
/// An OpenSearch description per language (<c>&lt;lang&gt;/opensearch.xml</c>), which every page
/// links, so a browser can add the site's search page (<c>&lt;lang&gt;/&lt;search&gt;/?q=…</c>) as a search engine.
/// </summary>
public sealed class OpenSearchProducer(SiteModel site) : IOutputProducer
{
    private const string Ns = "http://a9.com/-/spec/opensearch/1.1/";

    public IEnumerable<OutputFile> Produce()
    {
        foreach (var language in site.Config.Languages)
        {
            var strings = site.Config.Strings[language];
            var title = site.Config.Title[language];
            var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n", IndentChars = "  " };
            using var stream = new MemoryStream();
            using (var xml = XmlWriter.Create(stream, settings))
            {
                xml.WriteStartDocument();
                xml.WriteStartElement("OpenSearchDescription", Ns);
                // The specification caps ShortName at 16 characters and Description at 1024.
                xml.WriteElementString("ShortName", Ns, title.Length <= 16 ? title : title[..16].TrimEnd());
                xml.WriteElementString("Description", Ns, $"{strings.Text.GetValueOrDefault("search_site", title)}: {title}");
                xml.WriteElementString("InputEncoding", Ns, "UTF-8");
                xml.WriteElementString("Language", Ns, language);
                xml.WriteStartElement("Url", Ns);
                xml.WriteAttributeString("type", "text/html");
                xml.WriteAttributeString("method", "get");
                xml.WriteAttributeString("template", site.Paths.Absolute(site.Paths.Search(language)) + "?q={searchTerms}");
                xml.WriteEndElement();
                xml.WriteStartElement("Url", Ns);
                xml.WriteAttributeString("type", "application/opensearchdescription+xml");
                xml.WriteAttributeString("rel", "self");
                xml.WriteAttributeString("template", site.Paths.Absolute(site.Paths.OpenSearch(language)));
                xml.WriteEndElement();
                xml.WriteEndElement();
                xml.WriteEndDocument();
            }

            yield return new OutputFile(site.Paths.OpenSearch(language), [.. stream.ToArray(), (byte)'\n']);
        }
    }
}
