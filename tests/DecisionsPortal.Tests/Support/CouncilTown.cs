namespace DecisionsPortal.Tests.Support;

/// <summary>
/// Esimerkkilä's council record for the law tests: case EXE/12/10.03/2025 handled by the technical
/// committee (1/2025, 10 February, preparatory) and then by the city board (3/2025, 3 March, § 12,
/// with a vote, a dissent and a name marked as personal data); a confidential § 11 at the same
/// board meeting; the board's cancelled meeting of 17 March. The board's minutes went public on
/// Friday 7 March 2025, so notice counts as received on 14 March and the claim for rectification
/// ends on Friday 28 March: the personal name is published up to and including that day.
/// </summary>
public static class CouncilTown
{
    public const string PersonalName = "Matti Meikäläinen";
    public const string SecretaryName = "Sanna Sihteeri";
    public const string SecretText = "Salainen-kauppahinta-987654";
    public const string SecretDecision = "Salainen-paatos-123456";
    public const string CasePath = "fi/asiat/exe-12-10-03-2025/index.html";
    public const string CommitteePage = "fi/paatokset/2025/lautakunta-katto/index.html";
    public const string BoardPage = "fi/paatokset/2025/hallitus-katto/index.html";
    public const string ConfidentialPage = "fi/paatokset/2025/kiinteistokauppa/index.html";
    public const string BoardMeeting = "fi/kokoukset/kaupunginhallitus/2025-03-03/index.html";
    public const string CancelledMeeting = "fi/kokoukset/kaupunginhallitus/2025-03-17/index.html";
    public const string BoardFeed = "fi/kokoukset/kaupunginhallitus/calendar.ics";

    public static readonly DateOnly LastDay = new(2025, 3, 28);

    private static readonly string Committee = Decisions.Finnish(
        title: "Koulun katon korjauksen valmistelu", date: "2025-02-10", body: "tekninen-lautakunta",
        extra: "dnro: EXE/12/10.03/2025\nmeeting: 1/2025\nsection: 4\nstatus: as_proposed\nappeal: none");

    private static readonly string Board = Decisions.Finnish(
        title: "Koulun katon korjaus", date: "2025-03-03",
        extra: "dnro: EXE/12/10.03/2025\nmeeting: 3/2025\nsection: 12\nstatus: amended\n"
            + "votes: { for: 7, against: [Anna Aho, Eero Esa], abstained: 1, absent: 1 }\n"
            + "dissent: [{ name: Eero Esa, text: Katto pitäisi uusia kokonaan. }]",
        text: "Katon kunnon tarkasti rakennusmestari [[" + PersonalName + "]]{.personal} helmikuussa.");

    private static readonly string BoardSwedish = Decisions.Swedish(
        date: "2025-03-03",
        extra: "dnro: EXE/12/10.03/2025\nmeeting: 3/2025\nsection: 12\nstatus: amended",
        text: "Takets skick granskades av byggmästare [[" + PersonalName + "]]{.personal} i februari.");

    private static readonly string Confidential = Decisions.Finnish(
        title: "Kiinteistökauppa", date: "2025-03-03",
        extra: "meeting: 3/2025\nsection: 11\nconfidential: true\nattachments: [{ title: Kauppakirja, file: kauppakirja.pdf }]\ndecision: " + SecretDecision,
        text: SecretText);

    private static readonly string Withdrawn = Decisions.Finnish(title: "Peruttu päätös", date: "2025-02-20", extra: "withdrawn: 2025-03-01");

    public static string Files => $$"""
        -- site.yml --
        title: { fi: Esimerkkilän päätökset, sv: Exempelby stads beslut }
        base_url: https://paatokset.esimerkkila.example/
        languages: [fi, sv]
        bodies:
          kaupunginhallitus: { fi: Kaupunginhallitus, sv: Stadsstyrelsen, appeal: rectification }
          kaupunginvaltuusto: { fi: Kaupunginvaltuusto, sv: Stadsfullmäktige, appeal: municipal }
          tekninen-lautakunta: { fi: Tekninen lautakunta, sv: Tekniska nämnden, appeal: rectification }
        topics:
          schools: { fi: Koulut, sv: Skolor }
        removed:
          - { path: fi/2024/vanha-paatos.md, date: 2025-01-15 }
        editor_language: en
        -- content/fi/2025/lautakunta-katto.md --
        {{Committee}}
        -- content/fi/2025/hallitus-katto.md --
        {{Board}}
        -- content/sv/2025/hallitus-katto.md --
        {{BoardSwedish}}
        -- content/fi/2025/kiinteistokauppa.md --
        {{Confidential}}
        -- content/fi/2025/peruttu.md --
        {{Withdrawn}}
        -- content/fi/meetings/tekninen-lautakunta/2025-02-10.md --
        ---
        number: 1/2025
        place: Teknisen viraston neuvotteluhuone
        time: 15:00
        minutes_public: 2025-02-14
        ---
        -- content/fi/meetings/kaupunginhallitus/2025-03-03.md --
        ---
        number: 3/2025
        place: Kaupungintalo, hallituksen kokoushuone
        time: 16:00-18:00
        status: held
        minutes_public: 2025-03-07
        attendees:
          - { name: Liisa Puheenjohtaja, role: puheenjohtaja }
          - Anna Aho
          - Eero Esa
        ---
        Pöytäkirjanpitäjänä toimi [[{{SecretaryName}}]]{.personal}.
        -- content/fi/meetings/kaupunginhallitus/2025-03-17.md --
        ---
        number: 4/2025
        status: cancelled
        ---
        """;
}
