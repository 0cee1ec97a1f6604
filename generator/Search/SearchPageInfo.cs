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
    IReadOnlyDictionary<string, string> Text);
