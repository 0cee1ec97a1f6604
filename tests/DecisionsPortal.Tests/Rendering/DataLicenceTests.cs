using System.Text.Json;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Rendering;

/// <summary>
/// site.yml's <c>data_licence:</c>, validated, and named wherever the data is taken from: every
/// page's footer, the home page's open data, decisions.json and the Atom feeds; the JSON Schema
/// is linked from the open data section.
/// </summary>
public sealed class DataLicenceTests
{
    private const string Licence = "data_licence: { name: CC BY 4.0, url: https://creativecommons.org/licenses/by/4.0/ }\n";

    private static TestSite Site(string licence) =>
        new($"-- site.yml --\n{TestSite.DefaultConfig}\n{licence}-- content/fi/2025/katto.md --\n{Decisions.Finnish()}\n-- content/sv/2025/katto.md --\n{Decisions.Swedish()}");

    [Fact]
    public void The_licence_is_named_in_every_pages_footer_the_open_data_section_decisions_json_and_the_feeds()
    {
        using var site = Site(Licence);
        Assert.True(site.Build().Succeeded);

        foreach (var page in new[] { "fi/index.html", "fi/paatokset/2025/katto/index.html", "sv/index.html", "fi/vuosi/2025/index.html" })
        {
            var footer = Html.Parse(site.Read(page)).QuerySelector(".site-footer a[href='https://creativecommons.org/licenses/by/4.0/']");
            Assert.True(footer is not null, page);
            Assert.Equal("CC BY 4.0", footer!.TextContent);
        }

        var home = Html.Parse(site.Read("fi/index.html"));
        Assert.Equal("Avoimen datan lisenssi: CC BY 4.0", home.QuerySelector(".data-licence")!.TextContent);
        Assert.Equal("license", home.QuerySelector(".data-licence a")!.GetAttribute("rel"));
        Assert.Equal("/data/decisions.schema.json", home.QuerySelector(".open-data a[type='application/schema+json']")!.GetAttribute("href"));
        Assert.Equal("Beskrivning av datastrukturen (JSON Schema)", Html.Parse(site.Read("sv/index.html")).QuerySelector(".open-data a[type='application/schema+json']")!.TextContent);

        using var json = JsonDocument.Parse(site.Read("fi/decisions.json"));
        var licence = json.RootElement.GetProperty("licence");
        Assert.Equal(("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"), (licence.GetProperty("name").GetString(), licence.GetProperty("url").GetString()));

        var feed = System.Xml.Linq.XDocument.Parse(site.Read("fi/paatokset/atom.xml"));
        System.Xml.Linq.XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Equal("CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)", feed.Root!.Element(atom + "rights")!.Value);
        Assert.Contains(feed.Root.Elements(atom + "link"), l => (string?)l.Attribute("rel") == "license" && (string?)l.Attribute("href") == "https://creativecommons.org/licenses/by/4.0/");
    }

    [Fact]
    public void Without_a_licence_nothing_claims_one_and_the_json_says_null()
    {
        using var site = Site("");
        Assert.True(site.Build().Succeeded);

        Assert.Null(Html.Parse(site.Read("fi/index.html")).QuerySelector(".data-licence"));
        Assert.DoesNotContain("<rights>", site.Read("fi/paatokset/atom.xml"));
        using var json = JsonDocument.Parse(site.Read("fi/decisions.json"));
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("licence").ValueKind);
    }

    [Theory]
    [InlineData("data_licence: { name: CC BY 4.0 }\n", "needs the url")]
    [InlineData("data_licence: { name: CC BY 4.0, url: creativecommons.org/licenses/by/4.0 }\n", "not 'creativecommons.org/licenses/by/4.0'")]
    [InlineData("data_licence: { url: https://creativecommons.org/licenses/by/4.0/ }\n", "needs a name")]
    [InlineData("data_licence: { name: CC BY 4.0, link: https://creativecommons.org/licenses/by/4.0/ }\n", "unknown key 'link'")]
    public void A_licence_without_a_name_or_an_absolute_address_is_a_configuration_error_at_its_line(string licence, string message)
    {
        using var site = Site(licence);
        var result = site.Build();

        Assert.Equal(2, result.ExitCode);
        var error = Assert.Single(result.Diagnostics, d => d.Code == "DP1200" && d.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal(13, error.Location.Line);
        Assert.EndsWith("site.yml", error.Location.Path);
    }
}
