namespace DecisionsPortal.Rendering.Views;

/// <summary>A decision as one line of a listing. <see cref="IsForeign"/>: shown in a language it has no version in.</summary>
public sealed record DecisionSummaryView(
    string Title,
    string Url,
    string Date,
    string DateIso,
    string Body,
    string Language,
    string LanguageName,
    bool IsForeign,
    string LanguageNote)
{
    /// <summary>An item of a published agenda: listed as not yet decided.</summary>
    public bool Pending { get; init; }

    /// <summary>What became of the proposal where it did not pass as it stands (<see cref="Site.DecisionOutcome"/>).</summary>
    public string? Outcome { get; init; }
}
