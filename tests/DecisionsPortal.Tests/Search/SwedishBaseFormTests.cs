using DecisionsPortal.Search.BaseForms;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Search;

/// <summary>
/// Swedish forms that hunspell-sv lists as words of their own are linked to their base forms by
/// the grammar (irregular forms, present tense in -er, comparison), only where the dictionary
/// knows the base form; words that merely end like a form keep their own.
/// </summary>
public sealed class SwedishBaseFormTests(SwedishBaseFormTests.Dictionary dictionary) : IClassFixture<SwedishBaseFormTests.Dictionary>
{
    /// <summary>One handle for the class, as a build keeps one a process: each opening loads the dictionary anew.</summary>
    public sealed class Dictionary : IDisposable
    {
        public HunspellBaseForms Swedish { get; } = BaseFormDictionaries.Swedish();

        public void Dispose() => Swedish.Dispose();
    }

    [Theory]
    [InlineData("högre", "hög")]
    [InlineData("högst", "hög")]
    [InlineData("högsta", "hög")]
    [InlineData("högt", "hög")]
    [InlineData("höga", "hög")]
    [InlineData("större", "stor")]
    [InlineData("största", "stor")]
    [InlineData("längre", "lång")]
    [InlineData("djupare", "djup")]
    [InlineData("ligger", "ligga")]
    [InlineData("växer", "växa")]
    [InlineData("fortsätter", "fortsätta")]
    [InlineData("små", "liten")]
    [InlineData("mindre", "liten")]
    [InlineData("gamla", "gammal")]
    [InlineData("äldre", "gammal")]
    [InlineData("vuxit", "växa")]
    [InlineData("borde", "böra")]
    [InlineData("ögonen", "öga")]
    [InlineData("uppstod", "uppstå")]
    [InlineData("staden", "stad")]
    public void An_inflected_form_gets_its_base_form(string word, string baseForm)
    {
        var swedish = dictionary.Swedish;
        Assert.Contains(baseForm, swedish.Analyse(word).Bases);
    }

    [Theory]
    [InlineData("läkare", "läka")]
    [InlineData("färre", "får")]
    [InlineData("skola", "skol")]
    [InlineData("lista", "list")]
    public void A_word_that_only_ends_like_a_form_keeps_its_own_base_form(string word, string notBase)
    {
        var swedish = dictionary.Swedish;
        Assert.DoesNotContain(notBase, swedish.Analyse(word).Bases.Where(b => b != word));
    }

    // Numbers are a quarter of the Swedish words of a corpus of decisions; Hunspell is not asked
    // for them, and answers each digit string with itself (sv_SE's numbers are compounds of digits).
    [Theory]
    [InlineData("2024")]
    [InlineData("08")]
    [InlineData("11")]
    [InlineData("96036")]
    public void A_number_is_its_own_base_form_without_parts(string number)
    {
        var swedish = dictionary.Swedish;
        var forms = swedish.Analyse(number);
        Assert.Equal([number], forms.Bases);
        Assert.Equal([number], forms.Meant);
        Assert.Empty(forms.Parts);
    }

    [Fact]
    public void A_base_form_and_a_form_that_differs_by_a_diacritic_are_different_words()
    {
        var swedish = dictionary.Swedish;
        Assert.Equal(["låg"], swedish.Analyse("låg").Meant);
        Assert.Equal(["lag"], swedish.Analyse("lag").Meant);
        Assert.DoesNotContain("man", swedish.Analyse("mån").Bases);
    }
}
