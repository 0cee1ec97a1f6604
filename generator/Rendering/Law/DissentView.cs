namespace DecisionsPortal.Rendering.Law;

public sealed record DissentView(string Name, string? Text);
