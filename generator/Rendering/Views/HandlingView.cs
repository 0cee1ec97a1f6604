namespace DecisionsPortal.Rendering.Views;

/// <summary>A decision as a case's handling or a meeting's agenda item lists it: its summary, § number, status and meeting.</summary>
public sealed record HandlingView(DecisionSummaryView Summary, int? Section, string? Status, string? Meeting);
