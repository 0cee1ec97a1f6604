namespace DecisionsPortal.Search;

/// <summary>
/// What the browser needs besides the index to show results in the page's language: where the
/// index lives, the labels of organs, topics and languages, and the UI texts of the script.
/// </summary>
public sealed record SearchPageInfo(
    string Directory,
    string BasePath,
    string DateFormat,
    IReadOnlyList<(string Id, string Label)> Bodies,
    IReadOnlyList<(string Id, string Label)> Topics,
    IReadOnlyList<(string Code, string Name, string Badge)> Languages,
    IReadOnlyDictionary<string, string> Text)
{
    /// <summary>Each id's place in its list: the number the index's files give an organ, topic or language, which the manifest's lists turn back into labels.</summary>
    internal static Dictionary<string, int> Places(IEnumerable<string> ids) =>
        ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
}
