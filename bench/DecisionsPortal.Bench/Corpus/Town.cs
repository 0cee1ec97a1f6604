namespace DecisionsPortal.Bench.Corpus;

/// <summary>
/// The organs, topics and officials of the synthetic town: as many as a mid-sized Finnish city
/// has, so listings by organ, topic and person have realistic lengths.
/// </summary>
public static class Town
{
    public static readonly IReadOnlyList<Term> Organs =
    [
        new("kaupunginvaltuusto", "Kaupunginvaltuusto", "Stadsfullmäktige"),
        new("kaupunginhallitus", "Kaupunginhallitus", "Stadsstyrelsen"),
        new("tekninen-lautakunta", "Tekninen lautakunta", "Tekniska nämnden"),
        new("sivistyslautakunta", "Sivistyslautakunta", "Bildningsnämnden"),
        new("sosiaali-ja-terveyslautakunta", "Sosiaali- ja terveyslautakunta", "Social- och hälsovårdsnämnden"),
        new("ymparistolautakunta", "Ympäristölautakunta", "Miljönämnden"),
        new("rakennuslautakunta", "Rakennuslautakunta", "Byggnadsnämnden"),
        new("tarkastuslautakunta", "Tarkastuslautakunta", "Revisionsnämnden"),
    ];

    public static readonly IReadOnlyList<Term> Topics =
    [
        new("international", "Kansainvälisyys", "Internationalisering"),
        new("business", "Elinkeinoelämä", "Näringsliv"),
        new("tourism", "Matkailu", "Turism"),
        new("environment", "Ympäristö", "Miljö"),
        new("schools", "Koulut", "Skolor"),
        new("traffic", "Liikenne", "Trafik"),
        new("housing", "Asuminen", "Boende"),
        new("health", "Terveys", "Hälsa"),
        new("culture", "Kulttuuri", "Kultur"),
        new("sports", "Liikunta", "Idrott"),
        new("finance", "Talous", "Ekonomi"),
        new("zoning", "Kaavoitus", "Planläggning"),
    ];

    private static readonly string[] FirstNames =
    [
        "Matti", "Maija", "Jukka", "Anna", "Pekka", "Liisa", "Timo", "Sanna", "Mikko", "Åsa", "Kimmo", "Päivi", "Jari", "Tuula",
    ];

    private static readonly string[] LastNames =
    [
        "Ruotsalainen", "Vilen", "Koivulehto", "Heikka", "Meikäläinen", "Östman", "Virtanen", "Mäkelä", "Nieminen", "Lindqvist",
    ];

    private static readonly (string Fi, string Sv)[] Offices =
    [
        ("Kaupunginjohtaja", "Stadsdirektör"),
        ("Hallinto- ja kehitysjohtaja", "Förvaltnings- och utvecklingsdirektör"),
        ("Tekninen johtaja", "Teknisk direktör"),
        ("Sivistysjohtaja", "Bildningsdirektör"),
        ("Talousjohtaja", "Ekonomidirektör"),
        ("Ympäristöpäällikkö", "Miljöchef"),
        ("Rakennustarkastaja", "Byggnadsinspektör"),
        ("Kaupunginlakimies", "Stadsjurist"),
    ];

    /// <summary>Forty officials, each name unique, each with one office.</summary>
    public static readonly IReadOnlyList<Official> Officials = Enumerable.Range(0, 40)
        .Select(i => (First: FirstNames[i % FirstNames.Length], Last: LastNames[(i * 3 + i / FirstNames.Length) % LastNames.Length], Office: Offices[i % Offices.Length]))
        .Select(p => new Official($"{p.First} {p.Last}", p.Office.Fi, p.Office.Sv))
        .DistinctBy(p => p.Name)
        .ToList();
}
