using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Rendering.Agendas;

/// <summary>A feed's entries as a reader lists them: id, title, summary and the page they lead to.</summary>
public sealed record FeedEntry(string Id, string Title, string Summary, string Link)
{
    public static IReadOnlyList<FeedEntry> Of(string xml)
    {
        var feed = Atom.Parse(xml);
        Assert.Empty(Atom.Problems(feed));
        return feed.Root!.Elements(Atom.Ns + "entry").Select(e => new FeedEntry(
            (string)e.Element(Atom.Ns + "id")!,
            (string)e.Element(Atom.Ns + "title")!,
            (string?)e.Element(Atom.Ns + "summary") ?? "",
            (string)e.Elements(Atom.Ns + "link").First(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!)).ToList();
    }
}
