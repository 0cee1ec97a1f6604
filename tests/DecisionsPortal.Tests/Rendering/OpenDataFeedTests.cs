using System.Text.Json;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Rendering;

/// <summary>
/// A journalist reading the open data finds the feeds to follow a decision's organ and topics, in
/// the record's language, beside its case and meeting feeds; a confidential decision names its
/// organ's feed (the organ is published) and no topic's (its topics are not). The CSV leaves them
/// out: the same few addresses on every row made it a fifth larger.
/// </summary>
public sealed class OpenDataFeedTests
{
    private const string Base = "https://paatokset.esimerkkila.example/";

    private static TestSite Site() => new(
        $"-- content/fi/2025/katto.md --\n{Decisions.Finnish(extra: "topics: [schools, environment]")}\n" +
        $"-- content/sv/2025/katto.md --\n{Decisions.Swedish(extra: "topics: [schools, environment]")}\n" +
        $"-- content/fi/2025/salainen.md --\n{Decisions.Finnish(title: "Salainen asia", date: "2025-02-01", body: "tekninen-lautakunta", extra: "topics: [schools]\nconfidential: true")}");

    private static JsonElement Record(TestSite site, string language, string title)
    {
        using var document = JsonDocument.Parse(site.Read($"{language}/decisions.json"));
        return document.RootElement.GetProperty("decisions").EnumerateArray().Single(d => d.GetProperty("title").GetString() == title).Clone();
    }

    [Fact]
    public void A_decisions_record_names_the_feeds_of_its_organ_and_topics_in_its_own_language_and_they_exist()
    {
        using var site = Site();
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var fi = Record(site, "fi", "Koulun katon korjaus");
        Assert.Equal(Base + "fi/toimielin/kaupunginhallitus/atom.xml", fi.GetProperty("body").GetProperty("feed").GetString());
        Assert.Equal(
            [("schools", "Koulut", Base + "fi/aihe/schools/atom.xml"), ("environment", "Ympäristö", Base + "fi/aihe/environment/atom.xml")],
            fi.GetProperty("topics").EnumerateArray().Select(t => (t.GetProperty("id").GetString(), t.GetProperty("label").GetString(), t.GetProperty("feed").GetString())));
        var sv = Record(site, "sv", "Reparation av skolans tak");
        Assert.Equal(Base + "sv/organ/kaupunginhallitus/atom.xml", sv.GetProperty("body").GetProperty("feed").GetString());
        Assert.Equal("Skolor", sv.GetProperty("topics")[0].GetProperty("label").GetString());

        var feeds = new[] { fi, sv }.SelectMany(r => r.GetProperty("topics").EnumerateArray().Append(r.GetProperty("body"))).Select(t => t.GetProperty("feed").GetString()!);
        foreach (var feed in feeds)
        {
            Assert.True(site.Exists(feed[Base.Length..]), feed);
        }

        // The decision's own record says the same, and both validate against the published schema.
        using var own = JsonDocument.Parse(site.Read("fi/paatokset/2025/katto/index.json"));
        Assert.Equal(fi.GetProperty("topics").GetRawText(), own.RootElement.GetProperty("topics").GetRawText());
        Assert.Empty(OpenData.SchemaErrors(site.Read("data/decisions.schema.json"), site.Read("fi/decisions.json")));
    }

    [Fact]
    public void The_csv_leaves_the_organ_and_topic_feeds_to_the_json()
    {
        using var site = Site();
        site.Build();

        var (headers, rows) = OpenData.ReadCsv(File.ReadAllBytes(Path.Combine(site.Output, "fi/decisions.csv")));
        Assert.Contains("case_feed", headers);
        Assert.DoesNotContain(headers, h => h.Contains("body_feed", StringComparison.Ordinal) || h.Contains("topic_feed", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r.Values.Any(v => v.Contains("/aihe/", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_confidential_decision_names_its_organs_feed_and_no_topic_feed()
    {
        using var site = Site();
        site.Build();

        var secret = Record(site, "fi", "Salainen asia");
        Assert.Equal(Base + "fi/toimielin/tekninen-lautakunta/atom.xml", secret.GetProperty("body").GetProperty("feed").GetString());
        Assert.Empty(secret.GetProperty("topics").EnumerateArray());
    }
}
