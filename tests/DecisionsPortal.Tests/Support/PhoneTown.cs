namespace DecisionsPortal.Tests.Support;

/// <summary>
/// The longest words a page of the town may have to fit on a phone: a decision titled with a
/// Finnish compound of 51 letters and its Swedish translation with one of 48, handled at a
/// council meeting after the board's preparation (so its case, meeting and calendar pages carry them too), with a vote and a
/// dissent by people with long double-barrelled names.
/// </summary>
public static class PhoneTown
{
    public const string FinnishCompound = "Ystävyyskaupunkikaupunginvaltuustokokousjärjestelyt";
    public const string SwedishCompound = "Vänortsstadsfullmäktigesammanträdesarrangemangen";
    public const string DecisionPath = "fi/paatokset/2025/ystavyyskaupunki/";
    public const string SwedishDecisionPath = "sv/beslut/2025/ystavyyskaupunki/";
    public const string CasePath = "fi/asiat/exe-77-00-01-02-2025/";
    public const string MeetingPath = "fi/kokoukset/kaupunginvaltuusto/2025-06-16/";
    public const string CalendarPath = "fi/kokoukset/kaupunginvaltuusto/";

    private const string Extra = """
        section: 41
        dnro: EXE/77/00.01.02/2025
        meeting: 2/2025
        topics: [international]
        votes: { for: 30, against: [Anna-Kaisa Ylä-Kotola-Kangasniemi, Eero-Juhani Lähdesmäki-Väänänen], abstained: 2, absent: 1 }
        dissent: [{ name: Anna-Kaisa Ylä-Kotola-Kangasniemi, text: Kaupunginvaltuustokokousjärjestelytyöryhmän ehdotus olisi ollut parempi. }]
        """;

    public static void Write(TestSite site)
    {
        site.Write("content/fi/2025/ystavyyskaupunki.md", Decisions.Finnish(
            title: FinnishCompound, date: "2025-06-16", body: "kaupunginvaltuusto", extra: Extra,
            text: $"Valmistelussa on kuultu {FinnishCompound.ToLowerInvariant()}työryhmää ja ympäristöterveydenhuoltojaostoa."));
        // The board's preparation: a case of two decisions has a page of its own.
        site.Write("content/fi/2025/ystavyyskaupunki-valmistelu.md", Decisions.Finnish(
            title: FinnishCompound, date: "2025-06-02", body: "kaupunginhallitus",
            extra: "section: 120\ndnro: EXE/77/00.01.02/2025\ntopics: [international]",
            text: $"Kaupunginhallitus valmistelee {FinnishCompound.ToLowerInvariant()} kaupunginvaltuustolle."));
        site.Write("content/sv/2025/ystavyyskaupunki.md", Decisions.Swedish(
            title: SwedishCompound, date: "2025-06-16", body: "kaupunginvaltuusto",
            extra: "section: 41\ndnro: EXE/77/00.01.02/2025\nmeeting: 2/2025\ntopics: [international]",
            text: $"Arbetsgruppen för {SwedishCompound.ToLowerInvariant()} har hörts."));
        site.Write("content/fi/meetings/kaupunginvaltuusto/2025-06-16.md", """
            ---
            number: 2/2025
            place: Kaupungintalon valtuustosali
            time: 18:00-21:00
            minutes_public: 2025-06-20
            attendees:
              - { name: Anna-Kaisa Ylä-Kotola-Kangasniemi, role: kaupunginvaltuustokokousjärjestelytoimikunnan puheenjohtaja }
              - Eero-Juhani Lähdesmäki-Väänänen
            ---
            Kokouksessa käsiteltiin ystävyyskaupunkikaupunginvaltuustokokousjärjestelyjä.
            """);
    }
}
