namespace DecisionsPortal.Search.BaseForms;

/// <summary>
/// The terms a base form is found by, in one document language of one index: its own term (a
/// base form typed as such) and the term of every word of the corpus that has it as a base form.
/// A word is then also posted under every term of its base forms' classes, and of its compound
/// parts', so whichever form a searcher types ("kaupunki", "kaupungin", "kaupungeissa"), the
/// browser's Snowball term of it meets every decision holding any form of the base form; the
/// browser needs no table and no extra request. Snowball stays the fallback for words the
/// dictionary does not know. Built from the whole corpus, so <c>serve</c> patches an index only
/// while no class that a word of an unchanged decision is posted by changed (<see cref="Next"/> tells which did).
/// </summary>
internal sealed class BaseFormClasses
{
    private readonly Dictionary<string, string[]> classes;

    // Per term, every term of the classes holding it: what a word the dictionary does not know is posted under.
    private readonly Dictionary<string, string[]> byTerm;

    // What the classes are made of, which the next classes are made from (Next): this language's one.
    private readonly ClassMembers members;

    private BaseFormClasses(Dictionary<string, string[]> classes, Dictionary<string, string[]> byTerm, ClassMembers members)
    {
        this.classes = classes;
        this.byTerm = byTerm;
        this.members = members;
    }

    /// <summary>The classes of each document language, from the words of that language the dictionary knows.</summary>
    public static Dictionary<string, BaseFormClasses> Of(KnownWords known, IReadOnlyDictionary<string, TextAnalyzer> analyzers) =>
        known.ByLanguage.ToDictionary(w => w.Language, w => Empty(analyzers[w.Language]).Next(w.Words, []).Classes, StringComparer.Ordinal);

    /// <summary>No classes: what the classes of a language are made from, word by word (<see cref="Next"/>).</summary>
    public static BaseFormClasses Empty(TextAnalyzer analyzer) => new([], [], new ClassMembers(analyzer));

    /// <summary>
    /// The classes after <paramref name="entered"/> came into the corpus and <paramref name="left"/>
    /// left it (distinct words each), made again only where those words reach; the base forms whose
    /// classes differ from these (one added or gone included), with every term of those classes
    /// before or after. These classes stay as they are; the next ones must be made from the result.
    /// </summary>
    /// <remarks>
    /// The classes of a language's words: a term that several base forms' classes hold ("vali":
    /// väli, välittää) would find them all; so each word with such a term also gets a term of its
    /// own, the term, a NUL and the word ("vali\0välitä"), posted under by the words of the base
    /// forms it means (<see cref="WordForms.Meant"/>) only. The NUL sorts it right after the term, mostly into the term's shard; the browser fetches
    /// the shard it sorts into with the term's (one round) and uses it for the word typed (<see cref="ClassMembers"/>).
    /// </remarks>
    public (BaseFormClasses Classes, (HashSet<string> Bases, HashSet<string> Terms) Differing) Next(IEnumerable<IndexWord> entered, IEnumerable<IndexWord> left)
    {
        var nextClasses = new Dictionary<string, string[]>(classes, StringComparer.Ordinal);
        var nextByTerm = new Dictionary<string, string[]>(byTerm, StringComparer.Ordinal);
        var differing = members.Change(entered, left, nextClasses, nextByTerm);
        return (new BaseFormClasses(nextClasses, nextByTerm, members), differing);
    }

    /// <summary>The terms of <paramref name="baseForm"/>'s class, none where it has none.</summary>
    public string[] ClassOf(string baseForm) => classes.GetValueOrDefault(baseForm) ?? [];

    /// <summary>Separates a term and a word in the word's own term (see <see cref="Next"/>); search.js looks it up the same way.</summary>
    public const char AliasSeparator = '\0';

    /// <summary>
    /// The terms a word is posted under besides its own: its base forms' classes, where it is a form
    /// of the term's word (<paramref name="forms"/>), then its compound parts' (<paramref name="parts"/>,
    /// a term in both lists only in the first).
    /// </summary>
    public void Terms(IndexWord word, List<string> forms, List<string> parts)
    {
        // A word the dictionary does not know falls back to its Snowball stem: it joins every class that stem is in.
        if (!word.Forms.Known && word.Term is { } own && byTerm.TryGetValue(own, out var joined))
        {
            foreach (var term in joined)
            {
                if (term != own && !forms.Contains(term))
                {
                    forms.Add(term);
                }
            }
        }

        // By index: a foreach over the IReadOnlyList would allocate an enumerator, once for each word of the corpus.
        var known = word.Forms;
        for (var i = 0; i < known.Bases.Count; i++)
        {
            Add(known.Bases[i], forms);
        }

        RemoveListed(parts, forms);
        for (var i = 0; i < known.Parts.Count; i++)
        {
            Add(known.Parts[i], parts);
        }

        void Add(string baseForm, List<string> terms)
        {
            if (classes.TryGetValue(baseForm, out var found))
            {
                foreach (var term in found)
                {
                    if (term != word.Term && !forms.Contains(term) && !terms.Contains(term))
                    {
                        terms.Add(term);
                    }
                }
            }
        }
    }

    /// <summary>
    /// <paramref name="from"/> without the terms <paramref name="listed"/> holds, in order. A loop, not
    /// <c>RemoveAll(listed.Contains)</c>: ReadyToRun code makes a delegate of a shared generic
    /// method through the runtime's slow path, and this runs once for each word of the corpus.
    /// </summary>
    internal static void RemoveListed<T>(List<T> from, List<T> listed)
    {
        var keep = 0;
        for (var i = 0; i < from.Count; i++)
        {
            if (!listed.Contains(from[i]))
            {
                from[keep++] = from[i];
            }
        }

        from.RemoveRange(keep, from.Count - keep);
    }

    /// <summary>
    /// What can post a word under one of <paramref name="terms"/> by these classes (<see cref="Terms"/>):
    /// the base forms whose class holds one, and the terms whose classes' union, which a word the
    /// dictionary does not know joins, holds one.
    /// </summary>
    public (HashSet<string> Bases, HashSet<string> Joined) Reaching(IReadOnlySet<string> terms)
    {
        var bases = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (baseForm, members) in classes)
        {
            if (HoldsAny(members, terms))
            {
                bases.Add(baseForm);
            }
        }

        var joined = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (term, union) in byTerm)
        {
            if (HoldsAny(union, terms))
            {
                joined.Add(term);
            }
        }

        return (bases, joined);
    }

    /// <summary>Whether <paramref name="terms"/> holds any of <paramref name="members"/> (a loop: no delegate, no enumerator).</summary>
    internal static bool HoldsAny(ReadOnlySpan<string> members, IReadOnlySet<string> terms)
    {
        foreach (var member in members)
        {
            if (terms.Contains(member))
            {
                return true;
            }
        }

        return false;
    }

    internal static string[] Sorted(HashSet<string> set)
    {
        // A Comparison, not StringComparer.Ordinal: sorting with an IComparer makes a delegate of it on every call, once a class.
        var sorted = set.ToArray();
        sorted.AsSpan().Sort(string.CompareOrdinal);
        return sorted;
    }
}
