using System.Text.Json;
using System.Text.Json.Nodes;
using DecisionsPortal.Rendering.Data;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Rendering;

public sealed class OpenDataTests
{
    private const string Full = """
        section: 12
        dnro: EXE/45/02.08/2025
        topics: [schools, environment]
        decision: "Ehdotus hyväksyttiin, ja \"katto\" korjataan; heti."
        aliases: [fi/paatokset/2024/vanha-katto/]
        """;

    private static TestSite Pair(string fiExtra = Full) =>
        new($"-- content/fi/2025/katto.md --\n{Decisions.Finnish(extra: fiExtra)}\n-- content/sv/2025/katto.md --\n{Decisions.Swedish()}\n" +
            $"-- content/fi/2024/vanha.md --\n{Decisions.Finnish(title: "Vanha päätös", date: "2024-05-02", body: "kaupunginvaltuusto")}");

    [Fact]
    public void Decisions_json_validates_against_the_published_schema_and_holds_every_decision_of_its_language()
    {
        using var site = Pair();
        Assert.True(site.Build().Succeeded);
        var schema = site.Read("data/decisions.schema.json");

        foreach (var (language, count) in new[] { ("fi", 2), ("sv", 1) })
        {
            var json = site.Read($"{language}/decisions.json");
            Assert.Empty(OpenData.SchemaErrors(schema, json));
            using var document = JsonDocument.Parse(json);
            var decisions = document.RootElement.GetProperty("decisions").EnumerateArray().ToList();
            Assert.Equal(count, decisions.Count);
            Assert.Equal(count, document.RootElement.GetProperty("count").GetInt32());
            Assert.All(decisions, d => Assert.Equal(language, d.GetProperty("language").GetString()));
        }
    }

    [Fact]
    public void The_schema_rejects_data_that_lacks_a_field()
    {
        using var site = Pair();
        site.Build();
        var original = site.Read("fi/decisions.json");
        var json = original.Replace("\"dnro\":\"EXE/45/02.08/2025\",", "", StringComparison.Ordinal);
        Assert.NotEqual(original, json);

        Assert.NotEmpty(OpenData.SchemaErrors(site.Read("data/decisions.schema.json"), json));
    }

    [Fact]
    public void A_decision_in_decisions_json_has_its_facts_its_url_and_its_translations_url_and_its_own_record_has_the_texts()
    {
        using var site = Pair();
        site.Build();

        using var document = JsonDocument.Parse(site.Read("fi/decisions.json"));
        var d = document.RootElement.GetProperty("decisions")[0];

        Assert.Equal("2025/katto", d.GetProperty("key").GetString());
        Assert.Equal("https://paatokset.esimerkkila.example/fi/paatokset/2025/katto/", d.GetProperty("url").GetString());
        Assert.Equal("https://paatokset.esimerkkila.example/fi/paatokset/2025/katto/index.json", d.GetProperty("data_url").GetString());
        Assert.Equal("https://paatokset.esimerkkila.example/sv/beslut/2025/katto/", d.GetProperty("translations")[0].GetProperty("url").GetString());
        Assert.Equal("2025-03-14", d.GetProperty("date").GetString());
        Assert.Equal("Kaupunginhallitus", d.GetProperty("body").GetProperty("label").GetString());
        Assert.Equal(12, d.GetProperty("section").GetInt32());
        Assert.Equal("EXE/45/02.08/2025", d.GetProperty("dnro").GetString());
        Assert.Equal("Tekninen johtaja", d.GetProperty("preparer").GetProperty("title").GetString());
        Assert.Equal("Olli Esimerkki", d.GetProperty("presenter").GetProperty("name").GetString());
        Assert.Equal(["schools", "environment"], d.GetProperty("topics").EnumerateArray().Select(t => t.GetProperty("id").GetString()));
        Assert.Equal(["https://paatokset.esimerkkila.example/fi/paatokset/2024/vanha-katto/"], d.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.False(d.GetProperty("draft").GetBoolean());

        // The texts are written once as data, in the decision's own record at data_url.
        Assert.False(d.TryGetProperty("text", out _));
        using var own = JsonDocument.Parse(site.Read("fi/paatokset/2025/katto/index.json"));
        Assert.Equal("Kaupunginhallitus päättää korjata katon.", own.RootElement.GetProperty("proposal").GetString());
        Assert.Equal("Ehdotus hyväksyttiin, ja \"katto\" korjataan; heti.", own.RootElement.GetProperty("decision").GetString());
        Assert.Equal("Koulun katto vuotaa, ja se on korjattava ennen talvea.", own.RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public void A_decisions_own_record_validates_against_the_schemas_decision_and_the_bulk_file_has_no_texts()
    {
        using var site = Pair();
        site.Build();
        var schema = JsonNode.Parse(site.Read("data/decisions.schema.json"))!.AsObject();
        var decision = new JsonObject
        {
            ["$schema"] = schema["$schema"]!.DeepClone(),
            ["$ref"] = "#/$defs/decision",
            ["$defs"] = schema["$defs"]!.DeepClone(),
        }.ToJsonString();
        var own = site.Read("fi/paatokset/2025/katto/index.json");

        Assert.Empty(OpenData.SchemaErrors(decision, own));
        Assert.NotEmpty(OpenData.SchemaErrors(decision, own.Replace("\"text\":", "\"teksti\":", StringComparison.Ordinal)));
        Assert.DoesNotContain("Koulun katto vuotaa", site.Read("fi/decisions.json"), StringComparison.Ordinal);
        Assert.DoesNotContain("Koulun katto vuotaa", site.Read("fi/decisions.csv"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_schema_rejects_a_text_in_the_bulk_file()
    {
        using var site = Pair();
        site.Build();
        var original = site.Read("fi/decisions.json");
        var json = original.Replace("\"dnro\":\"EXE/45/02.08/2025\",", "\"dnro\":\"EXE/45/02.08/2025\",\"text\":\"Koulun katto vuotaa.\",", StringComparison.Ordinal);
        Assert.NotEqual(original, json);

        Assert.NotEmpty(OpenData.SchemaErrors(site.Read("data/decisions.schema.json"), json));
    }

    [Fact]
    public void Decisions_are_in_a_stable_order_newest_first()
    {
        using var site = Pair();
        site.Build();

        using var document = JsonDocument.Parse(site.Read("fi/decisions.json"));

        Assert.Equal(["2025/katto", "2024/vanha"], document.RootElement.GetProperty("decisions").EnumerateArray().Select(d => d.GetProperty("key").GetString()));
    }

    [Fact]
    public void Decisions_csv_round_trips_through_a_csv_parser_with_every_field_of_the_json()
    {
        using var site = Pair();
        site.Build();
        var bytes = File.ReadAllBytes(Path.Combine(site.Output, "fi/decisions.csv"));

        var (headers, rows) = OpenData.ReadCsv(bytes);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal(DecisionsCsv.Columns, headers);
        Assert.Equal(2, rows.Count);
        var row = rows[0];
        Assert.Equal("Koulun katon korjaus", row["title"]);
        Assert.Equal("https://paatokset.esimerkkila.example/fi/paatokset/2025/katto/index.json", row["data_url"]);
        Assert.Equal("schools; environment", row["topics"]);
        Assert.Equal("Koulut; Ympäristö", row["topic_labels"]);
        Assert.Equal("12", row["section"]);
        Assert.Equal("sv https://paatokset.esimerkkila.example/sv/beslut/2025/katto/", row["translations"]);
        Assert.Equal("", rows[1]["dnro"]);
    }

    [Fact]
    public void The_csv_quotes_as_rfc_4180_says_and_ends_rows_with_crlf()
    {
        using var site = new TestSite("-- content/fi/2025/a.md --\n" + Decisions.Finnish(title: "\"Katto, \\\"vanha\\\" ja uusi\""));
        site.Build();

        var text = site.Read("fi/decisions.csv");

        Assert.Contains(",\"Katto, \"\"vanha\"\" ja uusi\",", text, StringComparison.Ordinal);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.Equal(2, text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void A_csv_cell_that_a_spreadsheet_would_run_as_a_formula_is_written_as_text()
    {
        const string formula = "=HYPERLINK(\"http://x\",\"y\")";
        using var site = new TestSite("-- content/fi/2025/a.md --\n" + Decisions.Finnish(
            title: "'" + formula + "'",
            extra: "dissent: [{ name: '@Eero Esa', text: '+1 katto' }]\ndnro: '-EXE/5/2025'"));
        Assert.True(site.Build().Succeeded);

        var text = site.Read("fi/decisions.csv");
        var row = OpenData.ReadCsv(File.ReadAllBytes(Path.Combine(site.Output, "fi/decisions.csv"))).Rows.Single();

        Assert.Contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",", text, StringComparison.Ordinal);
        Assert.Equal("'" + formula, row["title"]);
        Assert.Equal("'@Eero Esa: +1 katto", row["dissent"]);
        Assert.Equal("'-EXE/5/2025", row["dnro"]);
        Assert.DoesNotContain(row.Values, cell => cell.Length > 0 && "=+-@\t\r".Contains(cell[0]));
        using var json = JsonDocument.Parse(site.Read("fi/decisions.json"));
        Assert.Equal(formula, json.RootElement.GetProperty("decisions")[0].GetProperty("title").GetString());
    }

    [Fact]
    public void Each_decision_page_links_its_own_json_which_is_its_record_in_the_data_with_the_texts()
    {
        using var site = Pair();
        site.Build();

        var page = Html.Parse(site.Read("fi/paatokset/2025/katto/index.html"));
        var link = page.QuerySelector("head link[rel=alternate][type='application/json']")!.GetAttribute("href");
        var visible = page.QuerySelector("main .data-link a")!.GetAttribute("href");

        Assert.Equal("/fi/paatokset/2025/katto/index.json", link);
        Assert.Equal(link, visible);
        var own = JsonNode.Parse(site.Read("fi/paatokset/2025/katto/index.json"))!.AsObject();
        var all = JsonNode.Parse(site.Read("fi/decisions.json"))!["decisions"]![0];
        foreach (var text in new[] { "proposal", "decision", "previous", "text" })
        {
            own.Remove(text);
        }

        Assert.True(JsonNode.DeepEquals(all, own));
    }

    [Fact]
    public void The_home_page_links_the_feed_the_open_data_of_its_language_and_their_schema()
    {
        using var site = Pair();
        site.Build();

        var links = Html.Parse(site.Read("sv/index.html")).QuerySelectorAll("main .open-data a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal(["/sv/beslut/atom.xml", "/sv/decisions.json", "/sv/decisions.csv", "/data/decisions.schema.json"], links);
        Assert.All(links, l => Assert.True(site.Exists(l![1..]), l));
    }
}
