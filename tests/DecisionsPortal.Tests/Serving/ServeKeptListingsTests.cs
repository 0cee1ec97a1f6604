using DecisionsPortal.Configuration;
using DecisionsPortal.Pipeline;
using DecisionsPortal.Serving;
using DecisionsPortal.Site;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Serving;

/// <summary>
/// serve keeps the listings and the council's record through an edit of a decision's text (they
/// read no text), with the edited page in its place; an edit of a field they read makes them again.
/// </summary>
public sealed class ServeKeptListingsTests
{
    [Fact]
    public void An_edit_of_a_text_keeps_the_listings_with_its_new_page_and_an_edit_of_a_topic_or_diary_number_moves_the_decision()
    {
        using var site = new TestSite($"""
            -- content/fi/2025/katto.md --
            {Decisions.Finnish(extra: "topics: [schools]\ndnro: KEM/1/2025")}
            -- content/fi/2025/piha.md --
            {Decisions.Finnish(title: "Koulun pihan korjaus", date: "2025-03-10", extra: "topics: [environment]\ndnro: KEM/1/2025", text: "Piha on korjattava.")}
            """);
        var rebuilder = new SiteRebuilder(new BuildOptions(site.ConfigPath, BuildDate: new DateOnly(2025, 4, 1)), Path.Combine(site.Root, "served"));
        var first = rebuilder.Rebuild().Result;
        var untouched = Topic(first, "environment");

        var text = ServeRememberedChecksTests.Edit(rebuilder, site, "katto.md", "korjattava ennen talvea", "korjattava ennen syksyä");
        Assert.Same(untouched, Topic(text, "environment"));
        Assert.Contains("ennen syksyä", Assert.Single(Topic(text, "schools").Items).Decision.Markdown, StringComparison.Ordinal);
        Assert.Contains("ennen syksyä", Assert.Single(Topic(text, "schools").Pages).Items[0].Decision.Markdown, StringComparison.Ordinal);
        var handlings = Assert.Single(text.Site!.Council.Cases, c => c.Language == "fi").Handlings;
        Assert.Equal(["Koulun pihan korjaus", "Koulun katon korjaus"], handlings.Select(p => p.Decision.Title));
        Assert.Contains("ennen syksyä", handlings[1].Decision.Markdown, StringComparison.Ordinal);
        Assert.Same(handlings[1], text.Site.Council.For(handlings[0]).NewerHandling);

        var topic = ServeRememberedChecksTests.Edit(rebuilder, site, "katto.md", "topics: [schools]", "topics: [environment]");
        Assert.Equal(["Koulun katon korjaus", "Koulun pihan korjaus"], Topic(topic, "environment").Items.Select(p => p.Decision.Title));
        Assert.DoesNotContain(Topics(topic), l => l.Id == "schools");

        var dnro = ServeRememberedChecksTests.Edit(rebuilder, site, "katto.md", "dnro: KEM/1/2025", "dnro: KEM/2/2025");
        Assert.Equal(["KEM/1/2025", "KEM/2/2025"], dnro.Site!.Council.Cases.Where(c => c.Language == "fi").Select(c => c.Dnro));
    }

    [Fact]
    public void An_edit_of_a_text_keeps_the_pages_addresses_and_an_edit_of_the_date_moves_the_page()
    {
        using var site = new TestSite($"""
            -- content/fi/2025/katto.md --
            {Decisions.Finnish()}
            -- content/sv/2025/katto.md --
            {Decisions.Swedish()}
            """);
        var rebuilder = new SiteRebuilder(new BuildOptions(site.ConfigPath, BuildDate: new DateOnly(2025, 4, 1)), Path.Combine(site.Root, "served"));
        var first = Finnish(rebuilder.Rebuild().Result);

        var text = Finnish(ServeRememberedChecksTests.Edit(rebuilder, site, "katto.md", "korjattava ennen talvea", "korjattava ennen syksyä"));
        Assert.Same(first.Translations, text.Translations);
        Assert.Contains("ennen syksyä", text.Decision.Markdown, StringComparison.Ordinal);

        var date = ServeRememberedChecksTests.Edit(rebuilder, site, "katto.md", "date: 2025-03-14", "date: 2024-03-14");
        Assert.Equal("fi/paatokset/2024/katto/", Finnish(date).Path);
        Assert.Equal("fi/paatokset/2024/katto/", date.Site!.Decisions.Single(p => p.Language == "sv").Translations["fi"]);
    }

    private static DecisionPage Finnish(BuildResult result) => result.Site!.Decisions.Single(p => p.Language == "fi");

    private static IReadOnlyList<Listing> Topics(BuildResult result) =>
        result.Site!["fi"].Indexes.Single(i => i.Kind == ListingKind.Topic).Listings;

    private static Listing Topic(BuildResult result, string id) => Topics(result).Single(l => l.Id == id);
}
