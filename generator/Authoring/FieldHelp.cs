namespace DecisionsPortal.Authoring;

/// <summary>
/// The comment written beside each field of a new decision file, and the review notes at the top
/// of an imported one, in the file's language when we have it (Finnish, Swedish), else in English. "{0}" is replaced by the ids site.yml allows.
/// </summary>
public static class FieldHelp
{
    private static readonly Dictionary<string, Dictionary<string, string>> Texts = new(StringComparer.Ordinal)
    {
        ["fi"] = new(StringComparer.Ordinal)
        {
            ["intro"] = "Uusi päätös. Täytä kentät; #-merkin jälkeinen ohje on vain sinulle. Valmisteluteksti kirjoitetaan alimman ---rivin alle.",
            ["title"] = "Lyhyt otsikko, joka kertoo mistä päätettiin.",
            ["date"] = "Päätöksen päivämäärä muodossa VVVV-KK-PP, esim. 2025-01-29.",
            ["body"] = "Päättänyt toimielin, yksi näistä: {0}.",
            ["section"] = "Pykälän (§) numero pöytäkirjassa, esim. 12. Vapaaehtoinen.",
            ["dnro"] = "Diaarinumero, esim. KEMI/123/00.01.02/2025. Vapaaehtoinen.",
            ["preparer"] = "Valmistelija.",
            ["presenter"] = "Esittelijä.",
            ["name"] = "Nimi, esim. Maija Meikäläinen.",
            ["person_title"] = "Virkanimike, esim. Kaupunginjohtaja.",
            ["proposal"] = "Päätösehdotus. Usealle riville: kirjoita 'proposal: |' ja teksti sisennettynä seuraaville riveille.",
            ["decision"] = "Mitä päätettiin, esim. Ehdotus hyväksyttiin. Vapaaehtoinen.",
            ["topics"] = "Aiheet hakasulkeisiin pilkuin eroteltuina, näistä: {0}. Vapaaehtoinen.",
            ["attachments"] = "Liitteet, esim. [{ title: Kutsu, file: kutsu.pdf }]; tiedosto tämän tiedoston viereen. Vapaaehtoinen.",
            ["draft"] = "true pitää päätöksen pois sivustolta, kunnes se on valmis.",
            ["confidential"] = "true: päätös on salassa pidettävä; sivustolla näkyvät vain sen otsikko, toimielin, päivämäärä ja pykälä.",
            ["key"] = "Vain jos käännöksen tiedostonimi on eri: sama avain molempiin tiedostoihin. Yleensä tyhjä.",
            ["translate"] = "Käännä: {0}",
            ["other"] = "Vapaaehtoinen; OHJE.md kertoo, mitä kenttään kirjoitetaan.",
            ["import_intro"] = "Tuotu tiedostosta {0}: luonnos. Tarkista se, poista nämä huomautukset ja julkaise asettamalla 'draft: false'.",
            ["import_no_repair"] = "TARKISTA: skannausvirheitä ei korjattu (libvoikko ei ole asennettu): etsi kadonneet ä- ja ö-kirjaimet.",
            ["import_title"] = "TARKISTA: tekstissä ei ollut otsikkoa; tämä muodostettiin päätösehdotuksesta.",
            ["import_repaired"] = "Oikolukuohjelma korjasi (alkuperäisen rivi: skannattuna → tässä):",
            ["import_review"] = "TARKISTA: jätetty skannatuksi (nimi, kirjoitusvirhe tai monta mahdollista sanaa):",
            ["import_could_be"] = "voi olla: {0}",
        },
        ["sv"] = new(StringComparer.Ordinal)
        {
            ["intro"] = "Nytt beslut. Fyll i fälten; texten efter # är bara hjälp till dig. Beredningstexten skrivs under den nedersta ----raden.",
            ["title"] = "En kort rubrik som säger vad beslutet gäller.",
            ["date"] = "Beslutets datum som ÅÅÅÅ-MM-DD, t.ex. 2025-01-29.",
            ["body"] = "Organet som beslutade, ett av: {0}.",
            ["section"] = "Paragrafens (§) nummer i protokollet, t.ex. 12. Frivilligt.",
            ["dnro"] = "Diarienummer, t.ex. KEMI/123/00.01.02/2025. Frivilligt.",
            ["preparer"] = "Beredare.",
            ["presenter"] = "Föredragande.",
            ["name"] = "Namn, t.ex. Maja Exempel.",
            ["person_title"] = "Tjänstebeteckning, t.ex. Stadsdirektör.",
            ["proposal"] = "Beslutsförslag. För flera rader: skriv 'proposal: |' och texten indragen på följande rader.",
            ["decision"] = "Vad som beslutades, t.ex. Förslaget godkändes. Frivilligt.",
            ["topics"] = "Ämnen inom hakparenteser, åtskilda med kommatecken, av: {0}. Frivilligt.",
            ["attachments"] = "Bilagor, t.ex. [{ title: Inbjudan, file: inbjudan.pdf }]; filen bredvid denna fil. Frivilligt.",
            ["draft"] = "true håller beslutet borta från webbplatsen tills det är klart.",
            ["confidential"] = "true: beslutet är sekretessbelagt; webbplatsen visar bara dess rubrik, organ, datum och paragraf.",
            ["key"] = "Endast om översättningens filnamn skiljer sig: samma nyckel i båda filerna. Oftast tom.",
            ["translate"] = "Översätt: {0}",
            ["other"] = "Frivilligt; ANVISNING.md berättar vad fältet ska innehålla.",
            ["import_intro"] = "Importerat från {0}: ett utkast. Granska det, radera dessa anteckningar och publicera genom att sätta 'draft: false'.",
            ["import_no_repair"] = "GRANSKA: skanningsfel rättades inte (libvoikko är inte installerat): leta efter förlorade å, ä och ö.",
            ["import_title"] = "GRANSKA: texten saknade rubrik; denna bildades av beslutsförslaget.",
            ["import_repaired"] = "Rättat av stavningskontrollen (rad i originalet: skannat → här):",
            ["import_review"] = "GRANSKA: inte rättat, kvar som skannat (ett namn, ett skrivfel eller flera möjliga ord):",
            ["import_could_be"] = "kan vara: {0}",
        },
        ["en"] = new(StringComparer.Ordinal)
        {
            ["intro"] = "A new decision. Fill in the fields; the text after # is help for you. The preparation text goes below the last --- line.",
            ["title"] = "A short title that says what was decided.",
            ["date"] = "The date of the decision as YYYY-MM-DD, e.g. 2025-01-29.",
            ["body"] = "The organ that decided, one of: {0}.",
            ["section"] = "The section (§) number in the minutes, e.g. 12. Optional.",
            ["dnro"] = "The diary number, e.g. KEMI/123/00.01.02/2025. Optional.",
            ["preparer"] = "Who prepared the matter.",
            ["presenter"] = "Who presented it.",
            ["name"] = "Name, e.g. Jane Example.",
            ["person_title"] = "Office held, e.g. City Manager.",
            ["proposal"] = "The proposal. For several lines write 'proposal: |' and indent the text on the lines below.",
            ["decision"] = "What was decided, e.g. The proposal was approved. Optional.",
            ["topics"] = "Topics in square brackets, separated by commas, from: {0}. Optional.",
            ["attachments"] = "Attachments, e.g. [{ title: Invitation, file: invitation.pdf }]; the file beside this one. Optional.",
            ["draft"] = "true keeps the decision off the site until it is ready.",
            ["confidential"] = "true: the decision is confidential; the site shows only its title, organ, date and section.",
            ["key"] = "Only if the translation's file name differs: the same key in both files. Usually empty.",
            ["translate"] = "Translate: {0}",
            ["other"] = "Optional; the editors' guide (OHJE.md, ANVISNING.md) says what to write here.",
            ["import_intro"] = "Imported from {0}: a draft. Review it, delete these notes, and set 'draft: false' to publish.",
            ["import_no_repair"] = "REVIEW: no OCR repair was done (libvoikko is not installed): look for lost ä and ö.",
            ["import_title"] = "REVIEW: the text had no title; this one was made from the proposal.",
            ["import_repaired"] = "Repaired by the spell checker (line of the original: as scanned → as written here):",
            ["import_review"] = "REVIEW: not repaired, kept as scanned (a name, a typo, or more than one possible word):",
            ["import_could_be"] = "could be: {0}",
        },
    };

    public static string For(string language, string field, string? argument = null)
    {
        var texts = Texts.TryGetValue(language, out var own) ? own : Texts["en"];
        var text = texts.TryGetValue(field, out var found) ? found : Texts["en"][field];
        return argument is null ? text : text.Replace("{0}", argument, StringComparison.Ordinal);
    }
}
