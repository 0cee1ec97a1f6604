using DecisionsPortal.Diagnostics;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Diagnostics;

/// <summary>
/// A message in the editor's language keeps what the editor wrote; every golden case is also
/// shown in the three languages (<see cref="Pipeline.GoldenDiagnosticsTests"/>).
/// </summary>
public sealed class LocalisedDiagnosticsTests
{
    [Fact]
    public void A_tab_is_reported_at_its_line_with_the_fix_in_Finnish_and_Swedish()
    {
        using var site = new TestSite(File.ReadAllText(Path.Combine(Golden.Folder, "Diagnostics", "130-tab-indentation", "input.txt")));

        var tab = Assert.Single(site.Build().Diagnostics);

        Assert.Equal((9, "DP0130"), (tab.Location.Line, tab.Code));
        Assert.EndsWith("katto.md(9,1): error DP0130: tämä rivi on sisennetty sarkaimella (Tab); YAML sisennetään vain välilyönneillä: korvaa sarkain välilyönneillä",
            DiagnosticFormatter.Format(tab, MessageCatalogue.For("fi")));
        Assert.EndsWith("katto.md(9,1): error DP0130: här är raden indragen med tabb; i YAML dras rader in bara med mellanslag: byt ut tabben mot mellanslag",
            DiagnosticFormatter.Format(tab, MessageCatalogue.For("sv")));
    }

    [Fact]
    public void A_message_keeps_what_the_editor_wrote_and_translates_its_hint()
    {
        var message = MessageText.Of($"unknown organ '{"kaupunginhalitus"}' in 'body'{Suggestions.DidYouMean("kaupunginhalitus", ["kaupunginhallitus", "lautakunta"])}");

        Assert.Equal("unknown organ '{0}' in 'body'{1}", message.Template);
        Assert.Equal("unknown organ 'kaupunginhalitus' in 'body'; did you mean 'kaupunginhallitus'?", message.ToString());
        Assert.Equal("tuntematon toimielin 'kaupunginhalitus' kentässä 'body'; tarkoititko 'kaupunginhallitus'?", message.Render(MessageCatalogue.For("fi")));
        Assert.Equal("okänt organ 'kaupunginhalitus' i 'body'; menade du 'kaupunginhallitus'?", message.Render(MessageCatalogue.For("sv")));
    }

    [Fact]
    public void Braces_the_editor_wrote_are_text_not_holes()
    {
        var bag = new DiagnosticBag();
        var written = "{.personaali}";

        bag.Error("DP0000", new SourceLocation("a.md", 3, 1), $"'{{{written}}}' is not a personal-data mark; {"x"}");

        var d = Assert.Single(bag.ToSortedList());
        Assert.Equal("'{{{0}}}' is not a personal-data mark; {1}", d.Text.Template);
        Assert.Equal("'{{.personaali}}' is not a personal-data mark; x", d.Message);
    }

    [Fact]
    public void A_message_missing_from_the_catalogue_is_marked_as_English_not_passed_off()
    {
        MessageText message = "a message no catalogue has";

        Assert.Equal("a message no catalogue has [en]", message.Render(MessageCatalogue.For("fi")));
        Assert.Equal("a message no catalogue has", message.Render(MessageCatalogue.For("en")));
    }
}
