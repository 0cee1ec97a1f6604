namespace DecisionsPortal.Search.BaseForms;

/// <summary>
/// The terms a base form is found by, in one document language of one index: its own term (a
/// base form typed as such) and the term of every word of the corpus that has it as a base form.
/// A word is then also posted under every term of its base forms' classes, and of its compound
/// parts', so whichever form a searcher types ("kaupunki", "kaupungin", "kaupungeissa"), the
/// browser's Snowball term of it meets every decision holding any form of the base form; the
/// browser needs no table and no extra request. Snowball stays the fallback for words the
/// dictionary does not know. Built from the whole corpus, so <c>serve</c> patches an index only
/// while the classes are the same (<see cref="SameAs"/>).
/// </summary>
internal sealed class BaseFormClasses
{
    private readonly Dictionary<string, string[]> classes;

    private BaseFormClasses(Dictionary<string, string[]> classes) => this.classes = classes;

    /// <summary>The classes of each document language: the words of the <paramref name="analyses"/> of that language.</summary>
    public static Dictionary<string, BaseFormClasses> Of(IReadOnlyList<SearchDocument> docs, IReadOnlyList<DocumentAnalysis> analyses, IReadOnlyDictionary<string, TextAnalyzer> analyzers)
    {
        var sets = new Dictionary<string, Dictionary<string, SortedSet<string>>>(StringComparer.Ordinal);
        for (var d = 0; d < docs.Count; d++)
        {
            var language = docs[d].Language;
            if (!sets.TryGetValue(language, out var byBase))
            {
                byBase = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
                sets[language] = byBase;
            }

            var analyzer = analyzers[language];
            foreach (var word in analyses[d].Words)
            {
                foreach (var baseForm in word.Forms.Bases)
                {
                    if (Class(byBase, analyzer, baseForm) is { } set)
                    {
                        set.Add(word.Term!);
                    }
                }

                foreach (var part in word.Forms.Parts)
                {
                    Class(byBase, analyzer, part);
                }
            }
        }

        return sets.ToDictionary(s => s.Key, s => new BaseFormClasses(s.Value.ToDictionary(c => c.Key, c => c.Value.ToArray(), StringComparer.Ordinal)), StringComparer.Ordinal);
    }

    /// <summary>The terms a word is posted under besides its own: its base forms' classes, then its compound parts'.</summary>
    public void Terms(IndexWord word, List<string> terms)
    {
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

    public bool SameAs(BaseFormClasses other) =>
        classes.Count == other.classes.Count
        && classes.All(c => other.classes.TryGetValue(c.Key, out var o) && c.Value.AsSpan().SequenceEqual(o));

    private static SortedSet<string>? Class(Dictionary<string, SortedSet<string>> byBase, TextAnalyzer analyzer, string baseForm)
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

        set = new SortedSet<string>(StringComparer.Ordinal) { own };
        byBase[baseForm] = set;
        return set;
    }
}
