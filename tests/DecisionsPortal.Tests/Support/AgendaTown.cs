namespace DecisionsPortal.Tests.Support;

/// <summary>
/// Esimerkkilä in the week before a board meeting. Built on Friday 28 March 2025
/// (<see cref="Today"/>): the board meets next Monday, 7 April (6/2025), and its agenda is out —
/// § 30 on the swimming hall's opening hours (case EXE/20/2025, prepared by the technical
/// committee in February) and § 31 on the market square, in Finnish and Swedish. At its meeting of
/// 17 March (5/2025, minutes public 21 March) the board amended the school transport proposal,
/// and corrected the decision's text on 24 March; the proposal and the decision each name a
/// person marked as personal data, published up to the last day of the claim for rectification,
/// Friday 11 April (<see cref="LastDay"/>).
/// </summary>
public static class AgendaTown
{
    public static readonly DateOnly Today = new(2025, 3, 28);
    public static readonly DateOnly LastDay = new(2025, 4, 11);

    public const string ProposalName = "Kaisa Koulutoimi";
    public const string DecisionName = "Kalle Kuljettaja";
    public const string Meeting = "fi/kokoukset/kaupunginhallitus/2025-04-07/";
    public const string MeetingSwedish = "sv/moten/kaupunginhallitus/2025-04-07/";
    public const string AgendaItem = "fi/paatokset/2025/uimahalli/";
    public const string AgendaItemSwedish = "sv/beslut/2025/uimahalli/";
    public const string Amended = "fi/paatokset/2025/koulukuljetukset/";
    public const string AmendedSwedish = "sv/beslut/2025/koulukuljetukset/";
    public const string Case = "fi/asiat/exe-20-2025/";

    public const string AgendaItemFile = """
        ---
        title: Uimahallin aukioloaikojen pidentäminen
        date: 2025-04-07
        body: kaupunginhallitus
        meeting: 6/2025
        section: 30
        dnro: EXE/20/2025
        status: agenda
        preparer: { name: Maija Meikäläinen, title: Liikuntajohtaja }
        presenter: { name: Olli Esimerkki, title: Kaupunginjohtaja }
        proposal: Kaupunginhallitus päättää, että uimahalli on avoinna arkisin kello 6–21.
        ---
        Uimahallin kävijämäärä on kasvanut, ja aamuvuoroja on toivottu.
        """;

    public static string Files => $$"""
        -- site.yml --
        title: { fi: Esimerkkilän päätökset, sv: Exempelby stads beslut }
        base_url: https://paatokset.esimerkkila.example/
        languages: [fi, sv]
        bodies:
          kaupunginhallitus: { fi: Kaupunginhallitus, sv: Stadsstyrelsen, appeal: rectification }
          tekninen-lautakunta: { fi: Tekninen lautakunta, sv: Tekniska nämnden, appeal: rectification }
        topics:
          schools: { fi: Koulut, sv: Skolor }
        -- content/fi/2025/uimahalli.md --
        {{AgendaItemFile}}
        -- content/sv/2025/uimahalli.md --
        ---
        title: Längre öppettider för simhallen
        date: 2025-04-07
        body: kaupunginhallitus
        meeting: 6/2025
        section: 30
        dnro: EXE/20/2025
        status: agenda
        preparer: { name: Maija Meikäläinen, title: Idrottsdirektör }
        presenter: { name: Olli Esimerkki, title: Stadsdirektör }
        proposal: Stadsstyrelsen beslutar att simhallen är öppen vardagar klockan 6–21.
        ---
        Antalet besökare i simhallen har ökat, och morgonturer har efterfrågats.
        -- content/fi/2025/tori.md --
        ---
        title: Torin kunnostus
        date: 2025-04-07
        body: kaupunginhallitus
        meeting: 6/2025
        section: 31
        status: agenda
        preparer: { name: Maija Meikäläinen, title: Kaupungininsinööri }
        presenter: { name: Olli Esimerkki, title: Kaupunginjohtaja }
        proposal: Kaupunginhallitus päättää kunnostaa torin kesällä 2025.
        ---
        Torin kiveys on rikkoutunut.
        -- content/sv/2025/tori.md --
        ---
        title: Iståndsättning av torget
        date: 2025-04-07
        body: kaupunginhallitus
        meeting: 6/2025
        section: 31
        status: agenda
        preparer: { name: Maija Meikäläinen, title: Stadsingenjör }
        presenter: { name: Olli Esimerkki, title: Stadsdirektör }
        proposal: Stadsstyrelsen beslutar att torget iståndsätts sommaren 2025.
        ---
        Torgets stenläggning har gått sönder.
        -- content/fi/2025/uimahalli-valmistelu.md --
        ---
        title: Uimahallin aukioloaikojen valmistelu
        date: 2025-02-10
        body: tekninen-lautakunta
        dnro: EXE/20/2025
        status: as_proposed
        appeal: none
        preparer: { name: Maija Meikäläinen, title: Liikuntajohtaja }
        presenter: { name: Teija Tekninen, title: Tekninen johtaja }
        proposal: Tekninen lautakunta esittää kaupunginhallitukselle aukioloaikojen pidentämistä.
        decision: Ehdotus hyväksyttiin.
        ---
        Asia valmisteltiin kaupunginhallitukselle.
        -- content/fi/2025/koulukuljetukset.md --
        ---
        title: Koulukuljetusten järjestäminen
        date: 2025-03-17
        body: kaupunginhallitus
        meeting: 5/2025
        section: 22
        status: amended
        updated: 2025-03-24
        topics: [schools]
        preparer: { name: Maija Meikäläinen, title: Sivistysjohtaja }
        presenter: { name: Olli Esimerkki, title: Kaupunginjohtaja }
        proposal: Kaupunginhallitus päättää järjestää koulukuljetukset taksilla kolmeksi vuodeksi. Yhteyshenkilö on [[{{ProposalName}}]]{.personal}.
        previous: Kaupunginhallitus päätti järjestää koulukuljetukset tilausbussilla kolmeksi vuodeksi. Yhteyshenkilö on [[{{DecisionName}}]]{.personal}.
        decision: Kaupunginhallitus päätti järjestää koulukuljetukset tilausbussilla kahdeksi vuodeksi. Yhteyshenkilö on [[{{DecisionName}}]]{.personal}.
        ---
        Nykyinen sopimus päättyy kesällä.
        -- content/sv/2025/koulukuljetukset.md --
        ---
        title: Ordnande av skolskjutsar
        date: 2025-03-17
        body: kaupunginhallitus
        meeting: 5/2025
        section: 22
        status: amended
        topics: [schools]
        preparer: { name: Maija Meikäläinen, title: Bildningsdirektör }
        presenter: { name: Olli Esimerkki, title: Stadsdirektör }
        proposal: Stadsstyrelsen beslutar ordna skolskjutsarna med taxi i tre år.
        decision: Stadsstyrelsen beslutade ordna skolskjutsarna med beställningsbuss i två år.
        ---
        Det nuvarande avtalet upphör i sommar.
        -- content/fi/meetings/kaupunginhallitus/2025-03-17.md --
        ---
        number: 5/2025
        minutes_public: 2025-03-21
        ---
        -- content/fi/meetings/kaupunginhallitus/2025-04-07.md --
        ---
        number: 6/2025
        place: Kaupungintalo
        time: 16:00
        ---
        -- content/sv/meetings/kaupunginhallitus/2025-04-07.md --
        ---
        number: 6/2025
        place: Stadshuset
        time: 16:00
        ---
        """;
}
