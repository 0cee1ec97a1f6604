using DecisionsPortal.Diagnostics;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Content;

/// <summary>A list pasted from Word keeps Word's bullets, which Markdown runs together into one paragraph: DP0189 names each line.</summary>
public sealed class TypedListBulletsTests
{
    private static IReadOnlyList<Diagnostic> Warnings(string proposal, string text)
    {
        using var site = new TestSite($"""
            -- content/fi/2025/a.md --
            ---
            title: Katon korjaus
            date: 2025-03-14
            body: kaupunginhallitus
            preparer: {"{"} name: Maija Meikäläinen, title: Tekninen johtaja {"}"}
            presenter: {"{"} name: Olli Esimerkki, title: Kaupunginjohtaja {"}"}
            {proposal}
            ---
            {text}
            """);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return result.Diagnostics.Where(d => d.Code == "DP0189").ToList();
    }

    private const string Proposal = "proposal: Kaupunginhallitus päättää korjata katon.";

    // The text begins on line 9.
    [Theory]
    [InlineData("Muutokset:\n• arkisin\n• lauantaisin", '•')]
    [InlineData("Muutokset:\n\n•\tarkisin\n•\tlauantaisin", '•')]
    [InlineData("Muutokset:\n\uF0B7 arkisin\n\uF0B7 lauantaisin", '\uF0B7')]
    [InlineData("Muutokset:\n– arkisin\n– lauantaisin", '–')]
    public void Each_line_of_a_list_typed_with_word_s_bullets_warns_with_the_line_to_write(string text, char bullet)
    {
        var warnings = Warnings(Proposal, text);

        Assert.Equal(2, warnings.Count);
        Assert.False(warnings[0].IsError);
        Assert.Equal(1, warnings[0].Location.Column);
        Assert.Equal(warnings[0].Location.Line + 1, warnings[1].Location.Line);
        Assert.Equal($"this line begins with '{bullet}' (U+{(int)bullet:X4}), a bullet a document or a phone types, which Markdown does not read as a list: the items run together into one paragraph on the page; begin each with '- ' instead: `- lauantaisin`", warnings[1].Message);
    }

    [Theory]
    [InlineData("Kello 8\n– 20 välinen aika.")]
    [InlineData("- arkisin\n- lauantaisin")]
    [InlineData("Teksti.\n\n    • koodia\n    • koodia")]
    public void A_dash_that_continues_a_sentence_a_list_and_code_are_not_named(string text) => Assert.Empty(Warnings(Proposal, text));

    [Fact]
    public void A_list_in_a_proposal_block_is_named_at_its_line()
    {
        var warnings = Warnings("proposal: |\n  Kaupunginhallitus päättää:\n  • korjata katon\n  • maalata seinät", "Teksti.");

        Assert.Equal([(9, 3), (10, 3)], warnings.Select(w => (w.Location.Line, w.Location.Column)));
    }
}
