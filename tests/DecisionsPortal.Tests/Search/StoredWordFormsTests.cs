using DecisionsPortal.Configuration;
using DecisionsPortal.Pipeline;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Search;

/// <summary>
/// The dictionaries' answers (libvoikko's, Hunspell's) are kept in the cache folder, so the next
/// run asks them only for words it has not seen. What is found there is what search indexes, a
/// store that is not whole is not read, and a link is not followed. Each test gives its site a cache folder of its own.
/// </summary>
public sealed class StoredWordFormsTests
{
    private const string Decision = """
        ---
        title: Sillan korjaus
        date: 2025-01-29
        body: kaupunginhallitus
        preparer: { name: Maija Meikäläinen, title: Hallintojohtaja }
        presenter: { name: Olli Esimerkki, title: Kaupunginjohtaja }
        proposal: Kaupunginhallitus päättää korjata sillan.
        ---
        Kaupungin sillat ovat huonossa kunnossa, ja siltojen korjaus on kiireellinen.
        """;

    private const string Translation = """
        ---
        title: Reparation av bron
        date: 2025-01-29
        body: kaupunginhallitus
        key: fi/2025/silta
        preparer: { name: Maija Meikäläinen, title: Förvaltningsdirektör }
        presenter: { name: Olli Esimerkki, title: Stadsdirektör }
        proposal: Stadsstyrelsen beslutar att reparera bron.
        ---
        Stadens broar är i dåligt skick, och broarnas reparation är brådskande.
        """;

    private static TestSite Site()
    {
        var site = new TestSite();
        site.Write("content/fi/2025/silta.md", Decision);
        site.Write("content/sv/2025/bro.md", Translation);
        return site;
    }

    private static string Cache(TestSite site) => Path.Combine(site.Root, "cache");

    private static List<string> Search(TestSite site) => SearchCacheTests.SearchFiles(BuildPipeline.Check(new BuildOptions(site.ConfigPath, CacheDirectory: Cache(site))));

    private static string[] Stores(TestSite site) => Directory.GetFiles(Path.Combine(Cache(site), "word-forms"));

    private static string StoreHolding(TestSite site, string line) => Assert.Single(Stores(site), f => File.ReadAllLines(f).Contains(line));

    [Fact]
    public void A_later_run_takes_the_dictionaries_answers_from_the_store_and_indexes_what_it_finds_there()
    {
        using var site = Site();
        var first = Search(site);
        Assert.Equal(2, Stores(site).Length);

        // A run that finds the store writes what the first wrote.
        Assert.Equal(first, Search(site));

        // libvoikko's answer for "sillan" made to say it is a form of "kissa": a new run (nothing in
        // memory) indexes that, so it read the store instead of asking libvoikko.
        var store = StoreHolding(site, "sillan\tsilta\tsilta\t\t1");
        File.WriteAllLines(store, File.ReadAllLines(store).Select(l => l == "sillan\tsilta\tsilta\t\t1" ? "sillan\tkissa\tkissa\t\t1" : l));
        Assert.NotEqual(first, Search(site));

        // Without the store, libvoikko is asked again.
        foreach (var file in Stores(site))
        {
            File.Delete(file);
        }

        Assert.Equal(first, Search(site));
    }

    [Fact]
    public void A_run_with_new_words_adds_their_answers_in_order_and_keeps_the_earlier_ones_it_still_uses()
    {
        using var site = Site();
        Search(site);
        File.AppendAllText(Path.Combine(site.Root, "content/fi/2025/silta.md"), "\nKorjauksen aikana kulku ohjataan lautalle.\n");
        var edited = Search(site);

        var store = StoreHolding(site, "lautalle\tlautta\tlautta\t\t1");
        var words = File.ReadAllLines(store)[1..^1].Select(l => l[..l.IndexOf('\t')]).ToList();
        Assert.Contains("sillan", words);
        Assert.Equal(words.Order(StringComparer.Ordinal), words);

        // The merged store is read by the next run: an answer planted in it is indexed.
        File.WriteAllLines(store, File.ReadAllLines(store).Select(l => l == "lautalle\tlautta\tlautta\t\t1" ? "lautalle\tkissa\tkissa\t\t1" : l));
        Assert.NotEqual(edited, Search(site));
    }

    [Fact]
    public void A_store_cut_short_or_a_store_that_is_a_link_is_not_read()
    {
        using var site = Site();
        var first = Search(site);
        var store = StoreHolding(site, "sillan\tsilta\tsilta\t\t1");
        var planted = File.ReadAllLines(store).Select(l => l == "sillan\tsilta\tsilta\t\t1" ? "sillan\tkissa\tkissa\t\t1" : l).ToList();

        // Cut at the end of the line after the planted one (a disk that filled up, another run's
        // write): every line left is whole, but the store is not.
        var cut = planted.IndexOf("sillan\tkissa\tkissa\t\t1") + 2;
        Assert.True(cut < planted.Count - 1);
        File.WriteAllLines(store, planted.Take(cut));
        Assert.Equal(first, Search(site));

        // A link to a store that plants an answer.
        var elsewhere = Path.Combine(site.Root, "elsewhere.tsv");
        File.WriteAllLines(elsewhere, planted);
        File.Delete(store);
        File.CreateSymbolicLink(store, elsewhere);
        Assert.Equal(first, Search(site));

        // The same store in its place is read: the two cases above were refused for what they are.
        File.Delete(store);
        File.WriteAllLines(store, planted);
        Assert.NotEqual(first, Search(site));
    }
}
