using System.Text.Json;
using System.Text.Json.Nodes;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Rendering.Agendas;

/// <summary>
/// A decision's open data leads to the feeds that follow it (its case's and its meeting's), and its
/// own record carries the text first published before a correction, as the page shows it.
/// </summary>
public sealed class DecisionRecordTests : IDisposable
{
    private const string Base = "https://paatokset.esimerkkila.example/";
    private readonly TestSite site = new(AgendaTown.Files);

    public void Dispose() => site.Dispose();

    private void Build(DateOnly day)
    {
        var result = site.BuildOn(day);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    private static string DecisionSchema(string schema)
    {
        var root = JsonNode.Parse(schema)!.AsObject();
        return new JsonObject { ["$schema"] = root["$schema"]!.DeepClone(), ["$ref"] = "#/$defs/decision", ["$defs"] = root["$defs"]!.DeepClone() }.ToJsonString();
    }

    [Fact]
    public void An_agenda_items_record_names_its_case_and_meeting_pages_and_their_feeds_in_the_json_and_the_csv()
    {
        Build(AgendaTown.Today);

        using var own = JsonDocument.Parse(site.Read(AgendaTown.AgendaItem + "index.json"));
        var record = own.RootElement;
        Assert.Equal(
            (Base + AgendaTown.Case, Base + AgendaTown.Case + "atom.xml", Base + AgendaTown.Meeting, Base + AgendaTown.Meeting + "atom.xml"),
            (record.GetProperty("case_url").GetString(), record.GetProperty("case_feed").GetString(), record.GetProperty("meeting_url").GetString(), record.GetProperty("meeting_feed").GetString()));
        foreach (var feed in new[] { "case_feed", "meeting_feed" })
        {
            Assert.True(site.Exists(record.GetProperty(feed).GetString()![Base.Length..]), feed);
        }

        using var all = JsonDocument.Parse(site.Read("fi/decisions.json"));
        var tori = all.RootElement.GetProperty("decisions").EnumerateArray().Single(d => d.GetProperty("title").GetString() == "Torin kunnostus");
        Assert.Equal(JsonValueKind.Null, tori.GetProperty("case_feed").ValueKind);
        Assert.Equal(Base + AgendaTown.Meeting + "atom.xml", tori.GetProperty("meeting_feed").GetString());

        var (_, rows) = OpenData.ReadCsv(File.ReadAllBytes(Path.Combine(site.Output, "fi/decisions.csv")));
        Assert.Equal(Base + AgendaTown.Case + "atom.xml", rows.Single(r => r["title"] == "Uimahallin aukioloaikojen pidentäminen")["case_feed"]);
        Assert.Equal("", rows.Single(r => r["title"] == "Torin kunnostus")["case_feed"]);
    }

    [Fact]
    public void The_records_validate_against_the_published_schema()
    {
        Build(AgendaTown.Today);
        var schema = site.Read("data/decisions.schema.json");

        foreach (var language in new[] { "fi", "sv" })
        {
            Assert.Empty(OpenData.SchemaErrors(schema, site.Read($"{language}/decisions.json")));
        }

        foreach (var page in new[] { AgendaTown.Amended, AgendaTown.AgendaItem, AgendaTown.AmendedSwedish })
        {
            Assert.Empty(OpenData.SchemaErrors(DecisionSchema(schema), site.Read(page + "index.json")));
        }
    }

    [Fact]
    public void A_corrected_decisions_own_record_holds_its_earlier_text_and_the_bulk_files_do_not()
    {
        Build(AgendaTown.Today);

        using var own = JsonDocument.Parse(site.Read(AgendaTown.Amended + "index.json"));
        Assert.StartsWith("Kaupunginhallitus päätti järjestää koulukuljetukset tilausbussilla kolmeksi vuodeksi.", own.RootElement.GetProperty("previous").GetString());
        Assert.Equal("2025-03-24", own.RootElement.GetProperty("updated").GetString());
        using var swedish = JsonDocument.Parse(site.Read(AgendaTown.AmendedSwedish + "index.json"));
        Assert.Equal(JsonValueKind.Null, swedish.RootElement.GetProperty("previous").ValueKind);

        Assert.DoesNotContain("kolmeksi vuodeksi", site.Read("fi/decisions.json"), StringComparison.Ordinal);
        Assert.DoesNotContain("\"previous\"", site.Read("fi/decisions.json"), StringComparison.Ordinal);
        Assert.DoesNotContain("kolmeksi vuodeksi", site.Read("fi/decisions.csv"), StringComparison.Ordinal);
    }

    [Fact]
    public void Personal_data_in_the_earlier_text_is_on_the_page_alone_and_the_json_has_the_placeholder_from_the_start()
    {
        const string Redacted = "Kaupunginhallitus päätti järjestää koulukuljetukset tilausbussilla kolmeksi vuodeksi. Yhteyshenkilö on \\[henkilötieto poistettu\\].";
        Build(AgendaTown.LastDay);
        Assert.Equal(Redacted, JsonDocument.Parse(site.Read(AgendaTown.Amended + "index.json")).RootElement.GetProperty("previous").GetString());
        Assert.Equal([AgendaTown.Amended + "index.html"], site.OutputFiles().Where(f => site.Read(f).Contains(AgendaTown.DecisionName, StringComparison.Ordinal)));

        Build(AgendaTown.LastDay.AddDays(1));

        Assert.Equal(Redacted, JsonDocument.Parse(site.Read(AgendaTown.Amended + "index.json")).RootElement.GetProperty("previous").GetString());
        Assert.DoesNotContain(site.OutputFiles(), f => site.Read(f).Contains(AgendaTown.DecisionName, StringComparison.Ordinal));
    }

    [Fact]
    public void The_earlier_text_of_a_decision_whose_decision_is_personal_as_a_whole_is_replaced_with_it()
    {
        site.Write("content/fi/2025/koulukuljetukset.md", File.ReadAllText(Path.Combine(site.Root, "content/fi/2025/koulukuljetukset.md"))
            .Replace("updated: 2025-03-24", "updated: 2025-03-24\npersonal: [decision]"));

        // Its translation withholds the same (else DP0102).
        site.Write("content/sv/2025/koulukuljetukset.md", File.ReadAllText(Path.Combine(site.Root, "content/sv/2025/koulukuljetukset.md"))
            .Replace("topics: [schools]", "topics: [schools]\npersonal: [decision]"));
        Build(AgendaTown.LastDay.AddDays(1));

        using var own = JsonDocument.Parse(site.Read(AgendaTown.Amended + "index.json"));
        Assert.Equal("\\[henkilötieto poistettu\\]", own.RootElement.GetProperty("previous").GetString());
        Assert.DoesNotContain("tilausbussilla", site.Read(AgendaTown.Amended + "index.json"), StringComparison.Ordinal);
    }
}
