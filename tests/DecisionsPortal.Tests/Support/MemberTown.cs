namespace DecisionsPortal.Tests.Support;

/// <summary>
/// Esimerkkilä's council with a register of members: the council (kaupunginvaltuusto) voted on
/// the swimming hall on 24 March 2025 (2/2025, § 21), by name and council group, with a dissent;
/// one vote is marked as personal data (<see cref="PersonalMember"/>, in the register) and one
/// name is not in the register at all (<see cref="Misspelt"/>). Aino Aaltonen also voted on a
/// confidential matter, which no person page may show. The minutes went public on Friday 28
/// March, so the municipal appeal ends on Monday 5 May and the marked vote is published up to
/// and including that day (<see cref="LastDay"/>).
/// </summary>
public static class MemberTown
{
    public const string PersonalMember = "Pertti Piilonen";
    public const string HiddenVoter = "Kalle Kätketty";
    public const string Misspelt = "Daniel Dal";
    public const string Decision = "fi/paatokset/2025/uimahalli/index.html";
    public const string DecisionSv = "sv/beslut/2025/uimahalli/index.html";
    public const string Confidential = "fi/paatokset/2025/tontin-myynti/index.html";
    public const string Aino = "fi/henkilo/aino-aaltonen/index.html";
    public const string AinoFeed = "fi/henkilo/aino-aaltonen/atom.xml";
    public const string Bertta = "fi/henkilo/bertta-berg/index.html";
    public const string Pertti = "fi/henkilo/pertti-piilonen/index.html";
    public const string Meeting = "fi/kokoukset/kaupunginvaltuusto/2025-03-24/index.html";

    public static readonly DateOnly LastDay = new(2025, 5, 5);

    public const string Register = """
        groups:
          kesk: { fi: Keskustan valtuustoryhmä, sv: Centerns fullmäktigegrupp }
          sdp: { fi: Sosialidemokraattinen valtuustoryhmä, sv: Socialdemokratiska fullmäktigegruppen }
          kok: { fi: Kokoomuksen valtuustoryhmä, sv: Samlingspartiets fullmäktigegrupp }
        members:
          - name: Aino Aaltonen
            group: kesk
            roles:
              - { body: kaupunginvaltuusto, role: chair, from: 2021-08-01, to: 2025-05-31 }
              - { body: kaupunginhallitus, role: member, from: 2023-06-01, to: 2025-05-31 }
          - name: Bertta Berg
            group: sdp
            roles:
              - { body: kaupunginvaltuusto, role: member, from: 2021-08-01, to: 2025-05-31 }
          - name: Cecilia Carlsson
            group: kok
            roles:
              - { body: kaupunginvaltuusto, role: member, from: 2021-08-01, to: 2025-05-31 }
          - name: Daniel Dahl
            group: kesk
            roles:
              - { body: kaupunginvaltuusto, role: member, from: 2021-08-01, to: 2025-05-31 }
          - name: Eeva Eskola
            group: sdp
            roles:
              - { body: kaupunginvaltuusto, role: vice_chair, from: 2021-08-01, to: 2025-05-31 }
          - name: Pertti Piilonen
            group: kok
            roles:
              - { body: kaupunginvaltuusto, role: deputy, from: 2021-08-01 }
        """;

    private static readonly string Hall = Decisions.Finnish(
        title: "Uimahallin peruskorjaus", date: "2025-03-24", body: "kaupunginvaltuusto",
        extra: "meeting: 2/2025\nsection: 21\nstatus: as_proposed\n"
            + "votes: { for: [Aino Aaltonen, Cecilia Carlsson, " + Misspelt + "], against: [Bertta Berg, Eeva Eskola, \"[[" + PersonalMember + "]]{.personal}\"], abstained: 0, absent: [\"[[" + HiddenVoter + "]]{.personal}\"] }\n"
            + "dissent: [{ name: Bertta Berg, text: Uimahalli olisi pitänyt rakentaa uudelleen. }]",
        text: "Uimahallin tekniikka on käyttöikänsä lopussa.");

    private static readonly string HallSwedish = Decisions.Swedish(
        title: "Grundrenovering av simhallen", date: "2025-03-24", body: "kaupunginvaltuusto",
        extra: "meeting: 2/2025\nsection: 21\nstatus: as_proposed\n"
            + "votes: { for: [Aino Aaltonen, Cecilia Carlsson, " + Misspelt + "], against: [Bertta Berg, Eeva Eskola, \"[[" + PersonalMember + "]]{.personal}\"], abstained: 0, absent: [\"[[" + HiddenVoter + "]]{.personal}\"] }\n"
            + "dissent: [{ name: Bertta Berg, text: Simhallen borde ha byggts på nytt. }]",
        text: "Simhallens teknik är i slutet av sin livslängd.");

    private static readonly string Sale = Decisions.Finnish(
        title: "Tontin myynti", date: "2025-03-24", body: "kaupunginvaltuusto",
        extra: "meeting: 2/2025\nsection: 22\nconfidential: true\nvotes: { for: [Aino Aaltonen], against: [Bertta Berg] }");

    public static string Files => $$"""
        -- site.yml --
        title: { fi: Esimerkkilän päätökset, sv: Exempelby stads beslut }
        base_url: https://paatokset.esimerkkila.example/
        languages: [fi, sv]
        bodies:
          kaupunginhallitus: { fi: Kaupunginhallitus, sv: Stadsstyrelsen, appeal: rectification }
          kaupunginvaltuusto: { fi: Kaupunginvaltuusto, sv: Stadsfullmäktige, appeal: municipal }
        topics:
          schools: { fi: Koulut, sv: Skolor }
        -- content/members.yml --
        {{Register}}
        -- content/fi/2025/uimahalli.md --
        {{Hall}}
        -- content/sv/2025/uimahalli.md --
        {{HallSwedish}}
        -- content/fi/2025/tontin-myynti.md --
        {{Sale}}
        -- content/fi/meetings/kaupunginvaltuusto/2025-03-24.md --
        ---
        number: 2/2025
        place: Valtuustosali
        time: 18:00-21:00
        status: held
        minutes_public: 2025-03-28
        attendees:
          - { name: Aino Aaltonen, role: puheenjohtaja }
          - Bertta Berg
          - Cecilia Carlsson
          - Eeva Eskola
          - "[[{{PersonalMember}}]]{.personal}"
          - { name: Olli Esimerkki, role: esittelijä }
        ---
        """;
}
