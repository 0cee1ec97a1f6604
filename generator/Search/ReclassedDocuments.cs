using DecisionsPortal.Search.BaseForms;

namespace DecisionsPortal.Search;

/// <summary>
/// The decisions an edit did not change whose postings a change of the base-form classes moves,
/// and their new postings. A word is also posted under every term of its base forms' classes
/// (<see cref="BaseFormClasses"/>), so when an edit brings a form new to the corpus ("ehdotuksen"
/// beside "ehdotus") or takes the last of one out, every decision holding a word of that class
/// gains or loses a posting. Only the postings of the terms entering or leaving a changed class
/// can move (<see cref="BaseFormClasses.Next"/>, <see cref="Moving"/>): a posting of any other term
/// gathers the same words as before. So <see cref="IndexPatch"/> posts those decisions again for
/// those terms alone, by <see cref="PostingsBuilder"/> as a full build posts them, and replaces
/// their postings of those terms as it replaces an edited decision's: the common terms of a class
/// that a new form joins keep their postings.
/// </summary>
internal sealed class ReclassedDocuments
{
    // Per document language whose classes changed: the documents whose postings of its terms are
    // replaced (the edited ones included), and those terms with their attachment twins.
    private readonly List<(string Language, bool[] Docs, HashSet<string> Terms)> languages = [];
    private readonly Dictionary<string, bool[]> byTerm = new(StringComparer.Ordinal);

    public static readonly ReclassedDocuments None = new();

    /// <summary>The terms posted again: their postings in the decisions posted again are replaced, even where no new posting holds them.</summary>
    public IEnumerable<string> Terms => languages.SelectMany(l => l.Terms);

    /// <summary>
    /// The unchanged documents of <paramref name="ordered"/> whose postings a change of classes
    /// can move, with the terms whose postings in them can (<see cref="Moving"/>): the documents
    /// of the changed classes' language with a posting of one of their terms in the previous index.
    /// A document holding a word posted by a changed class has one: a word the dictionary knows is
    /// posted under its own term, which its base forms' classes hold, and under the terms of its
    /// compound parts' classes, each holding at least the part's term; a word it does not know
    /// joins the classes only by its own term.
    /// </summary>
    /// <param name="before">The classes of the previous index, by document language.</param>
    /// <param name="after">The classes after the edit.</param>
    /// <param name="vocabulary">The vocabulary of the previous index: the words it does not know are looked for in it.</param>
    /// <param name="edited">The edited documents, by document number.</param>
    public static ReclassedDocuments Find(Dictionary<string, (HashSet<string> Bases, HashSet<string> Terms)> differing, Dictionary<string, BaseFormClasses> before,
        Dictionary<string, BaseFormClasses> after, TermWords vocabulary, bool[] edited, List<CachedSearchDocument> ordered, IndexedTerm[] previous)
    {
        var found = new ReclassedDocuments();
        foreach (var (language, moved) in differing)
        {
            var terms = WithTwins(Moving(moved.Bases, before.GetValueOrDefault(language), after[language], vocabulary));
            bool[]? docs = null;
            foreach (var term in WithTwins(moved.Terms))
            {
                if (IndexPatch.Rank(previous, term) is var rank and >= 0)
                {
                    var (index, t) = previous[rank];
                    for (var k = index.TermStarts[t]; k < index.TermStarts[t + 1]; k++)
                    {
                        var d = index.Docs[k];
                        if (!edited[d] && docs?[d] != true && string.Equals(ordered[d].Document.Language, language, StringComparison.Ordinal))
                        {
                            docs ??= (bool[])edited.Clone();
                            docs[d] = true;
                        }
                    }
                }
            }

            if (docs is not null && terms.Count > 0)
            {
                found.languages.Add((language, docs, terms));
            }
        }

        return found;
    }

    /// <summary>
    /// The terms whose postings in an unchanged document the change of <paramref name="bases"/>'
    /// classes can move. A word is posted under each term of its base forms' and parts' classes
    /// (<see cref="BaseFormClasses.Terms"/>): a term that a class holds before and after still
    /// gathers the same words, so only the terms entering or leaving a class move. But a word the
    /// dictionary does not know joins every class holding its own term: where such a word's term
    /// enters or leaves a class, it gains or loses every term of that class.
    /// </summary>
    private static HashSet<string> Moving(HashSet<string> bases, BaseFormClasses? before, BaseFormClasses after, TermWords vocabulary)
    {
        var classes = new List<(string[] Before, string[] After, HashSet<string> Difference)>(bases.Count);
        var moving = new HashSet<string>(StringComparer.Ordinal);
        foreach (var baseForm in bases)
        {
            var old = before?.ClassOf(baseForm) ?? [];
            var now = after.ClassOf(baseForm);
            var difference = new HashSet<string>(old, StringComparer.Ordinal);
            difference.SymmetricExceptWith(now);
            moving.UnionWith(difference);
            classes.Add((old, now, difference));
        }

        var joining = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in moving)
        {
            foreach (var word in vocabulary.Of(term))
            {
                if (!word.Forms.Known)
                {
                    joining.Add(term);
                }
            }
        }

        foreach (var (old, now, difference) in classes)
        {
            if (difference.Overlaps(joining))
            {
                moving.UnionWith(old);
                moving.UnionWith(now);
            }
        }

        return moving;
    }

    private static HashSet<string> WithTwins(IEnumerable<string> terms)
    {
        var twins = new HashSet<string>(terms, StringComparer.Ordinal);
        twins.UnionWith(twins.Select(t => t + PostingsBuilder.AttachmentMark).ToList());
        return twins;
    }

    /// <summary>The new postings of the changed classes' terms in the unchanged documents found, made with the new classes.</summary>
    /// <param name="splittable">The words of the documents that can be split, by document language (after the edit).</param>
    /// <param name="vocabulary">The vocabulary (after the edit): the words the compounds are split into.</param>
    public List<DocumentPosting> Postings(List<CachedSearchDocument> ordered, bool[] edited, Dictionary<string, VocabularyLookup> lookups, Dictionary<string, BaseFormClasses> classes,
        Dictionary<string, SplittableWords> splittable, TermWords vocabulary)
    {
        var postings = new List<DocumentPosting>();
        foreach (var (language, docs, terms) in languages)
        {
            var builder = new PostingsBuilder(4096, 16384) { Only = terms, MayPost = MayPost(terms, classes.GetValueOrDefault(language), splittable.GetValueOrDefault(language), vocabulary) };
            for (var d = 0; d < docs.Length; d++)
            {
                if (docs[d] && !edited[d])
                {
                    builder.Add(d, ordered[d].Analysis, lookups[language], classes.GetValueOrDefault(language));
                }
            }

            postings.AddRange(builder.Raw());
        }

        return postings;
    }

    /// <summary>
    /// Whether a word can be posted under one of <paramref name="terms"/>: most words of the
    /// thousands of decisions posted again cannot, and telling so by a few look-ups spares splitting
    /// each and looking up its classes (<see cref="PostingsBuilder.MayPost"/>). A word is posted under
    /// its own term, its compound parts' terms and its classes' (<see cref="BaseFormClasses.Terms"/>);
    /// a part whose term is one of them is a vocabulary word that the compound starts or ends with.
    /// Null (every word resolved) where the document language has no splittable words kept.
    /// </summary>
    private static Func<IndexWord, bool>? MayPost(HashSet<string> terms, BaseFormClasses? classes, SplittableWords? splittable, TermWords vocabulary)
    {
        if (splittable is null)
        {
            return null;
        }

        var split = new HashSet<IndexWord>();
        foreach (var term in terms)
        {
            foreach (var part in vocabulary.Of(term))
            {
                split.UnionWith(splittable.Containing(part.Text));
            }
        }

        var (bases, joined) = classes?.Reaching(terms) ?? ([], []);
        return word => word.Term is not { } own || terms.Contains(own) || split.Contains(word)
            || (!word.Forms.Known && joined.Contains(own)) || AnyOf(word.Forms.Bases, bases) || AnyOf(word.Forms.Parts, bases);
    }

    private static bool AnyOf(IReadOnlyList<string> forms, HashSet<string> set)
    {
        for (var i = 0; i < forms.Count; i++)
        {
            if (set.Contains(forms[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The documents whose postings of <paramref name="term"/> the patch replaces: the edited ones, and those posted again for it.</summary>
    public bool[] Replaced(string term, bool[] edited)
    {
        if (languages.Count == 0)
        {
            return edited;
        }

        if (!byTerm.TryGetValue(term, out var docs))
        {
            docs = edited;
            foreach (var (_, mine, terms) in languages)
            {
                if (terms.Contains(term))
                {
                    docs = ReferenceEquals(docs, edited) ? mine : docs.Zip(mine, (a, b) => a || b).ToArray();
                }
            }

            byTerm[term] = docs;
        }

        return docs;
    }
}
