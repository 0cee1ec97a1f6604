using DecisionsPortal.Import;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Import;

public sealed class OcrRepairTests
{
    private sealed class Words(params string[] words) : ISpeller
    {
        public bool Accepts(string word) => words.Contains(word);
    }

    [Theory]
    [InlineData("Osallistuminen ystavyyskongressiin vahvistaa", "Osallistuminen ystävyyskongressiin vahvistaa")]
    [InlineData("halua syventaa yhteisty6ta.", "halua syventää yhteistyötä.")]
    [InlineData("Paatdésehdotus Kaupunginhallitus paattaa, ettd", "Päätösehdotus Kaupunginhallitus päättää, että")]
    [InlineData("kansainvalisessa yhteistydssa", "kansainvälisessä yhteistyössä")]
    public void Voikko_restores_the_letters_ocr_lost(string scanned, string restored)
    {
        using var voikko = Voikko.Open();

        var (text, _) = new OcrRepair(voikko).RepairLine(scanned, 1);

        Assert.Equal(restored, text);
    }

    [Fact]
    public void A_word_the_speller_accepts_is_left_alone_even_when_a_repair_would_also_be_a_word()
    {
        var (text, words) = new OcrRepair(new Words("tata", "tätä")).RepairLine("tata", 1);

        Assert.Equal("tata", text);
        Assert.Empty(words);
    }

    [Fact]
    public void A_word_with_two_possible_repairs_is_kept_as_scanned_and_listed_with_both()
    {
        var (text, words) = new OcrRepair(new Words("alku", "pää", "pöö")).RepairLine("alku pdd", 7);

        Assert.Equal("alku pdd", text);
        var word = Assert.Single(words);
        Assert.Equal(("pdd", 7, 6, (string?)null), (word.Original, word.Line, word.Column, word.Repaired));
        Assert.Equal(["pää", "pöö"], word.Candidates);
    }

    [Fact]
    public void The_fewest_changes_win_and_an_unknown_name_is_listed_for_review()
    {
        var (text, words) = new OcrRepair(new Words("mikä", "tähän")).RepairLine("mika Wuhan tahan", 3);

        Assert.Equal("mikä Wuhan tähän", text);
        Assert.Equal(["mika → mikä", "Wuhan → ?", "tahan → tähän"], words.Select(w => $"{w.Original} → {w.Repaired ?? "?"}"));
    }
}
