namespace DecisionsPortal.Law;

/// <summary>The ids editors write for <see cref="AppealKind"/> in front matter and site.yml.</summary>
public static class AppealKinds
{
    public static readonly string[] Ids = ["rectification", "municipal", "none"];

    /// <summary>The appeal instructions' own words for an appeal, answered with its id as a field's Finnish or Swedish name is.</summary>
    public static readonly IReadOnlyDictionary<string, string> LocalNames = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["oikaisuvaatimus"] = "rectification", ["oikaisuvaatimusohje"] = "rectification", ["rättelseyrkande"] = "rectification",
        ["kunnallisvalitus"] = "municipal", ["kuntalaisvalitus"] = "municipal", ["kommunalbesvär"] = "municipal",
        ["ei muutoksenhakua"] = "none", ["ei valitusoikeutta"] = "none", ["inget ändringssökande"] = "none", ["ingen besvärsrätt"] = "none", ["ei"] = "none", ["ingen"] = "none",
    };

    // Ids is in the order of AppealKind.
    public static AppealKind? Parse(string id) => Array.IndexOf(Ids, id) is var at and >= 0 ? (AppealKind)at : null;

    public static string Id(AppealKind kind) => Ids[(int)kind];
}
