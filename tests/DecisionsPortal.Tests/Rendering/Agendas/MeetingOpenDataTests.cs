using System.Text.Json;
using DecisionsPortal.Tests.Support;
using DecisionsPortal.Tests.Support.Quality;

namespace DecisionsPortal.Tests.Rendering.Agendas;

/// <summary>Meetings and agendas as open data: JSON valid against its published schema, and a CSV, linked from the home page.</summary>
public sealed class MeetingOpenDataTests
{
    // The agenda town built as on its today, once for the run (QualitySites fails if it does not build).
    private readonly BuiltSite site = QualitySites.Get("agendas");

    [Theory]
    [InlineData("fi")]
    [InlineData("sv")]
    public void Meetings_json_is_valid_against_its_schema(string language) =>
        Assert.Empty(OpenData.SchemaErrors(site.Read("data/meetings.schema.json"), site.Read($"{language}/meetings.json")));

    [Fact]
    public void The_next_meetings_agenda_is_in_the_json_as_not_decided_with_its_feeds()
    {
        using var data = JsonDocument.Parse(site.Read("fi/meetings.json"));
        var meetings = data.RootElement.GetProperty("meetings").EnumerateArray().ToList();
        Assert.Equal(["kaupunginhallitus/2025-04-07", "kaupunginhallitus/2025-03-17"], meetings.Select(m => m.GetProperty("id").GetString()));

        var next = meetings[0];
        Assert.Equal(("agenda", "6/2025", "16:00"), (next.GetProperty("phase").GetString(), next.GetProperty("number").GetString(), next.GetProperty("start").GetString()));
        Assert.Equal("https://paatokset.esimerkkila.example/" + AgendaTown.Meeting + "atom.xml", next.GetProperty("feed").GetString());
        var item = next.GetProperty("items")[0];
        Assert.Equal((30, "agenda", false), (item.GetProperty("section").GetInt32(), item.GetProperty("status").GetString(), item.GetProperty("decided").GetBoolean()));
        Assert.Equal("https://paatokset.esimerkkila.example/" + AgendaTown.Case + "atom.xml", item.GetProperty("case_feed").GetString());
        Assert.Equal("minutes", meetings[1].GetProperty("phase").GetString());
        Assert.True(meetings[1].GetProperty("items")[0].GetProperty("decided").GetBoolean());
    }

    [Fact]
    public void Meetings_csv_has_a_row_per_agenda_item()
    {
        var (headers, rows) = OpenData.ReadCsv(File.ReadAllBytes(Path.Combine(site.Output, "sv/meetings.csv")));

        Assert.Contains("decided", headers);
        Assert.Equal(
            [("Längre öppettider för simhallen", "agenda", "false"), ("Iståndsättning av torget", "agenda", "false"), ("Ordnande av skolskjutsar", "minutes", "true")],
            rows.Select(r => (r["title"], r["phase"], r["decided"])));
    }

    [Fact]
    public void The_home_pages_open_data_section_links_the_meetings_data_and_its_schema()
    {
        var links = Html.Parse(site.Read("fi/index.html")).QuerySelectorAll(".open-data a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();

        Assert.Contains(("Kokoukset ja esityslistat JSON-muodossa", "/fi/meetings.json"), links);
        Assert.Contains(("Kokoukset ja esityslistat CSV-taulukkona", "/fi/meetings.csv"), links);
        Assert.Contains(("Kokousdatan rakenteen kuvaus (JSON Schema)", "/data/meetings.schema.json"), links);
    }
}
