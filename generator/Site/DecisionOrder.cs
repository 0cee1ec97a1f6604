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

    /// <summary>
    /// The pages in this order, stably (as <c>OrderBy</c> would give them): the date and § read once
    /// a page into a key, whose comparison the sort calls directly, not through a delegate and a
    /// comparer reading both decisions (20,000 pages a build at 10,000 decisions a language).
    /// </summary>
    public static List<DecisionPage> Sort(IReadOnlyList<DecisionPage> pages)
    {
        var keys = new Key[pages.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            var decision = pages[i].Decision;
            keys[i] = new Key(decision.Date.DayNumber, decision.Section ?? 0, i, pages[i]);
        }

        Array.Sort(keys);
        var sorted = new List<DecisionPage>(keys.Length);
        foreach (var key in keys)
        {
            sorted.Add(key.Page);
        }

        return sorted;
    }

    private readonly record struct Key(int Day, int Section, int Index, DecisionPage Page) : IComparable<Key>
    {
        public int CompareTo(Key other)
        {
            if (Day != other.Day)
            {
                return other.Day.CompareTo(Day);
            }

            if (Section != other.Section)
            {
                return other.Section.CompareTo(Section);
            }

            var byKey = string.CompareOrdinal(Page.Decision.Key, other.Page.Decision.Key);
            if (byKey != 0)
            {
                return byKey;
            }

            var byLanguage = string.CompareOrdinal(Page.Language, other.Page.Language);
            return byLanguage != 0 ? byLanguage : Index.CompareTo(other.Index);
        }
    }
}
