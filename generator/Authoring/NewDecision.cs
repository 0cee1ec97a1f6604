namespace DecisionsPortal.Authoring;

/// <summary>
/// What a new decision file starts with. Empty values (a date too) are written as empty fields, so that
/// <c>check</c> names each required field until someone fills it in. <see cref="Withheld"/>: the
/// values of withholding fields other than 'false' or empty (a translation's, carried from its original).
/// </summary>
public sealed record NewDecision(
    string Language,
    string Title,
    DateOnly? Date,
    string? Body = null,
    int? Section = null,
    string? Dnro = null,
    string? PreparerName = null,
    string? PresenterName = null,
    IReadOnlyList<string>? Topics = null,
    string? Key = null,
    string? TranslateFrom = null,
    IReadOnlyDictionary<string, string>? Withheld = null);
