using DecisionsPortal.Markup;
using Markdig;

namespace DecisionsPortal.Tests.Markup;

public sealed class PlainTextTests
{
    private static readonly MarkdownPipeline Pipeline = MarkdownSyntax.Pipeline;

    private static readonly string[] Texts =
    [
        "# Otsikko\n\nKaupunginhallitus *päättää* hyväksyä [sopimuksen](https://example.org).",
        "Teksti, jossa on alaviite.[^1]\n\n[^1]: Alaviitteen sisältö.\n",
        "| Kohde | Euroa |\n| --- | ---: |\n| Koulu | 1 200 |\n| Päiväkoti | 800 |\n",
        "- ensimmäinen\n  - sisäkkäinen\n- toinen\n\n> lainaus\n\n```\nkoodi  rivi\n```\n",
        "<b>raaka html</b> & merkit < > \"lainaus\"",
        "Kaksi\n\n\n\nkappaletta   väleineen ~~poistettu~~ ja ==merkitty==.",
    ];

    [Fact]
    public void Search_text_of_markdown_is_markdigs_plain_text_with_white_space_collapsed_whatever_was_rendered_before()
    {
        // Twice in a row and in reverse, so a renderer reused between texts shows any state it kept.
        foreach (var text in Texts.Concat(Texts.Reverse()).Concat(Texts))
        {
            Assert.Equal(string.Join(' ', Markdown.ToPlainText(text, Pipeline).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), PlainText.FromMarkdown(text));
        }
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("lyhyt", "")]
    [InlineData("", "vain runko")]
    [InlineData("ehdotus", "ja runko")]
    public void A_snippet_of_two_texts_is_the_snippet_of_them_joined_by_a_space(string first, string second)
    {
        for (var repeat = 1; repeat < 80; repeat += 7)
        {
            var a = string.Concat(Enumerable.Repeat(first + (first.Length > 0 ? " " : ""), repeat)).TrimEnd();
            var b = string.Concat(Enumerable.Repeat(second + (second.Length > 0 ? " " : ""), repeat)).TrimEnd();
            var joined = string.Join(' ', new[] { a, b }.Where(s => s.Length > 0));
            foreach (var length in new[] { 10, 40, 240 })
            {
                Assert.Equal(PlainText.Excerpt(joined, length), PlainText.Excerpt(a, b, length));
            }
        }
    }

    [Fact]
    public void A_snippet_cut_inside_a_long_word_is_cut_at_its_length()
    {
        var a = new string('a', 300);
        Assert.Equal(PlainText.Excerpt(a + " b", 240), PlainText.Excerpt(a, "b", 240));
        Assert.Equal(PlainText.Excerpt("x " + a, 240), PlainText.Excerpt("x", a, 240));
    }

    [Fact]
    public void A_texts_words_joined_with_other_fields_are_the_fields_joined_by_a_space_leaving_out_empty_ones()
    {
        // White space only and a text of no words (an image) are empty too; so is a field before or after them.
        foreach (var text in Texts.Cast<string?>().Concat(["", "   \n", "![](kuva.png)", null]))
        {
            foreach (var before in new[] { "", "päätös" })
            {
                foreach (var after in new[] { Array.Empty<string>(), ["", "Matti Meikäläinen", "", "HEL 2024-1"], [""] })
                {
                    var words = PlainText.FromMarkdown(text);
                    var joined = PlainText.Joined(before, text, after, out var at);
                    Assert.Equal(string.Join(' ', new[] { before, words }.Concat(after).Where(s => s.Length > 0)), joined);
                    Assert.Equal(words, joined[at]);
                }
            }
        }
    }
}
