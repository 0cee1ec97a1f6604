namespace DecisionsPortal.Bench.Corpus;

/// <summary>The words of a decision in one language; <see cref="Preparation"/> is Markdown paragraphs.</summary>
public sealed record DecisionText(string Title, string Proposal, string? Outcome, string Preparation);
