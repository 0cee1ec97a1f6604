using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Rendering.Agendas;

/// <summary>
/// What changed: an amended decision against its proposal and a corrected one against the text
/// first published, word by word, in &lt;del&gt; and &lt;ins&gt; that say in words what they are.
/// </summary>
public sealed class ChangesTests : IDisposable
{
    private readonly TestSite site = new(AgendaTown.Files);

    public void Dispose() => site.Dispose();

    private AngleSharp.Dom.IDocument Page(string path, DateOnly day)
    {
        var result = site.BuildOn(day);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return Html.Parse(site.Read(path + "index.html"));
    }

    [Fact]
    public void An_amended_decision_shows_the_words_removed_from_and_added_to_the_proposal_with_spoken_labels()
    {
        var page = Page(AgendaTown.Amended, AgendaTown.Today);

        var changes = page.QuerySelector("#changes-proposal-heading")!.ParentElement!;
        Assert.Equal("Päätös verrattuna päätösehdotukseen", changes.QuerySelector("h2")!.TextContent);
        var diff = changes.QuerySelector(".diff")!;
        Assert.Equal(["Poistettu: päättää", "Poistettu: taksilla kolmeksi", "Poistettu: " + AgendaTown.ProposalName + "."],
            diff.QuerySelectorAll("del").Select(d => d.TextContent));
        Assert.Equal(["Lisätty: päätti", "Lisätty: tilausbussilla kahdeksi", "Lisätty: " + AgendaTown.DecisionName + "."],
            diff.QuerySelectorAll("ins").Select(d => d.TextContent));
        Assert.All(diff.QuerySelectorAll("del, ins"), e => Assert.Equal("visually-hidden", e.FirstElementChild!.ClassName));
        // Read aloud in order, the sentence is whole: unchanged words stay between the changes.
        Assert.Equal(
            "Kaupunginhallitus Poistettu: päättää Lisätty: päätti järjestää koulukuljetukset Poistettu: taksilla kolmeksi Lisätty: tilausbussilla kahdeksi vuodeksi. "
            + $"Yhteyshenkilö on Poistettu: {AgendaTown.ProposalName}. Lisätty: {AgendaTown.DecisionName}.",
            diff.TextContent);

        var swedish = Page(AgendaTown.AmendedSwedish, AgendaTown.Today).QuerySelector(".diff")!;
        Assert.Equal(["Borttaget: beslutar", "Borttaget: taxi", "Borttaget: tre"], swedish.QuerySelectorAll("del").Select(d => d.TextContent));
        Assert.Equal(["Tillagt: beslutade", "Tillagt: beställningsbuss", "Tillagt: två"], swedish.QuerySelectorAll("ins").Select(d => d.TextContent));
    }

    [Fact]
    public void A_corrected_decision_shows_what_the_correction_changed_against_the_text_first_published()
    {
        var page = Page(AgendaTown.Amended, AgendaTown.Today);

        var changes = page.QuerySelector("#changes-correction-heading")!.ParentElement!;
        Assert.Equal("Korjattu 24.3.2025", changes.QuerySelector("h2")!.TextContent);
        Assert.Equal(["Poistettu: kolmeksi"], changes.QuerySelectorAll("del").Select(d => d.TextContent));
        Assert.Equal(["Lisätty: kahdeksi"], changes.QuerySelectorAll("ins").Select(d => d.TextContent));
    }

    [Fact]
    public void A_decision_as_proposed_or_without_an_earlier_text_shows_no_difference()
    {
        Page(AgendaTown.Amended, AgendaTown.Today);

        Assert.Null(Html.Parse(site.Read("fi/paatokset/2025/uimahalli-valmistelu/index.html")).QuerySelector(".changes"));
        Assert.Null(Html.Parse(site.Read(AgendaTown.AgendaItem + "index.html")).QuerySelector(".changes"));
        Assert.Null(Html.Parse(site.Read(AgendaTown.AmendedSwedish + "index.html")).QuerySelector("#changes-correction-heading"));
    }

    [Fact]
    public void After_the_appeal_period_no_marked_name_reaches_the_page_through_a_difference()
    {
        var page = Page(AgendaTown.Amended, AgendaTown.LastDay.AddDays(1));

        var diffs = string.Join("\n", page.QuerySelectorAll(".diff").Select(d => d.TextContent));
        Assert.Contains("[henkilötieto poistettu]", diffs);
        foreach (var name in new[] { AgendaTown.ProposalName, AgendaTown.DecisionName })
        {
            Assert.Empty(site.FilesContaining(name.Split(' ')[1]));
        }
    }

    [Fact]
    public void The_earlier_text_of_a_decision_marked_personal_as_a_whole_is_withheld_with_it()
    {
        site.Write("content/fi/2025/koulukuljetukset.md", File.ReadAllText(Path.Combine(site.Root, "content/fi/2025/koulukuljetukset.md"))
            .Replace("topics: [schools]", "topics: [schools]\npersonal: [decision]")
            .Replace("tilausbussilla", "Tilausbussiyhtiö-Virtanen"));

        // Its translation withholds the same (else DP0102).
        site.Write("content/sv/2025/koulukuljetukset.md", File.ReadAllText(Path.Combine(site.Root, "content/sv/2025/koulukuljetukset.md"))
            .Replace("topics: [schools]", "topics: [schools]\npersonal: [decision]"));

        Page(AgendaTown.Amended, AgendaTown.LastDay.AddDays(1));

        Assert.Empty(site.FilesContaining("Virtanen"));
    }
}
