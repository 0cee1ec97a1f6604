namespace DecisionsPortal.Site;

/// <summary>
/// Every handling of one diary number shown in one language, oldest first. Its feed is at
/// <see cref="Path"/> always, so one can follow a case from its first decision; its page only
/// when it has two handlings or more, since a page of one would repeat that decision's own.
/// </summary>
public sealed record CasePage(string Language, string Dnro, string Path, IReadOnlyList<DecisionPage> Handlings)
{
    public bool HasPage => Handlings.Count > 1;

    /// <summary>The page its feed follows: its own, else its one decision's.</summary>
    public string FollowedPage => HasPage ? Path : Handlings[0].Path;
}
