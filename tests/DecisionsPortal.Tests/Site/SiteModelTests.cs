using DecisionsPortal.Site;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Site;

public sealed class SiteModelTests
{
    [Fact]
    public void Files_at_the_same_path_under_two_language_folders_are_translations_of_each_other()
    {
        using var site = new TestSite($"-- content/fi/2025/katto.md --\n{Decisions.Finnish()}\n-- content/sv/2025/katto.md --\n{Decisions.Swedish()}");

        var model = site.Build().Site!;

        var finnish = model.Decisions.Single(d => d.Language == "fi");
        Assert.Equal("sv/beslut/2025/katto/", finnish.Translations["sv"]);
        Assert.Equal("fi/paatokset/2025/katto/", model.Decisions.Single(d => d.Language == "sv").Translations["fi"]);
    }

    [Fact]
    public void A_shared_key_pairs_files_whose_names_differ()
    {
        using var site = new TestSite($"-- content/fi/2025/katto.md --\n{Decisions.Finnish(extra: "key: roof-2025")}\n-- content/sv/2025/taket.md --\n{Decisions.Swedish(extra: "key: roof-2025")}");

        var model = site.Build().Site!;

        Assert.Equal("sv/beslut/2025/taket/", model.Decisions.Single(d => d.Language == "fi").Translations["sv"]);
    }

    [Fact]
    public void A_decision_in_one_language_only_is_listed_in_the_other_as_foreign()
    {
        using var site = new TestSite($"-- content/fi/2025/katto.md --\n{Decisions.Finnish()}");

        var model = site.Build().Site!;

        var swedish = model["sv"];
        Assert.Empty(swedish.Decisions);
        var listed = Assert.Single(swedish.Listed);
        Assert.Equal("fi", listed.Language);
        Assert.Single(swedish.All.Items);
    }

    [Fact]
    public void Listings_are_newest_first_and_cut_into_pages_of_page_size()
    {
        var files = string.Join('\n', Enumerable.Range(1, 12).Select(i =>
            $"-- content/fi/2025/p{i:D2}.md --\n{Decisions.Finnish(title: $"Päätös {i}", date: $"2025-01-{i:D2}")}"));
        using var site = new TestSite(files);

        var all = site.Build().Site!["fi"].All;

        Assert.Equal(3, all.Pages.Count);
        Assert.Equal([5, 5, 2], all.Pages.Select(p => p.Items.Count));
        Assert.Equal("Päätös 12", all.Pages[0].Items[0].Decision.Title);
        Assert.Equal("Päätös 1", all.Pages[2].Items[^1].Decision.Title);
        Assert.Equal("fi/paatokset/sivu/2/", all.Pages[1].Path);
    }

    [Fact]
    public void Drafts_are_left_out_unless_asked_for()
    {
        using var site = new TestSite($"-- content/fi/2025/katto.md --\n{Decisions.Finnish(extra: "draft: true")}");

        Assert.Empty(site.Build().Site!.Decisions);
        Assert.Single(site.Build(drafts: true).Site!.Decisions);
    }

    [Fact]
    public void A_person_is_one_listing_whether_preparer_or_presenter_in_any_language()
    {
        using var site = new TestSite($"""
            -- content/fi/2025/a.md --
            {Decisions.Finnish()}
            -- content/fi/2025/b.md --
            {Decisions.Finnish(title: "Toinen").Replace("preparer: { name: Maija Meikäläinen", "preparer: { name: Olli Esimerkki")}
            """);

        var people = site.Build().Site!["sv"].Indexes.Single(i => i.Kind == ListingKind.Person).Listings;

        Assert.Equal(["olli-esimerkki", "maija-meikalainen"], people.Select(p => p.Id));
        Assert.Equal(2, people.Single(p => p.Id == "olli-esimerkki").Items.Count);
        Assert.Equal("Maija Meikäläinen", people[1].Label);
    }

    [Fact]
    public void Year_organ_and_topic_listings_hold_exactly_their_decisions()
    {
        using var site = new TestSite($"""
            -- content/fi/2024/a.md --
            {Decisions.Finnish(date: "2024-05-01", extra: "topics: [schools]")}
            -- content/fi/2025/b.md --
            {Decisions.Finnish(date: "2025-05-01", body: "kaupunginvaltuusto", extra: "topics: [schools, environment]")}
            """);

        var fi = site.Build().Site!["fi"];
        Listing Find(ListingKind kind, string id) => fi.Indexes.Single(i => i.Kind == kind).Listings.Single(l => l.Id == id);

        Assert.Equal(["2025", "2024"], fi.Indexes.Single(i => i.Kind == ListingKind.Year).Listings.Select(l => l.Id));
        Assert.Single(Find(ListingKind.Year, "2024").Items);
        Assert.Single(Find(ListingKind.Body, "kaupunginvaltuusto").Items);
        Assert.Equal(2, Find(ListingKind.Topic, "schools").Items.Count);
        Assert.Single(Find(ListingKind.Topic, "environment").Items);
        Assert.DoesNotContain(fi.Indexes.Single(i => i.Kind == ListingKind.Body).Listings, l => l.Id == "tekninen-lautakunta");
    }
}
