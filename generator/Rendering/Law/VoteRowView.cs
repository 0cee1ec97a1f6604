namespace DecisionsPortal.Rendering.Law;

/// <summary>One row of the votes table: the side's label, its count and the names, comma-separated.</summary>
public sealed record VoteRowView(string Side, string Label, int Count, string Names);
