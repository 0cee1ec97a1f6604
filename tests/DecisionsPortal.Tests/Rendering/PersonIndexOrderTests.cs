using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Rendering;

/// <summary>
/// The index of people reads as a Finnish or Swedish reader looks a name up: by surname, then first
/// name, with Å, Ä and Ö after Z (not Å as A, Ö as O), whatever the culture of the machine that built it.
/// </summary>
public sealed class PersonIndexOrderTests
{
    private static readonly string[] People =
    [
        "Anna Östman", "Åsa Heikka", "Jari Lindqvist", "Eva Älvsbacka", "Oskar Åberg", "Zacharias Zetterberg",
        "Erik Ahlström", "Anna Heikka", "Élise Wiik", "Olli Esimerkki",
    ];

    [Theory]
    [InlineData("fi", "fi/henkilo/index.html")]
    [InlineData("sv", "sv/person/index.html")]
    public void People_are_listed_by_surname_then_first_name_with_a_a_o_after_z(string language, string path)
    {
        var files = string.Concat(People.Select((name, i) =>
        {
            var decision = (language == "fi" ? Decisions.Finnish(title: $"Asia {i}") : Decisions.Swedish(title: $"Ärende {i}"))
                .Replace("name: Maija Meikäläinen", $"name: {name}", StringComparison.Ordinal);
            return $"-- content/{language}/2025/asia-{i}.md --\n{decision}\n";
        }));
        using var site = new TestSite(files);
        Assert.True(site.Build().Succeeded);

        var names = Html.Parse(site.Read(path)).QuerySelectorAll(".index-list a").Select(a => a.TextContent).ToArray();

        Assert.Equal(
            [
                "Erik Ahlström", "Olli Esimerkki", "Anna Heikka", "Åsa Heikka", "Jari Lindqvist", "Élise Wiik", "Zacharias Zetterberg",
                "Oskar Åberg", "Eva Älvsbacka", "Anna Östman",
            ],
            names);
    }
}
