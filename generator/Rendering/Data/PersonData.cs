namespace DecisionsPortal.Rendering.Data;

public sealed record PersonData(string Name, string? Title);
