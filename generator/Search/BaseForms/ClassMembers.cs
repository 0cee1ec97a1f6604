using System.Runtime.InteropServices;

namespace DecisionsPortal.Search.BaseForms;

/// <summary>
/// What the base-form classes of one document language are made of, kept as words enter and
/// leave the corpus so that only the classes a word touches are made again: a full build counts
/// every known word in, <c>serve</c> then the words an edit brings in or takes out
/// (<see cref="BaseFormClasses.Next"/>). A class is its base form's own term and the term of every
/// word with it as a base form; a term held by classes that differ is ambiguous, and each word
/// with it adds a term of its own to the classes of the base forms it means, each base form with
/// it one of its own (<see cref="BaseFormClasses"/> says why).
/// </summary>
internal sealed class ClassMembers(TextAnalyzer analyzer)
{
    // Per base form with a class: each term it holds, with its number of sources (the base form's own term, each word with it as a base form).
    private readonly Dictionary<string, HeldTerms> sources = new(StringComparer.Ordinal);

    // Per base form: how often the words name it as a base form or compound part (it has a class while they do).
    private readonly Dictionary<string, int> named = new(StringComparer.Ordinal);

    // Per term: the base forms whose classes hold it, and the words with it.
    private readonly Dictionary<string, List<string>> holders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<IndexWord>> wordsOf = new(StringComparer.Ordinal);
    private readonly HashSet<string> ambiguous = new(StringComparer.Ordinal);

    // Of one change: the base forms whose sources changed, and the terms whose ambiguity may have.
    private readonly HashSet<string> touched = new(StringComparer.Ordinal);
    private readonly HashSet<string> terms = new(StringComparer.Ordinal);
    private bool collecting;

    /// <summary>
    /// Counts <paramref name="left"/> out and <paramref name="entered"/> in (distinct words), and
    /// makes again in <paramref name="classes"/> (by base form) and <paramref name="byTerm"/> (per
    /// term, the union of the classes holding it) what that changes; the base forms whose classes
    /// changed, with every term of those classes before or after.
    /// </summary>
    public (HashSet<string> Bases, HashSet<string> Terms) Change(IEnumerable<IndexWord> entered, IEnumerable<IndexWord> left, Dictionary<string, string[]> classes, Dictionary<string, string[]> byTerm)
    {
        // From nothing (a full build): every class made, without keeping track of what changed.
        var whole = named.Count == 0;
        collecting = !whole;
        touched.Clear();
        terms.Clear();
        if (whole && entered.TryGetNonEnumeratedCount(out var words))
        {
            // Each word names a base form or two and has one term: sized once, not doubled and copied on the way.
            named.EnsureCapacity(words);
            sources.EnsureCapacity(words);
            holders.EnsureCapacity(words);
            wordsOf.EnsureCapacity(words);
        }
        foreach (var word in left)
        {
            Count(word, -1);
        }

        foreach (var word in entered)
        {
            Count(word, 1);
        }

        if (whole)
        {
            foreach (var (term, holding) in holders)
            {
                if (!AllSame(holding))
                {
                    ambiguous.Add(term);
                }
            }

            classes.EnsureCapacity(sources.Count);
            foreach (var baseForm in sources.Keys)
            {
                classes[baseForm] = Class(baseForm)!;
            }

            byTerm.EnsureCapacity(holders.Count);
            foreach (var term in holders.Keys)
            {
                Union(term, classes, byTerm);
            }

            return ([], []);
        }

        foreach (var baseForm in touched)
        {
            if (sources.TryGetValue(baseForm, out var held))
            {
                for (var i = 0; i < held.Count; i++)
                {
                    terms.Add(held[i]);
                }
            }
        }

        // Whose own terms come or go: the base forms of the touched classes and of the terms whose ambiguity changed.
        var remake = new HashSet<string>(touched, StringComparer.Ordinal);
        foreach (var term in terms)
        {
            var now = holders.TryGetValue(term, out var holding) && !AllSame(holding);
            if (now == ambiguous.Contains(term))
            {
                continue;
            }

            if (now)
            {
                ambiguous.Add(term);
            }
            else
            {
                ambiguous.Remove(term);
            }

            foreach (var word in wordsOf.GetValueOrDefault(term) ?? [])
            {
                remake.UnionWith(word.Forms.Meant);
            }

            foreach (var baseForm in holding ?? [])
            {
                if (analyzer.Term(baseForm) == term)
                {
                    remake.Add(baseForm);
                }
            }
        }

        var bases = new HashSet<string>(StringComparer.Ordinal);
        var changedTerms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var baseForm in remake)
        {
            var old = classes.GetValueOrDefault(baseForm);
            var now = Class(baseForm);
            if (old is null && now is null || old is not null && now is not null && old.AsSpan().SequenceEqual(now))
            {
                continue;
            }

            bases.Add(baseForm);
            changedTerms.UnionWith(old ?? []);
            changedTerms.UnionWith(now ?? []);
            if (now is null)
            {
                classes.Remove(baseForm);
            }
            else
            {
                classes[baseForm] = now;
            }
        }

        foreach (var term in changedTerms)
        {
            if (!term.Contains(BaseFormClasses.AliasSeparator))
            {
                Union(term, classes, byTerm);
            }
        }

        return (bases, changedTerms);
    }

    private void Count(IndexWord word, int by)
    {
        var term = word.Term!;
        Adjust(wordsOf, term, word, by);

        // By index: a foreach over the IReadOnlyList would allocate an enumerator, once for each word of the corpus.
        // A name's class is made before its sources are counted in, and dropped after they are counted out.
        var forms = word.Forms;
        for (var i = 0; i < forms.Bases.Count + forms.Parts.Count; i++)
        {
            var isBase = i < forms.Bases.Count;
            var name = isBase ? forms.Bases[i] : forms.Parts[i - forms.Bases.Count];
            if (by > 0)
            {
                Name(name, by);
            }

            if (isBase)
            {
                Source(name, term, by);
            }
            else
            {
                WrittenTail(word, name, by);
            }

            if (by < 0)
            {
                Name(name, by);
            }
        }
    }

    /// <summary>
    /// A compound's last part as the word writes it ("korjauksen" of peruskorjauksen) is a form of
    /// that part's base form (korjaus), though the corpus may hold it in no word of its own: its
    /// term joins the part's class, so a searcher typing that form finds the compound.
    /// </summary>
    private void WrittenTail(IndexWord word, string part, int by)
    {
        var bases = word.Forms.Bases;
        for (var i = 0; i < bases.Count; i++)
        {
            var baseForm = bases[i];
            var head = baseForm.Length - part.Length;
            if (head > 0 && head < word.Text.Length && baseForm.EndsWith(part, StringComparison.Ordinal)
                && word.Text.AsSpan(0, head).SequenceEqual(baseForm.AsSpan(0, head)) && analyzer.Term(word.Text.AsSpan(head)) is { } tail)
            {
                Source(part, tail, by);
                return;
            }
        }
    }

    /// <summary>A base form named once more or less: its class, holding its own term, made at the first naming (a stop word's, which the word typed would not find, never) and dropped after the last.</summary>
    private void Name(string baseForm, int by)
    {
        ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(named, baseForm, out _);
        count += by;
        if (count == by && by > 0)
        {
            if (analyzer.Term(baseForm) is { } own)
            {
                sources[baseForm] = new HeldTerms(own);
                Hold(own, baseForm, 1);
                Touch(baseForm);
            }
        }
        else if (count == 0)
        {
            named.Remove(baseForm);
            if (sources.Remove(baseForm, out var held))
            {
                for (var i = 0; i < held.Count; i++)
                {
                    Hold(held[i], baseForm, -1);
                }

                Touch(baseForm);
            }
        }
    }

    private void Source(string baseForm, string term, int by)
    {
        if (!sources.TryGetValue(baseForm, out var held))
        {
            return;
        }

        Touch(baseForm);
        var count = held.Add(term, by);
        if (count == by && by > 0)
        {
            Hold(term, baseForm, 1);
        }
        else if (count == 0)
        {
            Hold(term, baseForm, -1);
        }
    }

    private void Touch(string baseForm)
    {
        if (collecting)
        {
            touched.Add(baseForm);
        }
    }

    private void Hold(string term, string baseForm, int by)
    {
        if (collecting)
        {
            terms.Add(term);
        }

        Adjust(holders, term, baseForm, by);
    }

    // One entry of a term's list added (by > 0) or taken out; a list left empty goes with its term.
    private static void Adjust<T>(Dictionary<string, List<T>> lists, string term, T item, int by)
    {
        ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(lists, term, out _);
        list ??= [];
        if (by > 0)
        {
            list.Add(item);
        }
        else if (list.Remove(item) && list.Count == 0)
        {
            lists.Remove(term);
        }
    }

    /// <summary>Whether the classes of <paramref name="holding"/> hold the same terms (before any word's own term is added).</summary>
    private bool AllSame(List<string> holding)
    {
        var first = sources[holding[0]];
        for (var i = 1; i < holding.Count; i++)
        {
            var other = sources[holding[i]];
            if (other.Count != first.Count)
            {
                return false;
            }

            for (var t = 0; t < other.Count; t++)
            {
                if (!first.Contains(other[t]))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The class of a base form as it now stands (sorted ordinally), or null if it has none.</summary>
    private string[]? Class(string baseForm)
    {
        if (!sources.TryGetValue(baseForm, out var held))
        {
            return null;
        }

        // Most classes hold no ambiguous term: their terms, which are distinct, without a set made of them.
        var own = analyzer.Term(baseForm);
        var heldTerms = held.ToArray();

        if (!BaseFormClasses.HoldsAny(heldTerms, ambiguous) && (own is null || !ambiguous.Contains(own)))
        {
            heldTerms.AsSpan().Sort(string.CompareOrdinal);
            return heldTerms;
        }

        var members = new HashSet<string>(heldTerms, StringComparer.Ordinal);
        foreach (var term in heldTerms)
        {
            if (ambiguous.Contains(term))
            {
                foreach (var word in wordsOf.GetValueOrDefault(term) ?? [])
                {
                    if (word.Forms.Meant.Contains(baseForm))
                    {
                        members.Add(term + BaseFormClasses.AliasSeparator + word.Text);
                    }
                }
            }
        }

        // A base form typed as such, also where the text holds only other forms of it ("ihana", whose stem "ihan" is a word of its own).
        if (own is not null && ambiguous.Contains(own))
        {
            members.Add(own + BaseFormClasses.AliasSeparator + baseForm);
        }

        return BaseFormClasses.Sorted(members);
    }

    /// <summary>
    /// The terms of every class holding <paramref name="term"/>: what a word the dictionary does not
    /// know, whose Snowball term it is, is posted under. Most terms are in one class, whose array it then is.
    /// </summary>
    private void Union(string term, Dictionary<string, string[]> classes, Dictionary<string, string[]> byTerm)
    {
        if (!holders.TryGetValue(term, out var holding))
        {
            byTerm.Remove(term);
        }
        else if (holding.Count == 1)
        {
            byTerm[term] = classes[holding[0]];
        }
        else
        {
            var union = new HashSet<string>(StringComparer.Ordinal);
            foreach (var baseForm in holding)
            {
                union.UnionWith(classes[baseForm]);
            }

            byTerm[term] = BaseFormClasses.Sorted(union);
        }
    }
}
