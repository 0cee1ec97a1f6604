using DecisionsPortal.Diagnostics;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Content;

/// <summary>
/// A section of the minutes copied whole brings its headings ('Päätösehdotus', 'Päätös'), which the
/// page writes itself above 'proposal:' and 'decision:': DP0193 names each such line.
/// </summary>
public sealed class MinutesHeadingsTests
{
    private static IReadOnlyList<Diagnostic> Warnings(string fields, string text)
    {
        using var site = new TestSite($"""
            -- content/fi/2025/a.md --
            ---
            title: Katon korjaus
            date: 2025-03-14
            body: kaupunginhallitus
            preparer: {"{"} name: Maija Meikäläinen, title: Tekninen johtaja {"}"}
            presenter: {"{"} name: Olli Esimerkki, title: Kaupunginjohtaja {"}"}
            {fields}
            ---
            {text}
            """);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return result.Diagnostics.Where(d => d.Code == "DP0193").ToList();
    }

    private const string Proposal = "proposal: Kaupunginhallitus päättää korjata katon.";

    // The text begins on line 9.
    [Theory]
    [InlineData("Katto vuotaa.\n\nPäätösehdotus\n\nKaupunginhallitus päättää korjata katon.", 11, "Päätösehdotus", "proposal")]
    [InlineData("Katto vuotaa.\n\nPäätösehdotus: Kaupunginhallitus päättää korjata katon.", 11, "Päätösehdotus", "proposal")]
    [InlineData("Katto vuotaa.\n\nPäätösehdotus Kaupunginhallitus päättää korjata katon.", 11, "Päätösehdotus", "proposal")]
    [InlineData("Katto vuotaa.\n\n**Päätösehdotus:**\nKaupunginhallitus päättää korjata katon.", 11, "Päätösehdotus", "proposal")]
    [InlineData("Katto vuotaa.\n\n## Päätös\n\nHyväksyttiin.", 11, "Päätös", "decision")]
    [InlineData("Katto vuotaa.\n\nBeslut: Godkändes.", 11, "Beslut", "decision")]
    public void A_proposal_or_decision_heading_of_the_minutes_in_the_text_names_the_field_to_write_it_in(string text, int line, string heading, string field)
    {
        var warning = Assert.Single(Warnings(Proposal, text));

        Assert.False(warning.IsError);
        Assert.Equal((line, 1), (warning.Location.Line, warning.Location.Column));
        Assert.Equal($"'{heading}' is a heading of the minutes, copied into the text: the page shows '{field}:' under that heading itself, and this line and the text after it as preparation; move that text into '{field}:' and delete this line", warning.Message);
    }

    // The fields begin on line 7.
    [Theory]
    [InlineData("proposal: |\n  Päätösehdotus\n  Kaupunginhallitus päättää korjata katon.", 8, "Päätösehdotus")]
    [InlineData("proposal: |\n  Esittelijän päätösehdotus:\n\n  Kaupunginhallitus päättää korjata katon.", 8, "Esittelijän päätösehdotus")]
    [InlineData("proposal: Kaupunginhallitus päättää korjata katon.\ndecision: |\n  Päätös: Hyväksyttiin.", 9, "Päätös")]
    public void A_field_that_begins_with_its_own_heading_is_told_the_page_writes_it(string fields, int line, string heading)
    {
        var warning = Assert.Single(Warnings(fields, "Katto vuotaa."));

        Assert.Equal((line, 3), (warning.Location.Line, warning.Location.Column));
        Assert.Equal($"'{heading}' is the heading the page already shows above this text, so it would be shown twice: delete the heading", warning.Message);
    }

    [Fact]
    public void The_text_that_begins_with_valmistelu_is_told_the_page_writes_it() =>
        Assert.Equal((9, 1), Assert.Single(Warnings(Proposal, "Valmistelu\n\nKatto vuotaa.")) is var w ? (w.Location.Line, w.Location.Column) : default);

    [Fact]
    public void A_decision_pasted_below_the_proposal_in_its_field_names_the_decision_field()
    {
        var warning = Assert.Single(Warnings("proposal: |\n  Kaupunginhallitus päättää korjata katon.\n\n  Päätös\n\n  Hyväksyttiin.", "Katto vuotaa."));

        Assert.Equal((10, 3), (warning.Location.Line, warning.Location.Column));
        Assert.Equal("'Päätös' is a heading of the minutes, copied into 'proposal:': the page shows 'decision:' under that heading itself; move the text after this line into 'decision:' and delete this line", warning.Message);
    }

    [Theory]
    [InlineData("Katto vuotaa.\n\nEsittelijä Kaupunginjohtaja Olli Esimerkki", 11, "Esittelijä", "presenter")]
    [InlineData("Valmistelija: Tekninen johtaja Maija Meikäläinen\n\nKatto vuotaa.", 9, "Valmistelija", "preparer")]
    public void A_line_of_the_minutes_naming_the_preparer_or_presenter_names_the_field(string text, int line, string heading, string field)
    {
        var warning = Assert.Single(Warnings(Proposal, text));

        Assert.Equal((line, 1), (warning.Location.Line, warning.Location.Column));
        Assert.Equal($"'{heading}' is a line of the minutes naming a person, and the page shows '{field}:' under that heading itself: check that '{field}:' names the same person, and delete this line", warning.Message);
    }

    // The heading with no name after it on its line names no one: the name, if copied, is below.
    [Theory]
    [InlineData("Katto vuotaa.\n\nFöredragande\nStadsdirektör Olli Esimerkki", 11, "Föredragande", "presenter")]
    [InlineData("Katto vuotaa.\n\nEsittelijä", 11, "Esittelijä", "presenter")]
    [InlineData("Katto vuotaa.\n\n**Esittelijä:**\n\nKaupunginjohtaja Olli Esimerkki", 11, "Esittelijä", "presenter")]
    [InlineData("Valmistelija:\nTekninen johtaja Maija Meikäläinen\n\nKatto vuotaa.", 9, "Valmistelija", "preparer")]
    public void The_heading_of_the_preparer_or_presenter_alone_on_its_line_is_told_as_a_heading(string text, int line, string heading, string field)
    {
        var warning = Assert.Single(Warnings(Proposal, text));

        Assert.Equal((line, 1), (warning.Location.Line, warning.Location.Column));
        Assert.Equal($"'{heading}' is a heading of the minutes, and the page shows '{field}:' under that heading itself: delete this line, and the name below it if one was copied from the minutes, once you have checked that '{field}:' names the same person", warning.Message);
    }

    [Theory]
    [InlineData("Päätös tehtiin jo keväällä, mutta katto vuotaa yhä.")]
    [InlineData("Päätösehdotuksen mukaan katto korjataan.")]
    [InlineData("Asiasta on tehty päätös: katto korjataan.")]
    [InlineData("Katto vuotaa.\n\n    Päätös: koodia")]
    [InlineData("Ehdotus Lapin liitolle on lähetetty.")]
    [InlineData("Esittelijä totesi, että katto vuotaa.")]
    // Seen by the review: a paragraph wrapped by hand so that the word ends up alone on a line, the sentence going on below.
    [InlineData("Kaupunginhallituksen\nPäätös\nperustui lautakunnan ehdotukseen.")]
    [InlineData("Stadsstyrelsens\nbeslut\ngrundade sig på nämndens förslag.")]
    public void The_word_in_a_sentence_or_in_code_is_not_named(string text) => Assert.Empty(Warnings(Proposal, text));
}
