using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Content;

/// <summary>The front-matter fields a decision may have; anything else is probably a typo.</summary>
public static class DecisionFields
{
    public static readonly string[] Required = ["title", "date", "body", "preparer", "presenter", "proposal"];

    public static readonly string[] Optional = ["section", "dnro", "decision", "topics", "attachments", "draft", "key", "aliases"];

    public static readonly string[] All = [.. Required, .. Optional, .. LegalFieldsReader.Fields];

    /// <summary>
    /// The Finnish and Swedish words editors know the fields by (the minutes' own headings), so that
    /// a field written in the editor's language is answered with its name, not just "unknown".
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> LocalNames = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["otsikko"] = "title", ["rubrik"] = "title", ["titel"] = "title",
        ["päivämäärä"] = "date", ["päiväys"] = "date", ["pvm"] = "date", ["datum"] = "date",
        ["toimielin"] = "body", ["organ"] = "body",
        ["pykälä"] = "section", ["paragraf"] = "section",
        ["diaarinumero"] = "dnro", ["diaari"] = "dnro", ["diarienummer"] = "dnro", ["dnr"] = "dnro",
        ["valmistelija"] = "preparer", ["beredare"] = "preparer",
        ["esittelijä"] = "presenter", ["föredragande"] = "presenter",
        ["päätösehdotus"] = "proposal", ["ehdotus"] = "proposal", ["beslutsförslag"] = "proposal", ["förslag"] = "proposal",
        ["päätös"] = "decision", ["beslut"] = "decision",
        ["aiempi"] = "previous", ["alkuperäinen"] = "previous", ["tidigare"] = "previous", ["ursprunglig"] = "previous",
        ["aiheet"] = "topics", ["aihe"] = "topics", ["ämnen"] = "topics", ["ämne"] = "topics",
        ["liitteet"] = "attachments", ["liite"] = "attachments", ["bilagor"] = "attachments", ["bilaga"] = "attachments",
        ["luonnos"] = "draft", ["utkast"] = "draft",
        ["avain"] = "key", ["nyckel"] = "key",
        ["kokous"] = "meeting", ["sammanträde"] = "meeting", ["möte"] = "meeting",
        ["tila"] = "status",
        ["äänestys"] = "votes", ["omröstning"] = "votes",
        ["eriävä"] = "dissent", ["eriävät"] = "dissent", ["reservation"] = "dissent",
        ["päivitetty"] = "updated", ["uppdaterad"] = "updated",
        ["muutoksenhaku"] = "appeal", ["ändringssökande"] = "appeal", ["besvär"] = "appeal",
        ["salainen"] = "confidential", ["luottamuksellinen"] = "confidential", ["salassapidettävä"] = "confidential",
        ["salassa"] = "confidential", ["salattu"] = "confidential",
        ["sekretessbelagd"] = "confidential", ["sekretess"] = "confidential", ["hemlig"] = "confidential",
        ["henkilötiedot"] = "personal", ["henkilötieto"] = "personal", ["personuppgifter"] = "personal", ["personuppgift"] = "personal",
        ["peruttu"] = "withdrawn", ["peruutettu"] = "withdrawn", ["återtagen"] = "withdrawn", ["återkallad"] = "withdrawn",
    };

    /// <summary>The fields whose value is fields of their own, and those fields.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Nested = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["preparer"] = ["name", "title"], ["presenter"] = ["name", "title"], ["votes"] = Votes.Sides,
    };

    /// <summary>
    /// The fields that keep a decision, or some of it, off the site. An unknown field meant as one
    /// of them is an error, not a warning: ignored, it would publish what the editor withheld.
    /// </summary>
    public static readonly string[] Withholding = ["confidential", "draft", "withdrawn", "personal"];

    /// <summary>The field an unknown one was most likely meant as, by its name or its Finnish or Swedish word; null when none is close.</summary>
    public static string? Meant(string key) => Suggestions.MeantField(key, All, LocalNames);

    /// <summary>"; did you mean 'section'?" for an unknown field, matched against the field names and their Finnish and Swedish words.</summary>
    public static Diagnostics.MessageText DidYouMean(string key) => Suggestions.DidYouMeanField(key, All, LocalNames);
}
