namespace DecisionsPortal.Site;

/// <summary>
/// Everything shown in one language. <see cref="Listed"/> also holds the decisions that exist
/// only in another language, so no decision disappears from a visitor's view for lack of a translation;
/// each of <see cref="Decisions"/> (the language's own) is in <see cref="Listed"/> too, in the same order.
/// </summary>
public sealed record LanguageSite(
    string Language,
    string HomePath,
    IReadOnlyList<DecisionPage> Decisions,
    IReadOnlyList<DecisionPage> Listed,
    Listing All,
    IReadOnlyList<ListingIndex> Indexes);
