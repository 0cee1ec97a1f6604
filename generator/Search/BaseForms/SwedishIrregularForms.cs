using System.Runtime.InteropServices;

namespace DecisionsPortal.Search.BaseForms;

/// <summary>
/// Swedish inflection that no rule gives and hunspell-sv does not link to its base form (it lists
/// "små", "äldre", "låg", "vuxit", "ögon" as words of their own): the closed classes of a grammar
/// book, suppletive comparison, irregular plurals, the modal and strong verbs. One line a base
/// form, then its forms; a form may belong to several base forms ("mindre": liten and lite).
/// Not the modal skola (ska, skall, skulle): its infinitive is spelt as the noun skola, school, and
/// "skolorna" or "skolan" typed would find every decision holding "ska", as most do.
/// </summary>
internal static class SwedishIrregularForms
{
    private const string Table = """
        liten: lilla lille små smått mindre minst minsta minste
        lite: mindre minst
        gammal: gamla gamle äldre äldst äldsta äldste
        god: bättre bäst bästa bäste
        bra: bättre bäst bästa
        dålig: sämre sämst sämsta värre värst värsta
        ond: värre värst värsta
        mycket: mer mera mest mesta
        många: fler flera flest flesta
        få: färre färst
        nära: närmare närmast närmaste
        gärna: hellre helst
        låg: lägre lägst lägsta
        öga: ögon ögonen
        öra: öron öronen
        man: män männen
        mus: möss mössen
        gås: gäss gässen
        bok: böcker böckerna
        son: söner sönerna
        bror: bröder bröderna
        far: fäder fäderna
        mor: mödrar mödrarna
        dotter: döttrar döttrarna
        ko: kor korna
        stad: städer städerna
        natt: nätter nätterna
        böra: bör borde
        kunna: kan kunde kunnat
        vilja: vill ville velat
        veta: vet visste vetat
        göra: gör gjorde gjort
        säga: säger sade sa sagt
        ligga: ligger låg legat
        sitta: sitter satt suttit
        växa: växer växte vuxit
        ta: tar tog tagit
        ge: ger gav givit gett
        dra: drar drog dragit
        finna: finner fann funnit
        finnas: finns fanns funnits
        bli: blir blev blivit
        komma: kommer kom kommit
        se: ser såg sett
        stå: står stod stått
        gå: går gick gått
        skriva: skriver skrev skrivit
        bjuda: bjuder bjöd bjudit
        bära: bär bar burit
        dricka: dricker drack druckit
        driva: driver drev drivit
        falla: faller föll fallit
        flyga: flyger flög flugit
        frysa: fryser frös frusit
        gripa: griper grep gripit
        hinna: hinner hann hunnit
        hålla: håller höll hållit
        kliva: kliver klev klivit
        ljuga: ljuger ljög ljugit
        låta: låter lät låtit
        njuta: njuter njöt njutit
        rida: rider red ridit
        rinna: rinner rann runnit
        sjunga: sjunger sjöng sjungit
        sjunka: sjunker sjönk sjunkit
        skjuta: skjuter sköt skjutit
        skära: skär skar skurit
        slå: slår slog slagit
        slippa: slipper slapp sluppit
        sova: sover sov sovit
        springa: springer sprang sprungit
        sticka: sticker stack stuckit
        stiga: stiger steg stigit
        stjäla: stjäl stal stulit
        sätta: sätter satte
        lägga: lägger lade lagt
        välja: väljer valde valt
        sälja: säljer sålde sålt
        dölja: döljer dolde dolt
        vinna: vinner vann vunnit
        vrida: vrider vred vridit
        äta: äter åt ätit
        binda: binder band bundit
        brinna: brinner brann brunnit
        brista: brister brast brustit
        bryta: bryter bröt brutit
        dö: dör dog dött
        le: ler log lett
        be: ber bad bett
        gråta: gråter grät gråtit
        fara: far for farit
        bita: biter bet bitit
        glida: glider gled glidit
        lida: lider led lidit
        skrika: skriker skrek skrikit
        slita: sliter slet slitit
        stryka: stryker strök strukit
        flyta: flyter flöt flutit
        knyta: knyter knöt knutit
        hugga: hugger högg huggit
        vika: viker vek vikit
        svika: sviker svek svikit
        """;

    private static readonly Dictionary<string, string[]> Forms = Parse();

    /// <summary>Per form, the base forms it belongs to.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> BasesOf = Forms;

    /// <summary>The same, asked with a part of a word (each tail of it) without making a string of each.</summary>
    public static readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> BasesOfPart = Forms.GetAlternateLookup<ReadOnlySpan<char>>();

    private static Dictionary<string, string[]> Parse()
    {
        var bases = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var line in Table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (baseForm, forms) = (line[..line.IndexOf(':')], line[(line.IndexOf(':') + 1)..]);
            foreach (var form in forms.Split(' ', StringSplitOptions.RemoveEmptyEntries).Append(baseForm))
            {
                var list = CollectionsMarshal.GetValueRefOrAddDefault(bases, form, out _) ??= [];
                if (!list.Contains(baseForm))
                {
                    list.Add(baseForm);
                }
            }
        }

        return bases.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }
}
