using System.Xml;
using DecisionsPortal.Configuration;
using DecisionsPortal.Content;
using DecisionsPortal.Output;
using DecisionsPortal.Site;

namespace DecisionsPortal.Rendering.Feeds;

/// <summary>
/// Writes one Atom 1.0 feed (RFC 4287) of decisions: a listing's, a case's or a meeting's. Ids are
/// tag URIs made of the site's host, the language and the decision's key, so renaming a title or
/// rebuilding never makes a feed reader show a decision twice; times come from the decision's date.
/// </summary>
public static class AtomWriter
{
    public const int EntriesPerFeed = 50;

    // A tag URI needs a date on which the site owned its host name; a fixed one keeps ids stable.
    private const string TagDate = "2025";

    private const string Atom = "http://www.w3.org/2005/Atom";

    public static string TagUri(SiteModel site, string specific)
    {
        var baseUrl = site.Config.BaseUrl;
        return $"tag:{baseUrl.IdnHost},{TagDate}:{baseUrl.AbsolutePath.TrimStart('/')}{specific}";
    }

    // The key's parts escaped as a link's are: a key of slugs, nearly every one, is its own id part.
    public static string EntryId(SiteModel site, DecisionPage page) => TagUri(site, $"{page.Language}/{UrlPath.Escape(page.Decision.Key)}");

    /// <param name="id">The feed's own part of its tag URI, e.g. "fi/feed/body/kaupunginhallitus".</param>
    public static OutputFile Write(SiteModel site, string language, string feedPath, string id, string title, string alternatePath, IReadOnlyList<DecisionPage> entries)
    {
        var config = site.Config;
        var paths = site.Paths;
        // Not indented, a line for the feed's head and one for each entry: indentation was a
        // sixteenth of a feed's bytes, and a site has a feed for every case.
        var bytes = XmlDocumentBytes.Write(xml =>
        {
            xml.WriteStartElement("feed", Atom);
            xml.WriteAttributeString("xml", "lang", null, language);
            xml.WriteElementString("id", Atom, TagUri(site, id));
            xml.WriteElementString("title", Atom, title);
            xml.WriteElementString("updated", Atom, FeedTimes.Format(FeedTimes.Updated(site, entries)));
            Link(xml, "self", paths.Absolute(feedPath), "application/atom+xml");
            Link(xml, "alternate", paths.Absolute(alternatePath), "text/html");
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, config.Title[language]);
            xml.WriteElementString("uri", Atom, paths.Absolute(paths.Home(language)));
            xml.WriteEndElement();
            xml.WriteElementString("generator", Atom, "DecisionsPortal");
            if (config.DataLicence is { } licence)
            {
                Link(xml, "license", licence.Url.AbsoluteUri, "text/html");
                xml.WriteElementString("rights", Atom, $"{licence.Name} ({licence.Url.AbsoluteUri})");
            }

            foreach (var page in entries)
            {
                xml.WriteWhitespace("\n");
                Entry(xml, site, page, language);
            }

            xml.WriteWhitespace("\n");
            xml.WriteEndElement();
        });

        return new OutputFile(feedPath, bytes);
    }


    private static void Entry(XmlWriter xml, SiteModel site, DecisionPage page, string language)
    {
        var config = site.Config;
        var d = page.Decision;
        xml.WriteStartElement("entry", Atom);
        if (d.Language != language)
        {
            // Listed here without a version in this language: say which language the entry is in.
            xml.WriteAttributeString("xml", "lang", null, d.Language);
        }

        xml.WriteElementString("id", Atom, EntryId(site, page));
        xml.WriteElementString("title", Atom, d.Title);
        xml.WriteElementString("updated", Atom, FeedTimes.Format(FeedTimes.Changed(site, page)));
        xml.WriteElementString("published", Atom, FeedTimes.Format(FeedTimes.Published(site, page)));
        Link(xml, "alternate", site.Paths.Absolute(page.Path), "text/html");
        Link(xml, "related", site.Paths.Absolute(site.Paths.DecisionData(page.Path)), "application/json");
        xml.WriteStartElement("author", Atom);
        xml.WriteElementString("name", Atom, config.FindBody(d.Body)!.Label(d.Language));
        xml.WriteElementString("uri", Atom, site.Paths.Absolute(site.Paths.Listing(d.Language, ListingKind.Body, d.Body)));
        xml.WriteEndElement();
        foreach (var topic in d.Topics)
        {
            xml.WriteStartElement("category", Atom);
            xml.WriteAttributeString("term", topic);
            xml.WriteAttributeString("label", config.FindTopic(topic)!.Label(d.Language));
            xml.WriteAttributeString("scheme", site.Paths.Absolute(site.Paths.Index(d.Language, ListingKind.Topic)));
            xml.WriteEndElement();
        }

        xml.WriteStartElement("summary", Atom);
        xml.WriteAttributeString("type", "text");
        xml.WriteString(Meeting(config, d) + DecisionOutcome.Plain(site, d));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    // An agenda item's entry is dated by the build that shows it, so its summary says when it is
    // to be decided.
    private static string Meeting(SiteConfig config, Decision d)
    {
        if (!DecisionStatuses.IsPending(d))
        {
            return "";
        }

        var strings = config.Strings[d.Language];
        return $"{strings.Text.GetValueOrDefault("agenda_meeting_day", "")} {d.Date.ToString(strings.DateFormat, CultureInfo.InvariantCulture)}. ".TrimStart();
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
