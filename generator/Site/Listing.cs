namespace DecisionsPortal.Site;

/// <summary>
/// The decisions of one year, organ, topic or person (or all of them) as shown in one language,
/// newest first and split into pages. <see cref="Id"/> is the same in every language.
/// </summary>
public sealed record Listing(
    string Language,
    ListingKind Kind,
    string Id,
    string Label,
    IReadOnlyList<DecisionPage> Items,
    IReadOnlyList<ListingPage> Pages)
{
    public string Path => Pages[0].Path;
}
