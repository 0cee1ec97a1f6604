namespace DecisionsPortal.Search.BaseForms;

/// <summary>
/// The terms one base form's class holds, each with its number of sources (<see cref="ClassMembers"/>):
/// a few in most classes, so kept in one small array searched from the start rather than in a
/// dictionary a base form, whose object, buckets and entries were most of what a corpus's classes allocated.
/// The order of the terms is no order: every reader sorts them or asks only whether one is held.
/// </summary>
internal sealed class HeldTerms
{
    private (string Term, int Count)[] items;

    /// <summary>A class holding only its base form's own term, once.</summary>
    public HeldTerms(string own)
    {
        items = [(own, 1), default];
        Count = 1;
    }

    public int Count { get; private set; }

    public string this[int i] => items[i].Term;

    public bool Contains(string term) => IndexOf(term) >= 0;

    /// <summary>The terms, in a new array of their own.</summary>
    public string[] ToArray()
    {
        var terms = new string[Count];
        for (var i = 0; i < terms.Length; i++)
        {
            terms[i] = items[i].Term;
        }

        return terms;
    }

    /// <summary>Counts <paramref name="term"/>'s sources up or down by <paramref name="by"/>; its count now (a term counted down to 0 is no longer held).</summary>
    public int Add(string term, int by)
    {
        var i = IndexOf(term);
        if (i < 0)
        {
            if (Count == items.Length)
            {
                Array.Resize(ref items, Count * 2);
            }

            i = Count++;
            items[i] = (term, 0);
        }

        var count = items[i].Count += by;
        if (count == 0)
        {
            items[i] = items[--Count];
            items[Count] = default;
        }

        return count;
    }

    private int IndexOf(string term)
    {
        for (var i = 0; i < Count; i++)
        {
            if (string.Equals(items[i].Term, term, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
