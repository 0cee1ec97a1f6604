namespace DecisionsPortal.Import;

/// <summary>A line of the legacy text with its one-based number, kept so review notes can point back to it.</summary>
public sealed record SourceLine(int Number, string Text);
