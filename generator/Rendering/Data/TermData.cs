namespace DecisionsPortal.Rendering.Data;

/// <summary>An organ or topic: the id used in front matter and URLs, and its label in the data's language.</summary>
public sealed record TermData(string Id, string Label);
