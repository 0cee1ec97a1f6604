using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Rendering.Agendas;

/// <summary>An agenda item never shows as decided, and a kept earlier text needs its correction: told at the line.</summary>
public sealed class AgendaDiagnosticsTests : IDisposable
{
    private readonly TestSite site = new(AgendaTown.Files);

    public void Dispose() => site.Dispose();

    private DecisionsPortal.Diagnostics.Diagnostic Only(string code, string file, string text, DateOnly? day = null)
    {
        site.Write(file, text);
        var result = site.BuildOn(day ?? AgendaTown.Today);
        return Assert.Single(result.Diagnostics, d => d.Code == code);
    }

    [Fact]
    public void An_agenda_item_with_a_decision_is_an_error_at_the_decision()
    {
        var d = Only("DP0270", "content/fi/2025/uimahalli.md", AgendaTown.AgendaItemFile.Replace("status: agenda", "status: agenda\ndecision: Hyväksyttiin."));

        Assert.True(d.IsError);
        Assert.Equal((true, 9), (d.Location.Path.EndsWith("content/fi/2025/uimahalli.md", StringComparison.Ordinal), d.Location.Line));
        Assert.Contains("has no decision yet", d.Message);
    }

    [Fact]
    public void An_agenda_item_with_votes_is_an_error_at_the_votes()
    {
        var d = Only("DP0271", "content/fi/2025/uimahalli.md", AgendaTown.AgendaItemFile.Replace("status: agenda", "status: agenda\nvotes: { for: 5, against: 2 }"));

        Assert.Equal((true, 9), (d.IsError, d.Location.Line));
    }

    [Fact]
    public void Every_item_still_on_the_agenda_once_the_minutes_are_public_is_warned_about_at_its_status()
    {
        site.Write("content/fi/meetings/kaupunginhallitus/2025-04-07.md", "---\nnumber: 6/2025\nminutes_public: 2025-04-10\n---\n");

        var warnings = site.BuildOn(new DateOnly(2025, 4, 10)).Diagnostics.Where(d => d.Code == "DP0272").ToList();

        Assert.Equal(["fi/2025/tori.md", "fi/2025/uimahalli.md", "sv/2025/tori.md", "sv/2025/uimahalli.md"],
            warnings.Select(d => d.Location.Path[(d.Location.Path.IndexOf("content/", StringComparison.Ordinal) + 8)..]).Order(StringComparer.Ordinal));
        Assert.All(warnings, d => Assert.Equal((false, "status: agenda"), (d.IsError, File.ReadAllLines(Path.Combine(site.Root, d.Location.Path[d.Location.Path.IndexOf("content/", StringComparison.Ordinal)..]))[d.Location.Line - 1])));
        Assert.Contains("public since 2025-04-10", warnings[0].Message);
        Assert.DoesNotContain(site.BuildOn(new DateOnly(2025, 4, 9)).Diagnostics, d => d.Code == "DP0272");
    }

    [Fact]
    public void An_earlier_text_without_the_date_of_its_correction_is_an_error()
    {
        var text = File.ReadAllText(Path.Combine(site.Root, "content/fi/2025/koulukuljetukset.md")).Replace("updated: 2025-03-24\n", "");

        var d = Only("DP0273", "content/fi/2025/koulukuljetukset.md", text);

        Assert.Equal((true, 12), (d.IsError, d.Location.Line));
    }

    [Fact]
    public void An_earlier_text_equal_to_the_decision_is_warned_about()
    {
        var text = File.ReadAllText(Path.Combine(site.Root, "content/fi/2025/koulukuljetukset.md")).Replace("tilausbussilla kolmeksi", "tilausbussilla kahdeksi");

        var d = Only("DP0274", "content/fi/2025/koulukuljetukset.md", text);

        Assert.False(d.IsError);
    }
}
