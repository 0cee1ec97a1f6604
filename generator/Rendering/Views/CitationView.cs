namespace DecisionsPortal.Rendering.Views;

/// <summary>How to cite a decision: "Kaupunginhallitus 29.1.2025 § 12: Title." and its permanent URL.</summary>
public sealed record CitationView(string Text, string Url);
