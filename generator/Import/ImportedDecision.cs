using DecisionsPortal.Content;

namespace DecisionsPortal.Import;

/// <summary>A decision made from legacy minutes, repaired where the spell checker allowed, with what a person must review.</summary>
public sealed record ImportedDecision(
    string SourceName,
    string Language,
    string Title,
    bool TitleDerived,
    DateOnly Date,
    string Body,
    Person Preparer,
    Person Presenter,
    IReadOnlyList<string> Proposal,
    IReadOnlyList<string> Decision,
    IReadOnlyList<string> Preparation,
    IReadOnlyList<WordRepair> Words,
    bool Repaired);
