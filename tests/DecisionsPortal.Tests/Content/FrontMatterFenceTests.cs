using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Content;

/// <summary>
/// A '---' line that is almost right (after empty lines, indented, four hyphens, a dash a word
/// processor made of the hyphens) is named at its line with what to write, rather than told as
/// a file without front matter or one whose front matter never ends.
/// </summary>
public sealed class FrontMatterFenceTests
{
    private static readonly string Fields = Decisions.Finnish().Split("---\n")[1];

    private static DecisionsPortal.Diagnostics.Diagnostic OnlyError(string file)
    {
        using var site = new TestSite("-- content/fi/2025/a.md --\n" + file);
        return Assert.Single(site.Build().Diagnostics, d => d.IsError);
    }

    [Theory]
    [InlineData("\n\n---\n", 3, 1, "DP0002", "the line '---' that opens the front matter must be the file's first line: delete the empty lines above it")]
    [InlineData("  ---\n", 1, 1, "DP0002", "the line '---' that opens the front matter must start at the beginning of the line: delete the spaces before it")]
    [InlineData("----\n", 1, 1, "DP0002", "the front matter is opened and closed by a line of exactly three hyphens, '---', not '----': write '---' here")]
    [InlineData("\u2014\n", 1, 1, "DP0002", "the front matter is opened and closed by a line of exactly three hyphens, '---', not '\u2014': write '---' here")]
    public void An_opening_line_that_is_almost_right_is_named_with_what_to_write(string opening, int line, int column, string code, string message)
    {
        var error = OnlyError(opening + Fields + "---\nTeksti.\n");

        Assert.Equal((code, line, column, message), (error.Code, error.Location.Line, error.Location.Column, error.Message));
    }

    // Named as the closing line, the rule inside the block text would have the editor write '---' there and cut the proposal in two.
    [Fact]
    public void A_rule_of_hyphens_inside_a_block_text_is_not_taken_for_the_closing_line()
    {
        var fields = Fields.Replace("proposal: Kaupunginhallitus päättää korjata katon.", "proposal: |\n  Kaupunginhallitus päättää korjata katon.\n  ---\n  Kustannukset katetaan talousarviosta.", StringComparison.Ordinal);
        var file = "---\n" + fields + "\u2014\nTeksti.\n";
        var line = file.Split('\n').ToList().IndexOf("\u2014") + 1;

        var error = OnlyError(file);

        Assert.Equal(("DP0003", line), (error.Code, error.Location.Line));
    }

    [Theory]
    [InlineData("----\n")]
    [InlineData("  ---\n")]
    [InlineData("\u2013\u2013\u2013\n")]
    public void A_closing_line_that_is_almost_right_is_named_at_its_line(string closing)
    {
        var file = "---\n" + Fields + closing + "Teksti.\n";
        var line = file.Split('\n').ToList().IndexOf(closing.TrimEnd('\n')) + 1;

        var error = OnlyError(file);

        Assert.Equal(("DP0003", line, 1), (error.Code, error.Location.Line, error.Location.Column));
        Assert.Equal($"the front matter is opened and closed by a line of exactly three hyphens, '---', not '{closing.TrimEnd('\n')}': write '---' here", error.Message);
    }

    [Fact]
    public void A_rule_of_dashes_in_the_text_below_an_unclosed_front_matter_is_not_taken_for_its_closing_line()
    {
        var error = OnlyError("---\n" + Fields + "Teksti alkaa.\n\n----\n\nLisää.\n");

        Assert.Equal(("DP0003", 9), (error.Code, error.Location.Line));
        Assert.Equal("the front matter is not closed: add a line '---' above this line, after the last field", error.Message);
    }

    [Fact]
    public void An_empty_file_is_told_it_is_empty()
    {
        var error = OnlyError("\n");

        Assert.Equal(("DP0002", 1), (error.Code, error.Location.Line));
        Assert.Equal("the file is empty: it must start with front matter, a line '---', the fields, and another line '---'", error.Message);
    }
}
