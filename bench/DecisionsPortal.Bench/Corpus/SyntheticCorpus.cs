using System.Globalization;
using System.Text;

namespace DecisionsPortal.Bench.Corpus;

/// <summary>
/// A reproducible bilingual corpus: decision <c>i</c> depends only on the seed and <c>i</c>, so
/// decisions can be made in parallel and a corpus of 1,000 is the first 1,000 of one of 50,000.
/// Every decision exists in Finnish and Swedish, so each language has exactly N decisions.
/// </summary>
public sealed class SyntheticCorpus(IReadOnlyDictionary<string, Vocabulary> vocabularies, int seed = 2025)
{
    public static readonly IReadOnlyList<string> Languages = ["fi", "sv"];

    public const int FirstYear = 2015;
    public const int LastYear = 2025;

    private static readonly DateOnly FirstDay = new(FirstYear, 1, 1);
    private static readonly int Days = new DateOnly(LastYear, 12, 31).DayNumber - FirstDay.DayNumber + 1;

    // The city council and board decide the most: a rough 1/(k+1) share per organ.
    private static readonly ZipfSampler OrganSampler = new(Town.Organs.Count);

    private readonly Dictionary<string, ZipfSampler> samplers = vocabularies.ToDictionary(v => v.Key, v => new ZipfSampler(v.Value.Words.Count));

    public static SyntheticCorpus FromRepository(string repositoryRoot, int seed = 2025) =>
        new(Languages.ToDictionary(l => l, l => Vocabulary.Build(l, repositoryRoot, seed)), seed);

    /// <summary>What makes two corpora differ: the seed and the vocabularies.</summary>
    public string Describe() =>
        $"seed {seed}; vocabulary " + string.Join(", ", vocabularies.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key} {v.Value.Words.Count} words"));

    public SyntheticDecision Decision(int number)
    {
        // Not HashCode.Combine: it is randomised per process, and the corpus must be the same every run.
        var random = new Random(unchecked((seed * 1_000_003) + number));
        var date = FirstDay.AddDays(random.Next(Days));
        var organ = Town.Organs[OrganSampler.Next(random)];
        var topics = Town.Topics.Where(_ => random.Next(5) == 0).Take(3).ToList();
        var preparer = Town.Officials[random.Next(Town.Officials.Count)];
        var presenter = Town.Officials[random.Next(Town.Officials.Count)];
        var section = random.Next(1, 400);
        var dnro = string.Create(CultureInfo.InvariantCulture, $"KEMI/{random.Next(1, 5000)}/{random.Next(0, 14):D2}.{random.Next(0, 10):D2}.{random.Next(0, 10):D2}/{date.Year}");
        var hasOutcome = random.Next(3) > 0;
        var text = Languages.ToDictionary(l => l, l => Text(random, l, hasOutcome), StringComparer.Ordinal);
        return new SyntheticDecision(number, $"paatos-{number:D6}", date, organ, section, dnro, preparer, presenter, topics, text);
    }


    private DecisionText Text(Random random, string language, bool hasOutcome)
    {
        var words = vocabularies[language].Words;
        var sampler = samplers[language];
        string Word() => words[sampler.Next(random)];

        var title = Capitalised(Sentence(random, Word, random.Next(4, 10)));
        var proposal = Proposal(random, Word, language);
        var outcome = hasOutcome ? (language == "sv" ? "Förslaget godkändes." : "Ehdotus hyväksyttiin.") : null;
        var preparation = new StringBuilder();
        for (var p = random.Next(2, 7); p > 0; p--)
        {
            if (random.Next(10) == 0)
            {
                // Now and then a list, as in real preparation texts.
                for (var item = random.Next(2, 5); item > 0; item--)
                {
                    preparation.Append("- ").Append(Sentence(random, Word, random.Next(3, 9))).Append('\n');
                }
            }
            else
            {
                for (var s = random.Next(2, 6); s > 0; s--)
                {
                    preparation.Append(Capitalised(Sentence(random, Word, random.Next(6, 18)))).Append(". ");
                }
            }

            preparation.Append("\n\n");
        }

        return new DecisionText(title, proposal, outcome, preparation.ToString().TrimEnd() + "\n");
    }

    private static string Proposal(Random random, Func<string> word, string language)
    {
        var lead = language == "sv" ? "Stadsstyrelsen beslutar att " : "Kaupunginhallitus päättää, että ";
        var builder = new StringBuilder(lead);
        builder.Append(Sentence(random, word, random.Next(8, 30))).Append('.');
        for (var s = random.Next(0, 3); s > 0; s--)
        {
            builder.Append(' ').Append(Capitalised(Sentence(random, word, random.Next(6, 16)))).Append('.');
        }

        return builder.ToString();
    }

    private static string Sentence(Random random, Func<string> word, int length)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < length; i++)
        {
            if (i > 0)
            {
                builder.Append(random.Next(12) == 0 ? ", " : " ");
            }

            // Amounts and years appear in most decisions.
            builder.Append(random.Next(40) == 0 ? random.Next(1, 250_000).ToString(CultureInfo.InvariantCulture) : word());
        }

        return builder.ToString();
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
