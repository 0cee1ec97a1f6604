using DecisionsPortal.Configuration;
using DecisionsPortal.Pipeline;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Search;

/// <summary>
/// A sentence an editor types nearly always holds a form the corpus did not have of a word it
/// has ("ehdotuksen" where the decisions say "ehdotus"). The form joins its base form's class, so
/// every decision holding the base form, itself or as a compound's part, gets a posting of the
/// form's term. serve patches the index with those postings instead of building it whole, and
/// writes what a clean build writes, when the form comes and when it goes again.
/// </summary>
public sealed class NewWordFormPatchTests
{
    [Theory]
    // "ehdotuksen" (term ehdotuks) is a form of ehdotus, which the corpus has only as "ehdotus" and in "päätösehdotus".
    [InlineData("fi", "Ehdotus hyväksyttiin.", "Päätösehdotus hyväksyttiin.", "Kaupunginhallitus päättää hyväksyä ehdotuksen.")]
    // The same, with "ehdotuksa", a word the dictionary does not know whose term is ehdotuks too: when
    // "ehdotuksen" brings that term into ehdotus's class, the unknown word joins the class and is also
    // found by "ehdotus".
    [InlineData("fi", "Ehdotus ja ehdotuksa hyväksyttiin.", "Päätösehdotus hyväksyttiin.", "Kaupunginhallitus päättää hyväksyä ehdotuksen.")]
    // "beslutets" (term beslutet) is a form of beslut, which the corpus has only as "beslut" (and "beslutar", of besluta, shares its term).
    [InlineData("sv", "Beslut fattades.", "Nämndbeslut fattades.", "Stadsstyrelsen godkänner beslutets motivering.")]
    public void An_edit_adding_a_new_form_of_a_word_the_corpus_has_is_patched_and_writes_what_a_clean_build_writes(string language, string word, string compound, string sentence)
    {
        BaseFormDictionaries.Require();
        using var site = new TestSite();
        CorpusGenerator.Write(site, 80);
        var files = Directory.GetFiles(Path.Combine(site.Root, "content", language), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < files.Count; i++)
        {
            // Only "beslut" itself: the generated decisions also say "beslutet".
            var text = File.ReadAllText(files[i]).Replace("beslutet", "beslut", StringComparison.Ordinal).Replace("Beslutet", "Beslut", StringComparison.Ordinal);
            File.WriteAllText(files[i], text + (i % 3 == 0 ? "\n" + word + "\n" : "") + (i % 5 == 1 ? "\n" + compound + "\n" : ""));
        }

        var options = new BuildOptions(site.ConfigPath);
        var cache = new BuildCache();
        var before = SearchCacheTests.SearchFiles(BuildPipeline.Check(options, cache));
        var patched = cache.Search.PatchedBuilds;

        var path = files[4];
        var original = File.ReadAllText(path);
        File.AppendAllText(path, "\n" + sentence + "\n");
        var warm = SearchCacheTests.SearchFiles(BuildPipeline.Check(options, cache));

        Assert.Equal(patched + 2, cache.Search.PatchedBuilds);
        Assert.NotEqual(before, warm);
        Assert.Equal(SearchCacheTests.SearchFiles(BuildPipeline.Check(options)), warm);

        // The form's only occurrence leaves again: the class loses it.
        File.WriteAllText(path, original);
        var restored = SearchCacheTests.SearchFiles(BuildPipeline.Check(options, cache));

        Assert.Equal(patched + 4, cache.Search.PatchedBuilds);
        Assert.Equal(before, restored);
    }

    // The vocabulary's words by term are made at the first change of a class and kept from patch to
    // patch: a word the dictionary does not know, of the new form's term, brought by an edit after
    // the form came, joins the class and leaves it again when the form goes.
    [Fact]
    public void An_unknown_word_brought_while_a_new_form_stands_leaves_the_class_with_the_form()
    {
        BaseFormDictionaries.Require();
        using var site = new TestSite();
        CorpusGenerator.Write(site, 80);
        var files = Directory.GetFiles(Path.Combine(site.Root, "content", "fi"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < files.Count; i += 3)
        {
            File.AppendAllText(files[i], "\nEhdotus hyväksyttiin.\n");
        }

        var options = new BuildOptions(site.ConfigPath);
        var cache = new BuildCache();
        SearchCacheTests.SearchFiles(BuildPipeline.Check(options, cache));
        var patched = cache.Search.PatchedBuilds;
        var original = File.ReadAllText(files[4]);

        File.AppendAllText(files[4], "\nKaupunginhallitus päättää hyväksyä ehdotuksen.\n");
        Assert.Equal(SearchCacheTests.SearchFiles(BuildPipeline.Check(options)), SearchCacheTests.SearchFiles(BuildPipeline.Check(options, cache)));

        File.AppendAllText(files[7], "\nSe ja ehdotuksa hyväksyttiin.\n");
        Assert.Equal(SearchCacheTests.SearchFiles(BuildPipeline.Check(options)), SearchCacheTests.SearchFiles(BuildPipeline.Check(options, cache)));

        File.WriteAllText(files[4], original);
        Assert.Equal(SearchCacheTests.SearchFiles(BuildPipeline.Check(options)), SearchCacheTests.SearchFiles(BuildPipeline.Check(options, cache)));
        Assert.Equal(patched + 6, cache.Search.PatchedBuilds);
    }
}
