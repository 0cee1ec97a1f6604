using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Site;

/// <summary>
/// A mark is read wherever an editor may write a name, and however the text wraps: before the
/// appeal period ends its words are shown without the syntax, after it they are in no output file.
/// </summary>
public sealed class PersonalMarkFieldsTests
{
    private static readonly string[] Names = ["Matti Mäkimarkku", "Pirkko Pilkku", "Ville Vastaamo", "Lasse Lausuja", "Hilkka Huonemies", "Aino Osallistuja", "Pertti Puheenjohtajanen"];

    private static string Files()
    {
        var files = CouncilTown.Files
            .Replace("rakennusmestari [[Matti Meikäläinen]]{.personal} helmikuussa.",
                "rakennusmestari [[Matti\nMäkimarkku]]{.personal} helmikuussa, ja\nisännöitsijä [[Pirkko Pilkku]]{ .personal } maaliskuussa.")
            .Replace("votes: { for: 7, against: [Anna Aho, Eero Esa], abstained: 1, absent: 1 }",
                "votes: { for: 7, against: [\"[[Ville Vastaamo]]{.personal}\", Eero Esa], abstained: 1, absent: 1 }\n"
                + "attachments: [{ title: \"Lausunto, [[Lasse Lausuja]]{.personal}\", file: lausunto.pdf }]")
            .Replace("place: Kaupungintalo, hallituksen kokoushuone", "place: \"Kaupungintalo, [[Hilkka Huonemies]]{.personal}\"")
            .Replace("  - Anna Aho\n", "  - \"[[Aino Osallistuja]]{.personal}\"\n  - { name: Anna Aho, role: \"[[Pertti Puheenjohtajanen]]{.personal}n sijainen\" }\n");
        return files + "\n-- content/fi/2025/lausunto.pdf --\n%PDF-1.4\n";
    }

    [Fact]
    public void Every_change_this_test_makes_to_the_council_town_is_made()
    {
        var files = Files();
        Assert.All(Names, name => Assert.Contains(name.Split(' ')[0], files));
        Assert.Contains("Matti\nMäkimarkku]]", files);
        Assert.Contains("{ .personal }", files);
        Assert.Contains("Lasse Lausuja", files);
        Assert.Contains("Hilkka Huonemies", files);
        Assert.Contains("Aino Osallistuja", files);
        Assert.Contains("Pertti Puheenjohtajanen", files);
        Assert.Contains("Ville Vastaamo", files);
    }

    [Fact]
    public void Until_the_last_day_the_marked_words_are_shown_without_the_mark_syntax()
    {
        using var site = new TestSite(Files());

        var result = site.BuildOn(CouncilTown.LastDay);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = Html.Parse(site.Read(CouncilTown.BoardPage));
        Assert.Equal(["Matti Mäkimarkku", "Pirkko Pilkku"], page.QuerySelectorAll(".preparation span.personal-data").Select(s => s.TextContent));
        Assert.Contains("Ville Vastaamo, Eero Esa", page.QuerySelector(".votes")!.TextContent);
        Assert.Contains("Lausunto, Lasse Lausuja", page.QuerySelector("article")!.TextContent);
        var meeting = Html.Parse(site.Read(CouncilTown.BoardMeeting)).QuerySelector("main")!.TextContent;
        Assert.Contains("Kaupungintalo, Hilkka Huonemies", meeting);
        Assert.Contains("Aino Osallistuja", meeting);
        Assert.Contains("Pertti Puheenjohtajanen", meeting);

        // The open data's JSON keeps Markdown as written, marks included; every text for people carries the words alone.
        Assert.DoesNotContain(site.FilesContaining("personal}"), f => !f.EndsWith(".json", StringComparison.Ordinal));
    }

    [Fact]
    public void From_the_day_after_the_last_day_no_marked_words_are_in_any_output_file()
    {
        using var site = new TestSite(Files());

        var result = site.BuildOn(CouncilTown.LastDay.AddDays(1));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        foreach (var name in Names)
        {
            Assert.Empty(site.FilesContaining(name));
            Assert.Empty(site.FilesContaining(name.Split(' ')[1]));
            Assert.Empty(site.FilesContaining(name.Split(' ')[1].ToLowerInvariant()));
        }

        Assert.Contains("rakennusmestari [henkilötieto poistettu] helmikuussa", Html.Parse(site.Read(CouncilTown.BoardPage)).QuerySelector(".preparation")!.TextContent);
        Assert.Contains("Kaupungintalo, [henkilötieto poistettu]", Html.Parse(site.Read(CouncilTown.BoardMeeting)).QuerySelector("main")!.TextContent);
    }
}
