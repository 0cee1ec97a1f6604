namespace DecisionsPortal.Content;

/// <summary>A member who left a dissenting opinion (eriävä mielipide), with its text when one was given.</summary>
public sealed record Dissent(string Name, string? Text);
