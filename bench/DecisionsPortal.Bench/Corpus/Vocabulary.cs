using System.Text;
using System.Text.RegularExpressions;

namespace DecisionsPortal.Bench.Corpus;

/// <summary>
/// The words of one language in rank order, most frequent first: common function words, then
/// the words of the shipped decisions (by how often they occur there), then the Snowball test
/// vocabulary of real inflected words in a seeded random order. A <see cref="ZipfSampler"/> over
/// this list gives text whose word frequencies fall off like those of real prose, which is what
/// a search index and Markdown rendering are sensitive to.
/// </summary>
public sealed partial class Vocabulary
{
    private Vocabulary(string language, IReadOnlyList<string> words) => (Language, Words) = (language, words);

    public string Language { get; }

    public IReadOnlyList<string> Words { get; }

    // The most frequent words of administrative prose, in roughly falling frequency.
    private static readonly Dictionary<string, string[]> CommonWords = new(StringComparer.Ordinal)
    {
        ["fi"] =
        [
            "ja", "on", "että", "kaupungin", "sekä", "ei", "se", "tai", "ovat", "kaupunki", "mukaan", "vuoden", "kanssa",
            "myös", "sen", "osalta", "voi", "kuin", "hallitus", "päättää", "esittää", "tulee", "jotka", "joka", "asiassa",
            "päätös", "kaupunginhallitus", "lautakunta", "euroa", "vuonna", "valtuusto", "toimielin", "hankkeen", "alueen",
        ],
        ["sv"] =
        [
            "och", "att", "i", "det", "som", "en", "på", "är", "av", "för", "med", "till", "den", "har", "de", "inte", "om",
            "ett", "staden", "stadens", "beslut", "beslutar", "enligt", "under", "år", "euro", "nämnden", "stadsstyrelsen",
            "fullmäktige", "området", "projektet", "kan", "ska", "också",
        ],
    };

    /// <summary>Builds the vocabulary from the repository's content and word lists; the same seed gives the same order.</summary>
    public static Vocabulary Build(string language, string repositoryRoot, int seed)
    {
        var words = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string word)
        {
            if (seen.Add(word))
            {
                words.Add(word);
            }
        }

        foreach (var word in CommonWords.GetValueOrDefault(language, []))
        {
            Add(word);
        }

        foreach (var word in ContentWords(Path.Combine(repositoryRoot, "content", language)))
        {
            Add(word);
        }

        var listFile = Path.Combine(repositoryRoot, "tests", "DecisionsPortal.Tests", "Search", "StemmerWords", language + ".txt");
        if (File.Exists(listFile))
        {
            var listed = WithCommonLetterPairs(File.ReadLines(listFile, Encoding.UTF8).Select(w => w.Trim()).Where(IsPlausibleWord).ToList());
            new Random(seed).Shuffle(listed);
            foreach (var word in listed)
            {
                Add(word);
            }
        }

        return new Vocabulary(language, words);
    }

    /// <summary>
    /// The Snowball lists hold real words but also typos and OCR debris ("aaaaggghh"); keep words
    /// of letters only, of an ordinary length, with a vowel and no letter three times in a row.
    /// </summary>
    public static bool IsPlausibleWord(string word) =>
        word.Length is >= 2 and <= 20 && PlausibleWord().IsMatch(word) && !TripleLetter().IsMatch(word);

    /// <summary>
    /// Keeps the words whose every pair of adjacent letters occurs in at least
    /// <paramref name="minimum"/> words of the list: real words share their letter pairs, while
    /// keyboard debris ("krbftlyöpelsa") has pairs no other word has.
    /// </summary>
    public static string[] WithCommonLetterPairs(IReadOnlyList<string> words, int minimum = 30)
    {
        var pairs = new Dictionary<(char, char), int>();
        foreach (var word in words)
        {
            for (var i = 1; i < word.Length; i++)
            {
                pairs[(word[i - 1], word[i])] = pairs.GetValueOrDefault((word[i - 1], word[i])) + 1;
            }
        }

        return words.Where(word => Enumerable.Range(1, word.Length - 1).All(i => pairs[(word[i - 1], word[i])] >= minimum)).ToArray();
    }

    private static IEnumerable<string> ContentWords(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            foreach (Match match in Letters().Matches(File.ReadAllText(file, Encoding.UTF8)))
            {
                var word = match.Value.ToLowerInvariant();
                if (IsPlausibleWord(word))
                {
                    counts[word] = counts.GetValueOrDefault(word) + 1;
                }
            }
        }

        return counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key);
    }

    [GeneratedRegex("^[a-zåäöé]+$")]
    private static partial Regex PlausibleWord();

    [GeneratedRegex("(.)\\1\\1")]
    private static partial Regex TripleLetter();

    [GeneratedRegex("[A-Za-zÅÄÖåäöé]+")]
    private static partial Regex Letters();
}
