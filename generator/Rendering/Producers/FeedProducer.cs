using System.Text;
using System.Xml;
using DecisionsPortal.Output;
using DecisionsPortal.Site;

namespace DecisionsPortal.Rendering.Producers;

/// <summary>
/// Atom 1.0 feeds (RFC 4287) per language: all decisions, each organ, each topic and each person, the latest
/// <see cref="EntriesPerFeed"/> each, written beside their listing as <c>atom.xml</c>. Ids are tag
/// URIs made of the site's host, the language and the decision's key, so renaming a title or
/// rebuilding never makes a feed reader show a decision twice; times come from the content (<see cref="FeedTimes"/>).
/// </summary>
public sealed class FeedProducer : IOutputProducer
{
    public const int EntriesPerFeed = 50;

    // A tag URI needs a date on which the site owned its host name; a fixed one keeps ids stable.
    private const string TagDate = "2025";

    public IEnumerable<OutputFile> Produce(RenderContext context)
    {
        foreach (var language in context.Site.Languages)
        {
            yield return Later(context, language.All, language.Language);
            foreach (var index in language.Indexes.Where(i => HasFeed(i.Kind)))
            {
                foreach (var listing in index.Listings)
                {
                    yield return Later(context, listing, language.Language);
                }
            }
        }
    }

    // Made later, on all cores, by the Render stage; a feed shows no decision's body, so it depends on the site.
    private static OutputFile Later(RenderContext context, Listing listing, string language) =>
        OutputFile.Later(context.Site.Paths.Feed(language, listing.Kind, listing.Id), context.Fingerprints?.Site, () => Feed(context, listing, language));

    /// <summary>The listings that have a feed: every language's whole list, its organs, its topics and its people (to follow a member).</summary>
    public static bool HasFeed(ListingKind kind) => kind is ListingKind.All or ListingKind.Body or ListingKind.Topic or ListingKind.Person;

    public static string TagUri(SiteModel site, string specific)
    {
        var baseUrl = site.Config.BaseUrl;
        return $"tag:{baseUrl.IdnHost},{TagDate}:{baseUrl.AbsolutePath.TrimStart('/')}{specific}";
    }

    public static string EntryId(SiteModel site, DecisionPage page) =>
        TagUri(site, $"{page.Language}/{string.Join('/', page.Decision.Key.Split('/').Select(Uri.EscapeDataString))}");

    private static OutputFile Feed(RenderContext context, Listing listing, string language)
    {
        var config = context.Site.Config;
        var kind = listing.Kind.ToString().ToLowerInvariant();
        return Write(context, language, context.Site.Paths.Feed(language, listing.Kind, listing.Id),
            listing.Kind == ListingKind.All ? $"{language}/feed" : $"{language}/feed/{kind}/{listing.Id}",
            listing.Kind == ListingKind.All ? config.Title[language] : $"{listing.Label} – {config.Title[language]}",
            listing.Path, FeedCatalog.Entries(listing));
    }

    /// <summary>One Atom feed of decisions: a listing's, a case's or a meeting's (<see cref="FollowFeedProducer"/>).</summary>
    /// <param name="id">The feed's own part of its tag URI, e.g. "fi/feed/body/kaupunginhallitus".</param>
    internal static OutputFile Write(RenderContext context, string language, string feedPath, string id, string title, string alternatePath, IReadOnlyList<DecisionPage> entries)
    {
        var site = context.Site;
        var config = site.Config;
        var paths = site.Paths;
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n", IndentChars = "  " };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            const string atom = "http://www.w3.org/2005/Atom";
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", atom);
            xml.WriteAttributeString("xml", "lang", null, language);
            xml.WriteElementString("id", atom, TagUri(site, id));
            xml.WriteElementString("title", atom, title);
            xml.WriteElementString("updated", atom, FeedTimes.Format(FeedTimes.Updated(site, entries)));
            Link(xml, "self", paths.Absolute(feedPath), "application/atom+xml");
            Link(xml, "alternate", paths.Absolute(alternatePath), "text/html");
            xml.WriteStartElement("author", atom);
            xml.WriteElementString("name", atom, config.Title[language]);
            xml.WriteElementString("uri", atom, paths.Absolute(paths.Home(language)));
            xml.WriteEndElement();
            xml.WriteElementString("generator", atom, "DecisionsPortal");
            if (config.DataLicence is { } licence)
            {
                Link(xml, "license", licence.Url.AbsoluteUri, "text/html");
                xml.WriteElementString("rights", atom, $"{licence.Name} ({licence.Url.AbsoluteUri})");
            }

            foreach (var page in entries)
            {
                Entry(xml, context, page, language);
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return new OutputFile(feedPath, [.. stream.ToArray(), (byte)'\n']);
    }

    private static void Entry(XmlWriter xml, RenderContext context, DecisionPage page, string language)
    {
        const string atom = "http://www.w3.org/2005/Atom";
        var site = context.Site;
        var config = site.Config;
        var d = page.Decision;
        xml.WriteStartElement("entry", atom);
        if (d.Language != language)
        {
            // Listed here without a version in this language: say which language the entry is in.
            xml.WriteAttributeString("xml", "lang", null, d.Language);
        }

        xml.WriteElementString("id", atom, EntryId(site, page));
        xml.WriteElementString("title", atom, d.Title);
        xml.WriteElementString("updated", atom, FeedTimes.Format(FeedTimes.Changed(site, page)));
        xml.WriteElementString("published", atom, Timestamp(d.Date));
        Link(xml, "alternate", site.Paths.Absolute(page.Path), "text/html");
        Link(xml, "related", site.Paths.Absolute(site.Paths.DecisionData(page.Path)), "application/json");
        xml.WriteStartElement("author", atom);
        xml.WriteElementString("name", atom, config.FindBody(d.Body)!.Label(d.Language));
        xml.WriteElementString("uri", atom, site.Paths.Absolute(site.Paths.Listing(d.Language, ListingKind.Body, d.Body)));
        xml.WriteEndElement();
        foreach (var topic in d.Topics)
        {
            xml.WriteStartElement("category", atom);
            xml.WriteAttributeString("term", topic);
            xml.WriteAttributeString("label", config.FindTopic(topic)!.Label(d.Language));
            xml.WriteAttributeString("scheme", site.Paths.Absolute(site.Paths.Index(d.Language, ListingKind.Topic)));
            xml.WriteEndElement();
        }

        xml.WriteStartElement("summary", atom);
        xml.WriteAttributeString("type", "text");
        // An agenda item says so before its proposal, in the entry's language: nothing is decided yet.
        if (Content.DecisionStatuses.IsPending(d) && config.Strings[d.Language].Text.TryGetValue("not_decided", out var notDecided))
        {
            xml.WriteString(notDecided + ": ");
        }

        xml.WriteString(Markup.PlainText.FromMarkdown(d.Proposal));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", "http://www.w3.org/2005/Atom");
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Timestamp(DateOnly date) => ViewFactory.Iso(date) + "T00:00:00Z";
}
