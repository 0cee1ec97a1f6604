using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Content;

/// <summary>The front-matter fields a meeting file may have; anything else is probably a typo.</summary>
public static class MeetingFields
{
    public static readonly string[] All = ["number", "place", "time", "attendees", "status", "minutes_public"];

    /// <summary>
    /// The day the minutes went public starts the appeal period that ends the marked names' time on
    /// the site. An unknown field meant as it is an error, not a warning: ignored, the names would
    /// stay for ever. No other field of a meeting file withholds or expires anything (its names are
    /// marked where they are written), so no other is.
    /// </summary>
    public const string Expiring = "minutes_public";

    /// <summary>The Finnish and Swedish words of the minutes' own headings, answered with the field's name as a decision file's are.</summary>
    public static readonly IReadOnlyDictionary<string, string> LocalNames = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["numero"] = "number", ["nro"] = "number", ["kokous"] = "number", ["nummer"] = "number", ["nr"] = "number",
        ["paikka"] = "place", ["kokouspaikka"] = "place", ["plats"] = "place",
        ["aika"] = "time", ["kokousaika"] = "time", ["tid"] = "time",
        ["läsnä"] = "attendees", ["läsnäolijat"] = "attendees", ["osallistujat"] = "attendees", ["närvarande"] = "attendees", ["deltagare"] = "attendees",
        ["tila"] = "status",
        ["nähtävillä"] = "minutes_public", ["nähtävänä"] = "minutes_public", ["julkinen"] = "minutes_public", ["julkaistu"] = "minutes_public",
        ["pöytäkirja_nähtävillä"] = "minutes_public", ["pöytäkirja_julkinen"] = "minutes_public",
        ["framlagt"] = "minutes_public", ["protokollet_framlagt"] = "minutes_public", ["framlagd"] = "minutes_public", ["offentlig"] = "minutes_public",
    };

    /// <summary>An attendee written as a mapping: '{ name: …, role: … }'.</summary>
    public static readonly string[] Attendee = ["name", "role"];

    public static readonly IReadOnlyDictionary<string, string> AttendeeLocalNames = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["nimi"] = "name", ["namn"] = "name", ["rooli"] = "role", ["tehtävä"] = "role", ["roll"] = "role", ["uppdrag"] = "role",
    };

    /// <summary>The field an unknown one was most likely meant as, by its name or its Finnish or Swedish word; null when none is close.</summary>
    public static string? Meant(string key) => Suggestions.MeantField(key, All, LocalNames);

    public static MessageText DidYouMean(string key) => Suggestions.DidYouMeanField(key, All, LocalNames);
}
