using DecisionsPortal.Rendering.Changes;

namespace DecisionsPortal.Tests.Rendering.Agendas;

/// <summary>The word diff itself: whole words, the texts' paragraphs kept, text escaped, nothing shown when only the markup differs.</summary>
public sealed class WordDiffTests
{
    private static string? Diff(string before, string after) => WordDiff.Html(before, after, "Poistettu:", "Lisätty:")?.Html;

    [Fact]
    public void Texts_with_the_same_words_show_no_difference_even_when_their_markup_differs()
    {
        Assert.Null(Diff("Ehdotus **hyväksyttiin**.", "Ehdotus hyväksyttiin."));
        Assert.Null(Diff("Ehdotus\nhyväksyttiin.", "Ehdotus hyväksyttiin."));
    }

    [Fact]
    public void Each_paragraph_stays_a_paragraph_and_only_the_changed_word_is_marked()
    {
        Assert.Equal(
            "<p>Kaupunginhallitus päätti.</p>\n<p>Määräraha on <del><span class=\"visually-hidden\">Poistettu: </span>100</del> <ins><span class=\"visually-hidden\">Lisätty: </span>120</ins> 000 euroa.</p>",
            Diff("Kaupunginhallitus päätti.\n\nMääräraha on 100 000 euroa.", "Kaupunginhallitus päätti.\n\nMääräraha on 120 000 euroa."));
    }

    [Fact]
    public void Words_only_added_or_only_removed_keep_the_spaces_around_them()
    {
        Assert.Equal("<p>Katto korjataan <ins><span class=\"visually-hidden\">Lisätty: </span>heti</ins> keväällä.</p>", Diff("Katto korjataan keväällä.", "Katto korjataan heti keväällä."));
        Assert.Equal("<p>Katto korjataan <del><span class=\"visually-hidden\">Poistettu: </span>heti</del> keväällä.</p>", Diff("Katto korjataan heti keväällä.", "Katto korjataan keväällä."));
    }

    [Fact]
    public void Text_that_looks_like_markup_is_escaped()
    {
        var html = Diff("Arvo on a < b.", "Arvo on <script>alert(1)</script>.")!;

        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;", html);
    }
}
