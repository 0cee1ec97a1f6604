namespace DecisionsPortal.Rendering.Views;

public sealed record LinkView(string Label, string Url, int Count = 0);
