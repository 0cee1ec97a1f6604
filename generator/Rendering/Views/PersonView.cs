namespace DecisionsPortal.Rendering.Views;

public sealed record PersonView(string Name, string? Title, string Url);
