namespace DecisionsPortal.Configuration;

/// <summary>An entry of a controlled vocabulary (an organ or a topic): a stable id and a label per language.</summary>
public sealed record Term(string Id, IReadOnlyDictionary<string, string> Labels)
{
    public string Label(string language) => Labels.TryGetValue(language, out var label) ? label : Id;
}
