using DecisionsPortal.Search;
using DecisionsPortal.Tests.Support;
using Lucene.Net.Analysis.Fi;
using Lucene.Net.Analysis.Sv;

namespace DecisionsPortal.Tests.Search;

public sealed class AnalysisTests
{
    [Fact]
    public void Words_are_split_at_anything_but_letters_and_digits_and_hyphenated_compounds_also_count_joined()
    {
        Assert.Equal(
            [("eu", 0, false), ("hanke", 1, false), ("euhanke", 0, true), ("kemi", 2, false), ("tornio", 3, false), ("ja", 4, false), ("12", 5, false), ("2025", 6, false)],
            ScannedWords.Of("EU-hanke, Kemi–Tornio ja §12: 2025"));
    }

    [Fact]
    public void Folding_removes_the_diacritics_a_keyboard_or_ocr_may_lose()
    {
        Assert.Equal("paatos", Folding.Fold("päätös"));
        Assert.Equal("abo", Folding.Fold("åbo"));
        Assert.Equal("cafe", Folding.Fold("café"));
        Assert.Equal("kemi", Folding.Fold("kemi"));
    }

    [Fact]
    public void Inflected_finnish_forms_share_a_term_and_folding_comes_after_stemming()
    {
        var fi = new TextAnalyzer(LanguageRules.For("fi"));

        Assert.Equal(fi.Term("kongressiin"), fi.Term("kongresseissa"));
        Assert.Equal(fi.Term("kongressi"), fi.Term("kongressiin"));
        Assert.Equal("paatoks", fi.Term("päätöksen"));
        Assert.Equal(fi.Term("päätöksen"), fi.Term("paatoksen"));
        Assert.Null(fi.Term("ja"));
    }

    [Fact]
    public void Swedish_words_are_stemmed_and_stop_words_dropped_by_swedish_rules()
    {
        var sv = new TextAnalyzer(LanguageRules.For("sv"));

        Assert.Equal(sv.Term("styrelse"), sv.Term("styrelsen"));
        Assert.Equal("miljon", sv.Term("miljön"));
        Assert.Null(sv.Term("och"));
        Assert.NotNull(new TextAnalyzer(LanguageRules.For("fi")).Term("och"));
    }

    [Fact]
    public void The_stop_words_are_exactly_lucenes()
    {
        Assert.Equal(FinnishAnalyzer.DefaultStopSet.Select(w => w.ToString()).Order(StringComparer.Ordinal), LanguageRules.For("fi").StopWords);
        Assert.Equal(SwedishAnalyzer.DefaultStopSet.Select(w => w.ToString()).Order(StringComparer.Ordinal), LanguageRules.For("sv").StopWords);
        Assert.Empty(LanguageRules.For("de").StopWords);
        Assert.False(LanguageRules.For("de").HasStemmer);
    }

    [Fact]
    public void Terms_are_cut_into_shards_of_a_target_size_and_a_large_term_gets_a_shard_of_its_own()
    {
        Assert.Equal([0, 2, 3, 4], ShardPlanner.Plan([3000, 3000, 3000, 20000, 100, 100], 8192));
        Assert.Equal([0], ShardPlanner.Plan([10, 10, 10], 8192));
    }

    [Fact]
    public void An_anchor_term_starts_a_shard_so_a_changed_size_moves_no_cut_after_the_next_anchor()
    {
        int[] sizes = [3000, 3000, 3000, 3000, 3000, 3000, 3000, 3000];
        Func<int, bool> anchor = t => t == 5;
        Assert.Equal([0, 2, 4, 5, 7], ShardPlanner.Plan(sizes, 8192, anchor));

        sizes[0] = 6000;
        Assert.Equal([0, 1, 3, 5, 7], ShardPlanner.Plan(sizes, 8192, anchor));
        Assert.Equal(ShardPlanner.IsAnchor("kaupunki"), ShardPlanner.IsAnchor(new string("kaupunki".ToCharArray())));
    }
}
