using System.Globalization;
using System.Xml.Linq;

namespace DecisionsPortal.Tests.Support;

/// <summary>
/// Atom feeds read with System.Xml (so a feed that is not well-formed fails to parse) and checked
/// for what RFC 4287 requires of a feed and of each entry.
/// </summary>
public static class Atom
{
    public static readonly XNamespace Ns = "http://www.w3.org/2005/Atom";

    public static XDocument Parse(string xml) => XDocument.Parse(xml);

    /// <summary>Every way the feed breaks RFC 4287's "MUST"s that matter to a reader; empty when none.</summary>
    public static IReadOnlyList<string> Problems(XDocument document)
    {
        var problems = new List<string>();
        var feed = document.Root;
        if (feed is null || feed.Name != Ns + "feed")
        {
            return ["the root is not atom:feed"];
        }

        var entries = feed.Elements(Ns + "entry").ToList();
        RequireOne(feed, "feed", problems, "id", "title", "updated");
        var everyEntryHasAuthor = entries.All(e => e.Elements(Ns + "author").Any());
        if (!feed.Elements(Ns + "author").Any() && !everyEntryHasAuthor)
        {
            problems.Add("feed: no atom:author, and not every entry has one");
        }

        foreach (var (entry, i) in entries.Select((e, i) => (e, i)))
        {
            var name = $"entry {i}";
            RequireOne(entry, name, problems, "id", "title", "updated");
            if (!entry.Elements(Ns + "link").Any(l => (string?)l.Attribute("rel") is null or "alternate") && entry.Element(Ns + "content") is null)
            {
                problems.Add($"{name}: neither an alternate link nor content");
            }

            if (entry.Element(Ns + "content") is null && entry.Element(Ns + "summary") is null)
            {
                problems.Add($"{name}: no summary");
            }

            foreach (var author in entry.Elements(Ns + "author").Where(a => string.IsNullOrWhiteSpace((string?)a.Element(Ns + "name"))))
            {
                problems.Add($"{name}: an author without a name");
            }
        }

        var ids = entries.Select(e => (string?)e.Element(Ns + "id")).ToList();
        if (ids.Distinct().Count() != ids.Count)
        {
            problems.Add("two entries share an id");
        }

        return problems;
    }

    private static void RequireOne(XElement element, string name, List<string> problems, params string[] children)
    {
        foreach (var child in children)
        {
            var found = element.Elements(Ns + child).ToList();
            if (found.Count != 1 || string.IsNullOrWhiteSpace(found[0].Value))
            {
                problems.Add($"{name}: needs exactly one non-empty atom:{child}, has {found.Count}");
                continue;
            }

            if (child == "id" && !Uri.TryCreate(found[0].Value, UriKind.Absolute, out _))
            {
                problems.Add($"{name}: id '{found[0].Value}' is not an absolute IRI");
            }

            if (child == "updated" && !DateTimeOffset.TryParseExact(found[0].Value, ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                problems.Add($"{name}: updated '{found[0].Value}' is not an RFC 3339 date-time");
            }
        }
    }
}
