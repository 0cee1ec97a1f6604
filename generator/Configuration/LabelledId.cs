namespace DecisionsPortal.Configuration;

/// <summary>An entry of a controlled vocabulary (an organ, a topic, a political group): a stable id and a label per language. (A search term is another thing: see Search.)</summary>
public sealed record LabelledId(string Id, IReadOnlyDictionary<string, string> Labels)
{
    public string Label(string language) => Labels.TryGetValue(language, out var label) ? label : Id;
}
