namespace DecisionsPortal.Rendering.Views;

/// <summary>What the layout needs to know about any page: its title, its address and its other languages.</summary>
public sealed record PageView(
    string Title,
    string Kind,
    string Url,
    string Canonical,
    IReadOnlyList<AlternateView> Languages,
    IReadOnlyList<AlternateView> Alternates);
