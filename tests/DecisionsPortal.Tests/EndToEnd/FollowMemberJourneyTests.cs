using System.Xml.Linq;
using DecisionsPortal.Tests.Support;
using DecisionsPortal.Tests.Support.Browser;

namespace DecisionsPortal.Tests.EndToEnd;

/// <summary>
/// A journalist reads how the council voted on the swimming hall, follows a councillor who voted
/// against it to her page (her group, roles, votes and dissent) and subscribes to her feed, in
/// real Chromium.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FollowMemberJourneyTests(BrowserFixture browser) : IAsyncLifetime
{
    private ServedSite site = null!;

    public async Task InitializeAsync() => site = await ServedSite.StartAsync("members");

    [Fact]
    public async Task A_journalist_follows_a_councillor_from_a_vote_to_her_page_and_her_feed()
    {
        var page = await browser.NewPageAsync();
        var console = new ConsoleWatch(page);
        await page.GotoAsync(site.Url("fi/paatokset/2025/uimahalli/"));

        // The vote, by council group, as the minutes record it.
        Assert.Equal("Sosialidemokraattinen valtuustoryhmä: Bertta Berg, Eeva Eskola", await page.TextContentAsync("tr.votes-against p.vote-group"));
        Assert.Equal("Sosialidemokraattinen valtuustoryhmä 0 2 0 0", (await page.InnerTextAsync("table.votes-by-group tbody tr:nth-child(2)")).Replace('\t', ' '));

        await page.ClickAsync("tr.votes-against >> text=Bertta Berg");
        Assert.EndsWith("/fi/henkilo/bertta-berg/", page.Url);
        Assert.Equal("Bertta Berg", await page.TextContentAsync("h1"));
        Assert.Contains("Sosialidemokraattinen valtuustoryhmä", await page.TextContentAsync(".member-group"));
        Assert.Equal("Ei", await page.TextContentAsync(".member-votes tbody tr td:last-child"));
        Assert.Equal("Uimahallin peruskorjaus", await page.TextContentAsync(".member-dissents a"));

        // "Seuraa": the feed is the person's decisions, and leads back to her page and to the decision.
        var follow = page.Locator(".member .follow a");
        Assert.Equal("Seuraa henkilön päätöksiä (Atom-syöte)", await follow.TextContentAsync());
        var feedUrl = new Uri(new Uri(page.Url), await follow.GetAttributeAsync("href")).AbsoluteUri;
        var response = await page.Context.APIRequest.GetAsync(feedUrl);
        Assert.True(response.Ok, $"{feedUrl}: HTTP {response.Status}");
        var feed = XDocument.Parse(await response.TextAsync());
        Assert.Empty(Atom.Problems(feed));
        Assert.Equal("Bertta Berg – Esimerkkilän päätökset", feed.Root!.Element(Atom.Ns + "title")!.Value);
        Assert.EndsWith("/fi/henkilo/bertta-berg/", feed.Root.Elements(Atom.Ns + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!.Value);
        var entry = Assert.Single(feed.Root.Elements(Atom.Ns + "entry"));
        Assert.EndsWith("/fi/paatokset/2025/uimahalli/", entry.Elements(Atom.Ns + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!.Value);

        // Back on her page, the meeting she attended is one click away.
        await page.ClickAsync(".member-meetings a");
        Assert.EndsWith("/fi/kokoukset/kaupunginvaltuusto/2025-03-24/", page.Url);
        Assert.Empty(console.All);
    }

    public async Task DisposeAsync() => await site.DisposeAsync();
}
