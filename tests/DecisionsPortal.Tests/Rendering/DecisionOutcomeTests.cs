using System.Text.Json;
using DecisionsPortal.Tests.Rendering.Agendas;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Rendering;

/// <summary>
/// A one-line summary of a decision (its feed entry, its search result, its line in a listing,
/// its page's schema.org abstract) tells what was decided: a journalist reading the feed of a
/// board that rejected the repair of a roof must not read that it decided to repair it.
/// </summary>
public sealed class DecisionOutcomeTests : IDisposable
{
    private const string Proposal = "Kaupunginhallitus päättää korjata katon.";

    private readonly TestSite site = new(
        "-- content/fi/2025/hylatty.md --\n" + Decisions.Finnish(title: "Uimahallin myynti", extra: "status: rejected\ndecision: Kaupunginhallitus hylkäsi ehdotuksen.") +
        "\n-- content/fi/2025/muutettu.md --\n" + Decisions.Finnish(title: "Koulujen kattojen korjaus", date: "2025-03-15", extra: "status: amended\ndecision: Katto korjataan vuoteen 2027 mennessä.") +
        "\n-- content/fi/2025/hyvaksytty.md --\n" + Decisions.Finnish(title: "Torin kunnostus", date: "2025-03-16", extra: "status: as_proposed\ndecision: Ehdotus hyväksyttiin."));

    public void Dispose() => site.Dispose();

    [Fact]
    public void A_rejected_or_amended_decision_is_summed_up_as_decided_in_feeds_search_listings_and_its_page()
    {
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var expected = new Dictionary<string, string>
        {
            ["Uimahallin myynti"] = "Hylättiin: " + Proposal,
            ["Koulujen kattojen korjaus"] = "Hyväksyttiin muutettuna: Katto korjataan vuoteen 2027 mennessä.",
            ["Torin kunnostus"] = Proposal,
        };

        var feed = FeedEntry.Of(site.Read("fi/paatokset/atom.xml"));
        Assert.Equal(expected, feed.ToDictionary(e => e.Title, e => e.Summary));

        foreach (var (title, summary) in expected)
        {
            var page = Html.Parse(site.Read(PathOf(title)));
            using var jsonLd = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
            Assert.Equal(summary, jsonLd.RootElement.GetProperty("abstract").GetString());
        }

        var listing = Html.Parse(site.Read("fi/index.html")).QuerySelectorAll(".decision-list li")
            .ToDictionary(li => li.QuerySelector("a")!.TextContent, li => li.QuerySelector(".status")?.TextContent);
        Assert.Equal("Hylättiin", listing["Uimahallin myynti"]);
        Assert.Equal("Hyväksyttiin muutettuna", listing["Koulujen kattojen korjaus"]);
        Assert.Null(listing["Torin kunnostus"]);

        // The search result's line: [title, date, shown date, path, snippet, note].
        var results = site.OutputFiles().Where(f => f.StartsWith("search/fi/", StringComparison.Ordinal) && f.Contains("/m-", StringComparison.Ordinal) && f.EndsWith(".json", StringComparison.Ordinal))
            .SelectMany(f => JsonDocument.Parse(site.Read(f)).RootElement.EnumerateArray().Select(r => r.Clone()))
            .ToDictionary(r => r[0].GetString()!, r => (Snippet: r[4].GetString()!, Note: r.GetArrayLength() > 7 ? r[7].GetString() : null));
        Assert.Equal((Proposal, "Hylättiin"), (results["Uimahallin myynti"].Snippet[..Proposal.Length], results["Uimahallin myynti"].Note));
        Assert.StartsWith("Katto korjataan vuoteen 2027 mennessä.", results["Koulujen kattojen korjaus"].Snippet);
        Assert.Equal("Hyväksyttiin muutettuna", results["Koulujen kattojen korjaus"].Note);
        Assert.Null(results["Torin kunnostus"].Note);
    }

    private string PathOf(string title) =>
        site.OutputFiles().Single(f => f.StartsWith("fi/paatokset/", StringComparison.Ordinal) && f.EndsWith("index.html", StringComparison.Ordinal)
            && Html.Parse(site.Read(f)).QuerySelector("h1")?.TextContent == title);

    // Seen by the review: an amended decision whose decision text is personal data as a whole was
    // summed up as the placeholder everywhere, where its public proposal tells what it was about.
    [Fact]
    public void An_amended_decision_whose_text_is_personal_data_is_summed_up_by_its_proposal()
    {
        using var personal = new TestSite("-- content/fi/2025/a.md --\n" + Decisions.Finnish(extra: "status: amended\npersonal: [decision]\ndecision: Avustus myönnetään hakijalle Zacharias Quorvinen."));
        var result = personal.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        Assert.Equal("Hyväksyttiin muutettuna: " + Proposal, Assert.Single(FeedEntry.Of(personal.Read("fi/paatokset/atom.xml"))).Summary);
    }
}
