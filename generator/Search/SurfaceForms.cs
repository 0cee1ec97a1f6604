using System.Runtime.InteropServices;

namespace DecisionsPortal.Search;

/// <summary>
/// The surface forms of one index build's postings: each distinct form once, by id, and for each
/// posting its set of forms as one int — usually the one word itself, its id inline; none (only
/// compound parts or base forms): -1; more: an entry of a side list (count, ids), as −2 − its index.
/// </summary>
internal sealed class SurfaceForms(int expected = 0)
{
    private readonly Dictionary<string, int> ids = new(expected, StringComparer.Ordinal);
    private readonly List<string> forms = new(expected);
    private readonly List<int> sets = [];

    public int Count => forms.Count;

    public string this[int id] => forms[id];

    /// <summary>The id of <paramref name="form"/>, given it when first seen.</summary>
    public int Id(string form)
    {
        // One look-up, which a new form's entry is made by.
        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(ids, form, out var known);
        if (!known)
        {
            id = forms.Count;
            forms.Add(form);
        }

        return id;
    }

    /// <summary>Adds the form <paramref name="id"/> to the <paramref name="set"/> (−1 to start one).</summary>
    public void Add(ref int set, int id)
    {
        if (set == -1)
        {
            set = id;
            return;
        }

        if (set >= 0)
        {
            sets.Add(1);
            sets.Add(set);
            set = -2 - (sets.Count - 2);
        }

        sets[-2 - set]++;
        sets.Add(id);
    }

    /// <summary>The ids of a set's forms (read before the next <see cref="Add"/>).</summary>
    public ReadOnlySpan<int> Of(ref readonly int set)
    {
        if (set >= 0)
        {
            return new ReadOnlySpan<int>(in set);
        }

        if (set == -1)
        {
            return [];
        }

        var e = -2 - set;
        return CollectionsMarshal.AsSpan(sets).Slice(e + 1, sets[e]);
    }
}
