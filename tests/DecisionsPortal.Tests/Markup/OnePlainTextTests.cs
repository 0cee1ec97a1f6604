using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DecisionsPortal.Search;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Markup;

/// <summary>
/// One decision with every Markdown construct and a personal mark (in text and in code): the page, the search text and
/// snippet, the JSON-LD, the Atom feed and the CSV carry the same words and no markup; until the
/// mark expires its name is on the page alone, and then in none of them.
/// </summary>
public sealed partial class OnePlainTextTests
{
    private const string Name = "Kerttu Kirjoittaja";
    private const string Page = "fi/paatokset/2025/kaikki/index.html";

    private const string Proposal = "Kaupunginhallitus *hyväksyy* **sopimuksen**, jonka laati [[Kerttu Kirjoittaja]]{.personal}, `koodin [[Kerttu Kirjoittaja]]{.personal}` ja [linkin](https://example.org/sopimus) mukaisesti.";

    private const string Body = """
        # Taustaa

        Kappale, jossa *korostus*, **vahvennus**, ~~yliviivaus~~, `koodi`, [linkki](https://example.org/a), <https://example.org/b> ja www.example.org.

        - ensimmäinen kohta
        - toinen kohta

        1. numeroitu kohta

        | Kohde | Euroa |
        | --- | ---: |
        | Koulu | 1200 |

        > Lainattu teksti.

        ```
        koodilohko [[Kerttu Kirjoittaja]]{.personal}
        ```

        ## Tarkastus

        Katon tarkasti [[Kerttu
        Kirjoittaja]]{.personal} helmikuussa.
        """;

    private static string Files()
    {
        var decision = Decisions.Finnish(
            title: "Kaikki rakenteet", date: "2025-03-03",
            extra: "meeting: 3/2025\nsection: 13\ndecision: Ehdotus *hyväksyttiin* [[Kerttu Kirjoittaja]]{.personal}n esittämin muutoksin.",
            text: Body)
            .Replace("proposal: Kaupunginhallitus päättää korjata katon.", "proposal: \"" + Proposal.Replace("\"", "\\\"") + "\"");
        return CouncilTown.Files + "\n-- content/fi/2025/kaikki.md --\n" + decision;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    private static List<string> Words(string text) => Word().Matches(text).Select(m => m.Value).ToList();

    private static void AssertNoMarkup(string text)
    {
        // The placeholder of expired personal data is the one bracketed text, the site's own words.
        text = text.Replace("[henkilötieto poistettu]", "", StringComparison.Ordinal);
        foreach (var markup in new[] { "<", ">", "*", "`", "[", "]", "{", "}", "|", "#", "~~", "personal", "span", "href", "\n" })
        {
            Assert.DoesNotContain(markup, text, StringComparison.Ordinal);
        }
    }

    private sealed record Outputs(string PageProposal, string PageBody, string PageDecision, string SearchProposal, string SearchText, string Snippet, string JsonLd, string Feed);

    private static Outputs Read(TestSite site, DateOnly day)
    {
        var result = site.BuildOn(day);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        var page = Html.Parse(site.Read(Page));
        string Section(string selector)
        {
            var section = page.QuerySelector(selector)!;
            section.QuerySelector("h2[id$='-heading']")!.Remove();
            return section.TextContent;
        }

        var decisionPage = result.Site!.Decisions.Single(p => p.Path == "fi/paatokset/2025/kaikki/");
        var search = SearchDocuments.Of(result.Site!, decisionPage);
        var metadata = site.OutputFiles()
            .Where(f => f.StartsWith("search/", StringComparison.Ordinal) || f.Contains("/m-", StringComparison.Ordinal))
            .Where(f => f.EndsWith(".json", StringComparison.Ordinal))
            .SelectMany(f => JsonDocument.Parse(site.Read(f)).RootElement is { ValueKind: JsonValueKind.Array } a ? a.EnumerateArray().ToList() : [])
            .Where(e => e.ValueKind == JsonValueKind.Array && e.EnumerateArray().Any(v => v.ValueKind == JsonValueKind.String && v.GetString() == decisionPage.Path))
            .ToList();

        // Both languages' indexes list the decision (the Swedish one as a decision in Finnish only), with one snippet.
        var snippet = Assert.Single(metadata.Select(e => e.EnumerateArray().ElementAt(4).GetString()!).Distinct());

        var jsonLd = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement.GetProperty("abstract").GetString()!;

        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(site.Read("fi/paatokset/atom.xml")).Descendants(atom + "entry")
            .Single(e => e.Elements(atom + "link").Any(l => (string?)l.Attribute("href") == "https://paatokset.esimerkkila.example/" + decisionPage.Path))
            .Element(atom + "summary")!.Value;

        return new Outputs(Section(".proposal"), Section(".preparation"), Section(".outcome"), search.Proposal, search.Text, snippet, jsonLd, feed);
    }

    private static void AssertSameWordsEverywhere(Outputs o)
    {
        foreach (var plain in new[] { o.SearchProposal, o.SearchText, o.Snippet, o.JsonLd, o.Feed })
        {
            AssertNoMarkup(plain);
        }

        var proposal = Words(o.PageProposal);
        Assert.Equal(proposal, Words(o.SearchProposal));
        Assert.Equal(proposal, Words(o.JsonLd));
        Assert.Equal(proposal, Words(o.Feed));

        // The search text is the decision, the body and then the officials and diary number.
        Assert.StartsWith(string.Join(' ', Words(o.PageDecision).Concat(Words(o.PageBody))), string.Join(' ', Words(o.SearchText)), StringComparison.Ordinal);

        // The snippet is the proposal and the body's first words, cut at a word.
        var snippet = Words(o.Snippet);
        Assert.Equal(proposal.Concat(Words(o.PageBody)).Take(snippet.Count), snippet);
        Assert.True(snippet.Count > proposal.Count);
    }

    [Fact]
    public void Before_the_mark_expires_only_the_page_shows_its_name_and_every_other_output_reads_as_after_its_last_day()
    {
        using var site = new TestSite(Files());

        var before = Read(site, CouncilTown.LastDay);
        var named = site.FilesContaining("Kirjoittaja").Concat(site.FilesContaining("kirjoittaja")).Distinct().ToList();
        var after = Read(site, CouncilTown.LastDay.AddDays(1));

        // The page, which search engines are asked not to index, and its own JSON-LD.
        Assert.Equal([Page], named);
        Assert.Contains(Name, before.PageBody, StringComparison.Ordinal);
        Assert.Contains(Name, before.JsonLd, StringComparison.Ordinal);
        AssertNoMarkup(before.JsonLd);
        Assert.Equal(Words(before.PageProposal), Words(before.JsonLd));

        // Search, its snippet and the feed: no copy of theirs outlives the page's data.
        Assert.Equal(after.SearchProposal, before.SearchProposal);
        Assert.Equal(after.SearchText, before.SearchText);
        Assert.Equal(after.Snippet, before.Snippet);
        Assert.Equal(after.Feed, before.Feed);
        Assert.Contains("Katon tarkasti [henkilötieto poistettu] helmikuussa.", before.SearchText, StringComparison.Ordinal);
        Assert.Contains("Lainattu teksti", before.SearchText, StringComparison.Ordinal);
        Assert.Contains("koodilohko", before.SearchText, StringComparison.Ordinal);
        Assert.Contains("Koulu", before.SearchText, StringComparison.Ordinal);
    }

    [Fact]
    public void After_the_mark_expires_its_name_is_in_none_of_them()
    {
        using var site = new TestSite(Files());

        var outputs = Read(site, CouncilTown.LastDay.AddDays(1));

        AssertSameWordsEverywhere(outputs);
        foreach (var text in new[] { outputs.PageProposal, outputs.PageBody, outputs.PageDecision, outputs.SearchProposal, outputs.SearchText, outputs.Snippet, outputs.JsonLd, outputs.Feed })
        {
            Assert.DoesNotContain("Kirjoittaja", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Kerttu", text, StringComparison.Ordinal);
        }

        Assert.Empty(site.FilesContaining("Kirjoittaja"));
        Assert.Empty(site.FilesContaining("kirjoittaja"));
        Assert.Contains("henkilötieto poistettu", outputs.JsonLd, StringComparison.Ordinal);
    }
}
