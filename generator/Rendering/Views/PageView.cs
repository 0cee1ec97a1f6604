namespace DecisionsPortal.Rendering.Views;

/// <summary>
/// What the layout needs to know about any page: its title, its address, its other languages, and
/// whether it shows personal data (then search engines are asked not to index it).
/// </summary>
public sealed record PageView(
    string Title,
    string Kind,
    string Url,
    string Canonical,
    IReadOnlyList<AlternateView> Languages,
    IReadOnlyList<AlternateView> Alternates,
    bool ShowsPersonalData = false);
