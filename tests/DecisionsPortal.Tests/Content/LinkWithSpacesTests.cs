using DecisionsPortal.Diagnostics;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Content;

/// <summary>A link whose address has a space is text on the page: DP0187 names it wherever Markdown reads it.</summary>
public sealed class LinkWithSpacesTests
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
        return site.Build().Diagnostics.Where(d => d.Code == "DP0187").ToList();
    }

    private const string Proposal = "proposal: Kaupunginhallitus päättää korjata katon.";

    // The fields are on line 7 on, the text begins on line 9; each line below is a paragraph's, a list item's or a nested list's, not code.
    [Theory]
    [InlineData("- Kohta\n\n    Katso [kutsu](kutsu kirje.pdf).", 11, 11)]
    [InlineData("Katso\n    [kutsu](kutsu kirje.pdf).", 10, 5)]
    [InlineData("1. Kohta\n    - [kutsu](kutsu kirje.pdf)", 10, 7)]
    public void An_indented_line_that_is_not_code_is_looked_at(string text, int line, int column)
    {
        var warning = Assert.Single(Warnings(Proposal, text));

        Assert.Equal((line, column), (warning.Location.Line, warning.Location.Column));
        Assert.EndsWith("`[kutsu](<kutsu kirje.pdf>)`", warning.Message);
    }

    [Theory]
    [InlineData("Teksti.\n\n    [koodi](ei linkki.pdf)")]
    [InlineData("```\n[koodi](ei linkki.pdf)\n```")]
    [InlineData("- Kohta\n\n      [koodi](ei linkki.pdf)")]
    public void Code_is_not_looked_at(string text) => Assert.Empty(Warnings(Proposal, text));

    [Fact]
    public void A_link_in_a_proposal_written_over_several_lines_is_named_at_its_line_and_column()
    {
        var warning = Assert.Single(Warnings("proposal: |\n  Kaupunginhallitus päättää.\n\n  Katso [kutsu](kutsu kirje.pdf).", "Teksti."));

        Assert.Equal((10, 9), (warning.Location.Line, warning.Location.Column));
    }

    [Fact]
    public void A_link_in_a_proposal_and_a_decision_on_one_line_is_named_at_its_field()
    {
        var warnings = Warnings("proposal: Katso [kutsu](kutsu kirje.pdf).\ndecision: \"Katso [ohjelma](ohjelma 2025.pdf).\"", "Teksti.");

        Assert.Equal([(7, 11), (8, 11)], warnings.Select(w => (w.Location.Line, w.Location.Column)));
        Assert.EndsWith("`[ohjelma](<ohjelma 2025.pdf>)`", warnings[1].Message);
    }

    [Fact]
    public void A_link_in_a_meeting_s_notes_is_looked_at()
    {
        using var site = new TestSite("-- content/fi/meetings/kaupunginhallitus/2025-03-14.md --\n---\nplace: Kaupungintalo\n---\nEsityslista: [lista](esitys lista.pdf)\n");

        var warning = Assert.Single(site.Build().Diagnostics, d => d.Code == "DP0187");

        Assert.Equal((4, 14), (warning.Location.Line, warning.Location.Column));
    }
}
