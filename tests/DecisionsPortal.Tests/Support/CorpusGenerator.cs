using System.Globalization;
using System.Text;

namespace DecisionsPortal.Tests.Support;

/// <summary>
/// A reproducible synthetic corpus of the fictional town: Finnish decisions with Swedish
/// translations (every tenth one Finnish only), spread over organs, topics, years and people.
/// </summary>
public static class CorpusGenerator
{
    private static readonly string[] Bodies = ["kaupunginhallitus", "kaupunginvaltuusto", "tekninen-lautakunta"];
    private static readonly string[] Topics = ["international", "environment", "schools"];
    private static readonly (string Name, string Fi, string Sv)[] People =
    [
        ("Maija Meikäläinen", "Tekninen johtaja", "Teknisk direktör"),
        ("Olli Esimerkki", "Kaupunginjohtaja", "Stadsdirektör"),
        ("Åsa Östman", "Sivistysjohtaja", "Bildningsdirektör"),
        ("Pekka Päätös", "Hallintojohtaja", "Förvaltningsdirektör"),
    ];

    private static readonly string[] FinnishWords =
    [
        "kaupunki", "päätös", "kongressi", "kongressiin", "kongresseissa", "yhteistyö", "yhteistyötä", "koulu", "koulun", "koulujen",
        "ympäristö", "ympäristön", "liikenne", "katu", "kadun", "rakennus", "rakennuksen", "talousarvio", "avustus", "avustuksen",
        "hankinta", "hankinnan", "sopimus", "sopimuksen", "kaupunginhallitus", "lautakunta", "lautakunnan", "valtuusto", "asukkaat",
        "asukkaiden", "matkailu", "matkailun", "vihreä", "siirtymä", "siirtymän", "investointi", "investoinnit", "kehittäminen",
    ];

    private static readonly string[] SwedishWords =
    [
        "staden", "beslut", "beslutet", "kongressen", "kongresser", "samarbete", "samarbetet", "skola", "skolan", "skolornas",
        "miljö", "miljön", "trafik", "gata", "gatan", "byggnad", "byggnaden", "budget", "bidrag", "bidraget", "upphandling",
        "avtal", "avtalet", "stadsstyrelsen", "nämnden", "fullmäktige", "invånare", "invånarna", "turism", "turismen", "grön",
        "omställning", "omställningen", "investering", "investeringar", "utveckling",
    ];

    public static void Write(TestSite site, int count, int seed = 2025)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var date = new DateOnly(2021, 1, 1).AddDays(random.Next(0, 5 * 365));
            var body = Bodies[random.Next(Bodies.Length)];
            var topics = Topics.Where(_ => random.Next(3) == 0).ToList();
            var preparer = People[random.Next(People.Length)];
            var presenter = People[random.Next(People.Length)];
            var slug = $"paatos-{i:D5}";
            var year = date.Year.ToString(CultureInfo.InvariantCulture);
            var iso = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var section = random.Next(1, 200);
            var fiText = Paragraphs(random, FinnishWords);
            var svText = Paragraphs(random, SwedishWords);
            site.Write($"content/fi/{year}/{slug}.md", File(
                $"Päätös {i}: {Sentence(random, FinnishWords, 4)}", iso, body, section, topics, preparer.Name, preparer.Fi, presenter.Name, presenter.Fi,
                $"Kaupunginhallitus päättää: {Sentence(random, FinnishWords, 8)}.", fiText));
            if (i % 10 != 9)
            {
                site.Write($"content/sv/{year}/{slug}.md", File(
                    $"Beslut {i}: {Sentence(random, SwedishWords, 4)}", iso, body, section, topics, preparer.Name, preparer.Sv, presenter.Name, presenter.Sv,
                    $"Stadsstyrelsen beslutar: {Sentence(random, SwedishWords, 8)}.", svText));
            }
        }
    }

    private static string File(string title, string date, string body, int section, List<string> topics,
        string preparer, string preparerTitle, string presenter, string presenterTitle, string proposal, string text) => $"""
        ---
        title: "{title}"
        date: {date}
        body: {body}
        section: {section}
        preparer: {"{"} name: {preparer}, title: {preparerTitle} {"}"}
        presenter: {"{"} name: {presenter}, title: {presenterTitle} {"}"}
        topics: [{string.Join(", ", topics)}]
        proposal: "{proposal}"
        ---
        {text}
        """;

    private static string Paragraphs(Random random, string[] words)
    {
        var builder = new StringBuilder();
        for (var p = random.Next(2, 7); p > 0; p--)
        {
            for (var s = random.Next(2, 5); s > 0; s--)
            {
                var sentence = Sentence(random, words, random.Next(6, 16));
                builder.Append(char.ToUpperInvariant(sentence[0])).Append(sentence[1..]).Append(". ");
            }

            builder.Append("\n\n");
        }

        return builder.ToString();
    }

    private static string Sentence(Random random, string[] words, int length) =>
        string.Join(' ', Enumerable.Range(0, length).Select(_ => words[random.Next(words.Length)]));
}
