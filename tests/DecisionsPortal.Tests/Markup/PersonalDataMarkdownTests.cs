using DecisionsPortal.Rendering;

namespace DecisionsPortal.Tests.Markup;

public sealed class PersonalDataMarkdownTests
{
    private static string Render(string markdown) => MarkdownRenderer.Prepare(markdown).ToString().Trim();

    [Fact]
    public void A_mark_renders_as_a_span_around_its_escaped_words()
    {
        Assert.Equal("<p>Paikalla <span class=\"personal-data\">Matti &lt;M&gt;</span>.</p>", Render("Paikalla [[Matti <M>]]{.personal}."));
    }

    [Fact]
    public void Brackets_without_the_personal_suffix_stay_ordinary_markdown()
    {
        Assert.Equal("<p>[[Matti]] ja <a href=\"https://esimerkkila.example/\">linkki</a></p>", Render("[[Matti]] ja [linkki](https://esimerkkila.example/)"));
    }

    [Fact]
    public void A_mark_inside_emphasis_is_still_a_mark()
    {
        Assert.Equal("<p><em><span class=\"personal-data\">Maija</span></em></p>", Render("*[[Maija]]{.personal}*"));
    }
}
