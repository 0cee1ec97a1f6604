namespace DecisionsPortal.Rendering.Views;

/// <summary>How to cite a decision or an agenda item: "Kemin kaupungin päätökset. Kaupunginhallitus 29.1.2025 § 12: Title.", its permanent URL, and the heading that says which it is.</summary>
public sealed record CitationView(string Text, string Url, string Heading);
