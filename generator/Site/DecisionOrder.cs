namespace DecisionsPortal.Site;

/// <summary>Newest first; within a day the higher § first; the key last, so the order is total and stable.</summary>
public sealed class DecisionOrder : IComparer<DecisionPage>
{
    public static readonly DecisionOrder NewestFirst = new();

    public int Compare(DecisionPage? x, DecisionPage? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : 1) : -1;
        }

        var byDate = y.Decision.Date.CompareTo(x.Decision.Date);
        if (byDate != 0)
        {
            return byDate;
        }

        var bySection = (y.Decision.Section ?? 0).CompareTo(x.Decision.Section ?? 0);
        if (bySection != 0)
        {
            return bySection;
        }

        var byKey = string.CompareOrdinal(x.Decision.Key, y.Decision.Key);
        return byKey != 0 ? byKey : string.CompareOrdinal(x.Language, y.Language);
    }
}
