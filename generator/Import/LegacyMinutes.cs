using DecisionsPortal.Content;

namespace DecisionsPortal.Import;

/// <summary>One decision's part of legacy minutes, split into its sections but not yet repaired.</summary>
public sealed record LegacyMinutes(
    SourceLine? Title,
    Person Preparer,
    SourceLine PreparerLine,
    DateOnly Date,
    Person Presenter,
    SourceLine PresenterLine,
    IReadOnlyList<SourceLine> Preparation,
    IReadOnlyList<SourceLine> Proposal,
    IReadOnlyList<SourceLine> Decision);
