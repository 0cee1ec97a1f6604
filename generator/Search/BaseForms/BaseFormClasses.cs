using System.Runtime.InteropServices;

namespace DecisionsPortal.Search.BaseForms;

/// <summary>
/// The terms a base form is found by, in one document language of one index: its own term (a
/// base form typed as such) and the term of every word of the corpus that has it as a base form.
/// A word is then also posted under every term of its base forms' classes, and of its compound
/// parts', so whichever form a searcher types ("kaupunki", "kaupungin", "kaupungeissa"), the
/// browser's Snowball term of it meets every decision holding any form of the base form; the
/// browser needs no table and no extra request. Snowball stays the fallback for words the
/// dictionary does not know. Built from the whole corpus, so <c>serve</c> patches an index only
/// while no class that a word of an unchanged decision is posted by changed (<see cref="Differences"/>).
/// </summary>
internal sealed class BaseFormClasses
{
    private readonly Dictionary<string, string[]> classes;

    // Per term, every term of the classes holding it: what a word the dictionary does not know is posted under.
    private readonly Dictionary<string, string[]> byTerm;

    private BaseFormClasses(Dictionary<string, string[]> classes)
    {
        this.classes = classes;

        // Most terms are in one class, whose sorted array is then their union as it stands; only
        // a term of several classes gets a set of its own (a set a term made every build slow).
        byTerm = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var shared = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var terms in classes.Values)
        {
            foreach (var term in terms)
            {
                if (term.Contains(AliasSeparator))
                {
                    continue;
                }

                ref var union = ref CollectionsMarshal.GetValueRefOrAddDefault(byTerm, term, out var exists);
                if (!exists)
                {
                    union = terms;
                }
                else if (!ReferenceEquals(union, terms))
                {
                    ref var set = ref CollectionsMarshal.GetValueRefOrAddDefault(shared, term, out _);
                    set ??= new HashSet<string>(union!, StringComparer.Ordinal);
                    set.UnionWith(terms);
                }
            }
        }

        foreach (var (term, set) in shared)
        {
            byTerm[term] = Sorted(set);
        }
    }

    /// <summary>The classes of each document language, from the words of that language the dictionary knows.</summary>
    public static Dictionary<string, BaseFormClasses> Of(KnownWords known, IReadOnlyDictionary<string, TextAnalyzer> analyzers) =>
        known.ByLanguage.ToDictionary(w => w.Language, w => Of(w.Words, analyzers[w.Language]), StringComparer.Ordinal);

    /// <summary>
    /// The classes of one language's words. A term that several base forms' classes hold ("vali":
    /// väli, välittää) would find them all; so each word with such a term also gets a term of its
    /// own, the term, a NUL and the word ("vali\0välitä"), posted under by the words of the base
    /// forms it means (<see cref="WordForms.Meant"/>) only. The NUL sorts it right after the term, mostly into the term's shard; the browser fetches
    /// the shard it sorts into with the term's (one round) and uses it for the word typed.
    /// </summary>
    private static BaseFormClasses Of(IEnumerable<IndexWord> words, TextAnalyzer analyzer)
    {
        // Hash sets while the classes grow, sorted once at the end: a sorted set's every add walks and rebalances a tree.
        var byBase = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            foreach (var baseForm in word.Forms.Bases)
            {
                Class(byBase, analyzer, baseForm)?.Add(word.Term!);
            }

            foreach (var part in word.Forms.Parts)
            {
                Class(byBase, analyzer, part);
            }
        }

        // A term is ambiguous when classes of different terms hold it ("ligga" and "ligger", which
        // Hunspell gives as a base form of its own, both hold only "ligg": the term is not).
        var classOfTerm = new Dictionary<string, HashSet<string>?>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        foreach (var set in byBase.Values)
        {
            foreach (var term in set)
            {
                ref var seen = ref CollectionsMarshal.GetValueRefOrAddDefault(classOfTerm, term, out var exists);
                if (!exists)
                {
                    seen = set;
                }
                else if (!seen!.SetEquals(set))
                {
                    ambiguous.Add(term);
                }
            }
        }

        foreach (var word in words)
        {
            if (ambiguous.Contains(word.Term!))
            {
                var own = word.Term + AliasSeparator + word.Text;
                foreach (var baseForm in word.Forms.Meant)
                {
                    if (byBase.TryGetValue(baseForm, out var set))
                    {
                        set.Add(own);
                    }
                }
            }
        }

        // A base form typed as such, also where the text holds only other forms of it ("ihana", whose stem "ihan" is a word of its own).
        foreach (var (baseForm, set) in byBase)
        {
            if (analyzer.Term(baseForm) is { } own && ambiguous.Contains(own))
            {
                set.Add(own + AliasSeparator + baseForm);
            }
        }

        return new BaseFormClasses(byBase.ToDictionary(c => c.Key, c => Sorted(c.Value), StringComparer.Ordinal));
    }

    /// <summary>Separates a term and a word in the word's own term (see <see cref="Of(IEnumerable{IndexWord}, TextAnalyzer)"/>); search.js looks it up the same way.</summary>
    public const char AliasSeparator = '\0';

    /// <summary>The terms a word is posted under besides its own: its base forms' classes, then its compound parts'.</summary>
    public void Terms(IndexWord word, List<string> terms)
    {
        // A word the dictionary does not know falls back to its Snowball stem: it joins every class that stem is in.
        if (!word.Forms.Known && word.Term is { } own && byTerm.TryGetValue(own, out var joined))
        {
            foreach (var term in joined)
            {
                if (term != own && !terms.Contains(term))
                {
                    terms.Add(term);
                }
            }
        }

        foreach (var baseForm in word.Forms.Bases)
        {
            Add(baseForm);
        }

        foreach (var part in word.Forms.Parts)
        {
            Add(part);
        }

        void Add(string baseForm)
        {
            if (classes.TryGetValue(baseForm, out var found))
            {
                foreach (var term in found)
                {
                    if (term != word.Term && !terms.Contains(term))
                    {
                        terms.Add(term);
                    }
                }
            }
        }
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

    private static bool HoldsAny(string[] members, IReadOnlySet<string> terms)
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

    /// <summary>
    /// The base forms whose classes differ between <paramref name="before"/> and <paramref name="after"/>
    /// (one added or gone included), and every term of those classes before or after, by document language.
    /// </summary>
    public static Dictionary<string, (HashSet<string> Bases, HashSet<string> Terms)> Differences(Dictionary<string, BaseFormClasses> before, Dictionary<string, BaseFormClasses> after)
    {
        var result = new Dictionary<string, (HashSet<string>, HashSet<string>)>(StringComparer.Ordinal);
        foreach (var language in before.Keys.Union(after.Keys))
        {
            var a = before.GetValueOrDefault(language)?.classes ?? [];
            var b = after.GetValueOrDefault(language)?.classes ?? [];
            var bases = new HashSet<string>(StringComparer.Ordinal);
            var terms = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (baseForm, old) in a)
            {
                if (!b.TryGetValue(baseForm, out var now) || !old.AsSpan().SequenceEqual(now))
                {
                    bases.Add(baseForm);
                    terms.UnionWith(old);
                    terms.UnionWith(now ?? []);
                }
            }

            foreach (var (baseForm, now) in b.Where(c => !a.ContainsKey(c.Key)))
            {
                bases.Add(baseForm);
                terms.UnionWith(now);
            }

            if (bases.Count > 0)
            {
                result[language] = (bases, terms);
            }
        }

        return result;
    }

    private static string[] Sorted(HashSet<string> set)
    {
        // A Comparison, not StringComparer.Ordinal: sorting with an IComparer makes a delegate of it on every call, once a class.
        var sorted = set.ToArray();
        sorted.AsSpan().Sort(string.CompareOrdinal);
        return sorted;
    }

    private static HashSet<string>? Class(Dictionary<string, HashSet<string>> byBase, TextAnalyzer analyzer, string baseForm)
    {
        if (byBase.TryGetValue(baseForm, out var set))
        {
            return set;
        }

        // A base form that is a stop word ("olla") finds nothing, as the word typed would not.
        if (analyzer.Term(baseForm) is not { } own)
        {
            return null;
        }

        set = new HashSet<string>(StringComparer.Ordinal) { own };
        byBase[baseForm] = set;
        return set;
    }
}
