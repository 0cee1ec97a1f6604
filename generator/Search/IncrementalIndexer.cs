using System.Runtime.InteropServices;
using DecisionsPortal.Search.BaseForms;
using DecisionsPortal.Site;

namespace DecisionsPortal.Search;

/// <summary>
/// <c>serve</c>'s search index build: each decision's analysis is kept while its text is the same,
/// and after an edit of a few decisions the previous index is patched rather than built anew:
/// only the terms of their old and new versions get new postings, scores and variants (a term
/// new to the corpus is inserted at its rank, one that lost its last posting dropped), and only
/// the shards and metadata chunks holding those are encoded again. That gives exactly a fresh
/// build's bytes only while nothing else moved, so it patches only when the documents and their
/// order are the same, the rounded average length (<see cref="SearchIndexBuilder.Average"/>) is
/// the same, and no word of an unchanged decision splits into other compound parts because a
/// word entered or left the vocabulary (<see cref="SplitsOtherwise"/>); otherwise (a decision
/// added, removed or redated, say) it builds the index anew.
/// </summary>
internal static class IncrementalIndexer
{
    /// <summary>Beyond this many changed decisions a fresh build is about as quick.</summary>
    private const int MaxChanged = 32;

    public static SearchFiles Build(SiteModel site, string language, LanguageSearchCache cache, SearchPageInfo page)
    {
        var previous = cache.Documents;
        var current = new Dictionary<string, CachedSearchDocument>(previous.Count, StringComparer.Ordinal);
        foreach (var decisionPage in site[language].Listed)
        {
            var people = DecisionPeople.Names(site, decisionPage);
            if (!previous.TryGetValue(decisionPage.Path, out var entry) || !entry.Matches(decisionPage.Decision, people))
            {
                var document = SearchProducer.Document(site, decisionPage, people);
                var analysis = SearchIndexBuilder.Analyze(SearchIndexBuilder.AnalyzerFor(cache.Analyzers, document.Language), document);

                // Kept without its proposal and text, which the index files do not show: the plain
                // texts of thousands of decisions die young instead of staying in the cache.
                entry = new CachedSearchDocument(decisionPage.Decision, people, document with { Proposal = "", Text = "" }, analysis);
            }
            else if (!ReferenceEquals(entry.Source, decisionPage.Decision))
            {
                entry = entry with { Source = decisionPage.Decision };
            }

            current[decisionPage.Path] = entry;
        }

        cache.Documents = current;
        var state = cache.Index;
        var ordered = SameOrder(state, current) ?? current.Values.OrderBy(e => e.Document, SearchIndexBuilder.DocumentOrder).ToList();
        cache.Index = null;
        if (state is not null && Patch(language, ordered, state, cache, page) is { } patched)
        {
            cache.Patched++;
            return patched;
        }

        return Full(language, ordered, cache, page);
    }

    /// <summary>The entries in the previous build's order, if they are the same paths with the same dates (so sorting would give that order); else null.</summary>
    private static List<CachedSearchDocument>? SameOrder(IndexState? state, Dictionary<string, CachedSearchDocument> current)
    {
        if (state is null || state.Ordered.Count != current.Count)
        {
            return null;
        }

        var ordered = new List<CachedSearchDocument>(current.Count);
        foreach (var old in state.Ordered)
        {
            if (!current.TryGetValue(old.Document.Path, out var entry) || entry.Document.Date != old.Document.Date)
            {
                return null;
            }

            ordered.Add(entry);
        }

        return ordered;
    }

    private static SearchFiles Full(string language, List<CachedSearchDocument> ordered, LanguageSearchCache cache, SearchPageInfo page)
    {
        var docs = ordered.Select(e => e.Document).ToList();
        var analyses = ordered.Select(e => e.Analysis).ToList();
        var build = SearchIndexBuilder.NextBuild();
        var classes = BaseFormClasses.Of(docs, analyses, cache.Analyzers);
        var index = SearchIndexBuilder.Build(language, docs, analyses, cache.Analyzers, classes, build, raw: true);
        var counts = new Dictionary<IndexWord, int>(ReferenceEqualityComparer.Instance);
        foreach (var analysis in analyses)
        {
            foreach (var word in analysis.Vocabulary)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(counts, word, out _)++;
            }
        }

        var terms = new TermRef[index.Terms.Length];
        for (var t = 0; t < terms.Length; t++)
        {
            terms[t] = new TermRef(index, t);
        }

        var lengths = analyses.Select(a => (double)a.Length).ToArray();
        var (files, written) = SearchIndexWriter.Write(language, docs, terms, page, null, [], []);
        cache.Index = new IndexState(build, counts, SplittableWords.Of(ordered), classes, terms, lengths, SearchIndexBuilder.Average(lengths), ordered, written, page, files);
        return files;
    }

    /// <summary>The files of the previous index patched with the changed decisions, or null where a patch could differ from a fresh build.</summary>
    private static SearchFiles? Patch(string language, List<CachedSearchDocument> ordered, IndexState state, LanguageSearchCache cache, SearchPageInfo page)
    {
        var old = state.Ordered;
        if (ordered.Count != old.Count)
        {
            return null;
        }

        var changed = new List<int>();
        for (var d = 0; d < ordered.Count; d++)
        {
            if (!string.Equals(ordered[d].Document.Path, old[d].Document.Path, StringComparison.Ordinal))
            {
                return null;
            }

            if (!ReferenceEquals(ordered[d].Analysis, old[d].Analysis))
            {
                changed.Add(d);
                if (changed.Count > MaxChanged)
                {
                    return null;
                }
            }
        }

        // No decision of this index changed (an edit of another language's): the same files.
        if (changed.Count == 0 && SamePage(state.Page, page))
        {
            cache.Index = state with { Ordered = ordered };
            return state.Files;
        }

        // A word form entering or leaving a base form's class moves the postings of every decision holding that base form.
        var classes = BaseFormClasses.Of(ordered.Select(e => e.Document).ToList(), ordered.Select(e => e.Analysis).ToList(), cache.Analyzers);
        if (MovesUnchanged(BaseFormClasses.Differences(state.Classes, classes), changed, ordered))
        {
            return null;
        }

        var lengths = (double[])state.Lengths.Clone();
        foreach (var d in changed)
        {
            lengths[d] = ordered[d].Analysis.Length;
        }

        var average = SearchIndexBuilder.Average(lengths);
        if (average != state.Average)
        {
            return null;
        }

        // The words that enter or leave the vocabulary (the compound dictionary), with their document language.
        var build = state.VocabularyBuild;
        var counts = state.VocabularyCounts;
        foreach (var d in changed)
        {
            foreach (var word in old[d].Analysis.Vocabulary)
            {
                counts[word]--;
            }

            foreach (var word in ordered[d].Analysis.Vocabulary)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(counts, word, out _)++;
            }
        }

        var entering = new Dictionary<IndexWord, string>(ReferenceEqualityComparer.Instance);
        var leaving = new Dictionary<IndexWord, string>(ReferenceEqualityComparer.Instance);
        foreach (var d in changed)
        {
            foreach (var word in ordered[d].Analysis.Vocabulary)
            {
                if (word.InVocabulary != build)
                {
                    entering[word] = ordered[d].Document.Language;
                }
            }

            foreach (var word in old[d].Analysis.Vocabulary)
            {
                if (counts[word] == 0)
                {
                    leaving[word] = old[d].Document.Language;
                }
            }
        }

        // The marks now say the new vocabulary; the changed decisions' old postings are made with the old one.
        foreach (var word in entering.Keys)
        {
            word.InVocabulary = build;
        }

        foreach (var word in leaving.Keys)
        {
            word.InVocabulary = 0;
        }

        var newLookups = cache.Analyzers.ToDictionary(a => a.Key, a => (VocabularyLookup)(span => a.Value.Find(span) is { } w && w.InVocabulary == build ? w : null), StringComparer.Ordinal);
        var oldLookups = entering.Count + leaving.Count == 0
            ? newLookups
            : cache.Analyzers.ToDictionary(a => a.Key, a => (VocabularyLookup)(span => a.Value.Find(span) is { } w && (w.InVocabulary == build ? !entering.ContainsKey(w) : leaving.ContainsKey(w)) ? w : null), StringComparer.Ordinal);
        if ((entering.Count > 0 || leaving.Count > 0) && SplitsOtherwise(changed, old, state.Splittable, entering, leaving, oldLookups, newLookups))
        {
            return null;
        }

        foreach (var d in changed)
        {
            if (state.Splittable.TryGetValue(old[d].Document.Language, out var before))
            {
                before.Apply(old[d].Analysis, -1);
            }

            if (!state.Splittable.TryGetValue(ordered[d].Document.Language, out var after))
            {
                after = new SplittableWords();
                state.Splittable[ordered[d].Document.Language] = after;
            }

            after.Apply(ordered[d].Analysis, 1);
        }

        var touched = new Dictionary<string, TouchedTerm>(StringComparer.Ordinal);
        Collect(changed, old, oldLookups, state.Classes, touched, before: true);
        Collect(changed, ordered, newLookups, classes, touched, before: false);
        var order = new List<TouchedTerm>(touched.Count);
        foreach (var (term, postings) in touched)
        {
            order.Add(postings with { Rank = Rank(state.Terms, term) });
        }

        order.Sort((a, b) => string.CompareOrdinal(a.Term, b.Term));
        var docs = ordered.Select(e => e.Document).ToList();
        var (patch, patchTerm) = Rescore(language, docs, order, state.Terms, changed.ToHashSet(), lengths, average);

        // The new term table: the previous one with the touched terms replaced, new ones inserted and emptied ones dropped.
        var previous = state.Terms;
        var terms = new List<TermRef>(previous.Length + order.Count);
        var ranks = new List<int>(order.Count);
        var map = new int[previous.Length];
        var dropped = false;
        var next = 0;
        for (var r = 0; r < previous.Length; r++)
        {
            while (next < order.Count && order[next].Rank < 0 && string.CompareOrdinal(order[next].Term, previous[r].Term) < 0)
            {
                Insert(next++);
            }

            if (next < order.Count && order[next].Rank == r)
            {
                map[r] = patchTerm[next] < 0 ? -1 : terms.Count;
                dropped |= patchTerm[next] < 0;
                Insert(next++);
            }
            else
            {
                map[r] = terms.Count;
                terms.Add(previous[r]);
            }
        }

        while (next < order.Count)
        {
            Insert(next++);
        }

        var written = dropped || terms.Count != previous.Length ? Remap(state.Written, map, terms.Count) : state.Written;
        var table = terms.ToArray();
        var (files, writtenNow) = SearchIndexWriter.Write(language, docs, table, page, written, ranks.ToArray(), changed);
        cache.Index = state with { Classes = classes, Terms = table, Lengths = lengths, Ordered = ordered, Written = writtenNow, Page = page, Files = files };
        return files;

        void Insert(int i)
        {
            if (patchTerm[i] >= 0)
            {
                ranks.Add(terms.Count);
                terms.Add(new TermRef(patch, patchTerm[i]));
            }
        }
    }

    /// <summary>Whether a word of a decision the edit did not change is posted by a base form whose class changed (a word the dictionary does not know: by its term).</summary>
    private static bool MovesUnchanged(Dictionary<string, (HashSet<string> Bases, HashSet<string> Terms)> differing, List<int> changed, List<CachedSearchDocument> ordered)
    {
        if (differing.Count == 0)
        {
            return false;
        }

        var edited = changed.ToHashSet();
        for (var d = 0; d < ordered.Count; d++)
        {
            if (edited.Contains(d) || !differing.TryGetValue(ordered[d].Document.Language, out var moved))
            {
                continue;
            }

            foreach (var word in ordered[d].Analysis.Words)
            {
                if (word.Forms.Known ? word.Forms.Bases.Any(moved.Bases.Contains) || word.Forms.Parts.Any(moved.Bases.Contains) : moved.Terms.Contains(word.Term!))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a word entering or leaving the vocabulary changes the compound parts of a word that
    /// an unchanged decision holds (whose postings the patch would not touch). The splitter takes
    /// a word's longest head and longest tail found in the vocabulary, each at least
    /// <see cref="CompoundSplitter.MinPart"/> letters and leaving as many for the rest, so a
    /// vocabulary word can matter only to the words that start or end with it and are that much
    /// longer; of those, only the ones whose part terms really differ count (a longer new head
    /// with the same term as the old one, or a stop word, gives the same postings).
    /// </summary>
    private static bool SplitsOtherwise(List<int> changed, List<CachedSearchDocument> old, Dictionary<string, SplittableWords> splittable, Dictionary<IndexWord, string> entering, Dictionary<IndexWord, string> leaving, Dictionary<string, VocabularyLookup> oldLookups, Dictionary<string, VocabularyLookup> newLookups)
    {
        // How many of the changed decisions held each word before the edit: the rest of its count is unchanged decisions.
        var inChanged = new Dictionary<IndexWord, int>(ReferenceEqualityComparer.Instance);
        foreach (var d in changed)
        {
            foreach (var word in old[d].Analysis.Words)
            {
                if (word.Text.Length >= CompoundSplitter.MinWord)
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(inChanged, word, out _)++;
                }
            }
        }

        var seen = new HashSet<IndexWord>(ReferenceEqualityComparer.Instance);
        var parts = new List<IndexWord>(2);
        foreach (var (part, language) in entering.Concat(leaving))
        {
            if (!splittable.TryGetValue(language, out var words))
            {
                continue;
            }

            foreach (var word in words.Containing(part.Text))
            {
                if (seen.Add(word) && words.Count(word) > inChanged.GetValueOrDefault(word)
                    && PartTerms(word, oldLookups[language], parts) != PartTerms(word, newLookups[language], parts))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The terms a word's compound parts add to its postings (as <see cref="PostingsBuilder"/> adds them), as one comparable string.</summary>
    private static string PartTerms(IndexWord word, VocabularyLookup vocabulary, List<IndexWord> parts)
    {
        parts.Clear();
        CompoundSplitter.Parts(word.Text, vocabulary, parts);
        var terms = parts.Select(p => p.Term).OfType<string>().Where(t => t != word.Term).Distinct().Order(StringComparer.Ordinal);
        return string.Join('\0', terms);
    }

    private static bool SamePage(SearchPageInfo a, SearchPageInfo b) =>
        a.Directory == b.Directory && a.BasePath == b.BasePath && a.DateFormat == b.DateFormat
        && a.Bodies.SequenceEqual(b.Bodies) && a.Topics.SequenceEqual(b.Topics) && a.Languages.SequenceEqual(b.Languages)
        && a.Text.Count == b.Text.Count && a.Text.All(t => b.Text.TryGetValue(t.Key, out var v) && v == t.Value);

    /// <summary>The rank of <paramref name="term"/> in <paramref name="terms"/> (ordinal order), or −1.</summary>
    private static int Rank(TermRef[] terms, string term)
    {
        int low = 0, high = terms.Length - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var c = string.CompareOrdinal(terms[mid].Term, term);
            if (c == 0)
            {
                return mid;
            }

            if (c < 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return -1;
    }

    /// <summary>
    /// What the last build wrote, in the new ranks (<paramref name="map"/>: old rank to new, −1 for a dropped term):
    /// the sizes dropped with their terms, and the shards that lost no term dropped to their new ranges (a
    /// shard that gained a term holds a touched rank, so the writer encodes it again).
    /// </summary>
    private static WrittenIndex Remap(WrittenIndex written, int[] map, int count)
    {
        var sizes = new int[count];
        for (var r = 0; r < map.Length; r++)
        {
            if (map[r] >= 0)
            {
                sizes[map[r]] = written.Sizes[r];
            }
        }

        var shards = new List<WrittenShard>(written.Shards.Count);
        foreach (var shard in written.Shards)
        {
            var kept = true;
            for (var r = shard.Start; r < shard.End && kept; r++)
            {
                kept = map[r] >= 0;
            }

            if (kept)
            {
                shards.Add(shard with { Start = map[shard.Start], End = map[shard.End - 1] + 1 });
            }
        }

        return written with { Sizes = sizes, Shards = shards };
    }

    /// <summary>The postings of the documents <paramref name="changed"/> of <paramref name="entries"/> (their versions <paramref name="before"/> the edit or after it), by their term.</summary>
    private static void Collect(List<int> changed, List<CachedSearchDocument> entries, Dictionary<string, VocabularyLookup> lookups, Dictionary<string, BaseFormClasses> classes, Dictionary<string, TouchedTerm> touched, bool before)
    {
        var builder = new PostingsBuilder(SearchIndexBuilder.NextBuild(), 1024, 4096);
        foreach (var d in changed)
        {
            builder.Add(d, entries[d].Analysis, lookups[entries[d].Document.Language], classes.GetValueOrDefault(entries[d].Document.Language));
        }

        foreach (var posting in builder.Raw())
        {
            if (!touched.TryGetValue(posting.Term, out var term))
            {
                term = new TouchedTerm(posting.Term, -1, [], []);
                touched[posting.Term] = term;
            }

            (before ? term.Removed : term.Added).Add(posting);
        }
    }

    /// <summary>Whether a term's postings in the changed documents are in the same documents with the same surface forms before and after the edit (both sorted by document).</summary>
    private static bool SameShape(List<DocumentPosting> removed, List<DocumentPosting> added)
    {
        removed.Sort((a, b) => a.Doc.CompareTo(b.Doc));
        if (removed.Count != added.Count)
        {
            return false;
        }

        for (var k = 0; k < added.Count; k++)
        {
            if (removed[k].Doc != added[k].Doc || removed[k].Surfaces.Length != added[k].Surfaces.Length
                || !removed[k].Surfaces.All(s => added[k].Surfaces.Contains(s, StringComparer.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A term the edit touched: its rank in the previous index (−1 if new) and its postings in the changed documents before and after the edit.</summary>
    private readonly record struct TouchedTerm(string Term, int Rank, List<DocumentPosting> Removed, List<DocumentPosting> Added);

    /// <summary>
    /// The touched terms (in ordinal order) as an index of their own: each one's previous postings
    /// without the changed documents, with their new ones, scored, variants counted, as
    /// <see cref="PostingsBuilder.ToIndex"/> does; and for each touched term its term number in
    /// that index, or −1 where it lost its last posting (it leaves the index).
    /// </summary>
    private static (SearchIndex Index, int[] TermOf) Rescore(string language, List<SearchDocument> docs, List<TouchedTerm> touched, TermRef[] previous, HashSet<int> changed, double[] lengths, double average)
    {
        var names = new List<string>(touched.Count);
        var termStarts = new List<int>(touched.Count + 1);
        var variants = new List<string[]>(touched.Count);
        var termOf = new int[touched.Count];
        // Sized up front: the touched terms of one edit can hold hundreds of thousands of postings.
        var capacity = 0;
        foreach (var (_, rank, _, added) in touched)
        {
            capacity += added.Count + (rank < 0 ? 0 : previous[rank].Index.TermStarts[previous[rank].T + 1] - previous[rank].Index.TermStarts[previous[rank].T]);
        }

        List<int> docsOut = new(capacity), weights = new(capacity), masks = new(capacity), from = new(capacity), to = new(capacity), positions = new(capacity * 2), surfaceStarts = new(capacity + 1);
        List<byte> impacts = new(capacity);
        List<string> surfaceList = new(capacity);
        var surfaceCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var bits = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < touched.Count; i++)
        {
            var (name, rank, removed, added) = touched[i];
            var first = docsOut.Count;
            added.Sort((a, b) => a.Doc.CompareTo(b.Doc));
            var next = 0;
            var (source, t) = rank < 0 ? default : previous[rank];
            var (kept, keptEnd) = rank < 0 ? (0, 0) : (source.TermStarts[t], source.TermStarts[t + 1]);
            if (rank >= 0 && SameShape(removed, added))
            {
                // The same documents with the same surface forms: the document frequency, the
                // variants and every other posting's impact and variant bits stay; only the
                // changed documents' postings are new (their weights and lengths moved).
                var sameForms = source.Variants[t];
                bits.Clear();
                for (var v = 0; v < sameForms.Length; v++)
                {
                    bits[sameForms[v]] = 1 << v;
                }

                var sameIdf = SearchIndexBuilder.Idf(docs.Count, keptEnd - kept);
                var at = kept;
                foreach (var posting in added)
                {
                    var k = Array.BinarySearch(source.Docs, at, keptEnd - at, posting.Doc);
                    Keep(source, at, k);
                    AddNew(posting);
                    impacts.Add(SearchIndexBuilder.Score(sameIdf, posting.Weight, lengths[posting.Doc], average));
                    var newMask = 0;
                    foreach (var surface in posting.Surfaces)
                    {
                        newMask |= bits.GetValueOrDefault(surface);
                    }

                    masks.Add(newMask);
                    at = k + 1;
                }

                Keep(source, at, keptEnd);
                termOf[i] = names.Count;
                names.Add(name);
                termStarts.Add(first);
                variants.Add(sameForms);
                continue;
            }

            for (var k = kept; k < keptEnd; k++)
            {
                var doc = source.Docs[k];
                while (next < added.Count && added[next].Doc < doc)
                {
                    AddNew(added[next++]);
                }

                if (changed.Contains(doc))
                {
                    continue;
                }

                docsOut.Add(doc);
                weights.Add(source.Weights[k]);
                from.Add(positions.Count);
                positions.AddRange(source.Positions.AsSpan(source.PositionFrom[k], source.PositionTo[k] - source.PositionFrom[k]));
                to.Add(positions.Count);
                surfaceStarts.Add(surfaceList.Count);
                surfaceList.AddRange(source.SurfaceList.AsSpan(source.SurfaceStarts[k], source.SurfaceStarts[k + 1] - source.SurfaceStarts[k]));
            }

            while (next < added.Count)
            {
                AddNew(added[next++]);
            }

            var end = docsOut.Count;
            if (end == first)
            {
                termOf[i] = -1;
                continue;
            }

            termOf[i] = names.Count;
            names.Add(name);
            termStarts.Add(first);

            // The surface forms by the number of postings they occur in, then ordinally.
            surfaceCounts.Clear();
            for (var s = surfaceStarts[first]; s < surfaceList.Count; s++)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(surfaceCounts, surfaceList[s], out _)++;
            }

            var forms = surfaceCounts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(SearchIndexBuilder.MaxVariants).Select(c => c.Key).ToArray();
            variants.Add(forms);
            bits.Clear();
            for (var v = 0; v < forms.Length; v++)
            {
                bits[forms[v]] = 1 << v;
            }

            var idf = SearchIndexBuilder.Idf(docs.Count, end - first);
            for (var k = first; k < end; k++)
            {
                impacts.Add(SearchIndexBuilder.Score(idf, weights[k], lengths[docsOut[k]], average));
                var mask = 0;
                var surfaceEnd = k + 1 < end ? surfaceStarts[k + 1] : surfaceList.Count;
                for (var s = surfaceStarts[k]; s < surfaceEnd; s++)
                {
                    mask |= bits.GetValueOrDefault(surfaceList[s]);
                }

                masks.Add(mask);
            }
        }

        termStarts.Add(docsOut.Count);
        surfaceStarts.Add(surfaceList.Count);
        var index = new SearchIndex(language, docs, names.ToArray(), termStarts.ToArray(), variants.ToArray(), docsOut.ToArray(), impacts.ToArray(), masks.ToArray(), from.ToArray(), to.ToArray(), positions.ToArray())
        {
            Weights = weights.ToArray(),
            SurfaceStarts = surfaceStarts.ToArray(),
            SurfaceList = surfaceList.ToArray(),
        };
        return (index, termOf);

        // Postings a..b of the source as they were (all but their positions and surfaces copied as blocks).
        void Keep(SearchIndex source, int a, int b)
        {
            docsOut.AddRange(source.Docs.AsSpan(a, b - a));
            weights.AddRange(source.Weights.AsSpan(a, b - a));
            impacts.AddRange(source.Impacts.AsSpan(a, b - a));
            masks.AddRange(source.Masks.AsSpan(a, b - a));
            var shift = surfaceList.Count - source.SurfaceStarts[a];
            for (var k = a; k < b; k++)
            {
                from.Add(positions.Count);
                positions.AddRange(source.Positions.AsSpan(source.PositionFrom[k], source.PositionTo[k] - source.PositionFrom[k]));
                to.Add(positions.Count);
                surfaceStarts.Add(source.SurfaceStarts[k] + shift);
            }

            surfaceList.AddRange(source.SurfaceList.AsSpan(source.SurfaceStarts[a], source.SurfaceStarts[b] - source.SurfaceStarts[a]));
        }

        void AddNew(DocumentPosting posting)
        {
            docsOut.Add(posting.Doc);
            weights.Add(posting.Weight);
            from.Add(positions.Count);
            positions.AddRange(posting.Positions);
            to.Add(positions.Count);
            surfaceStarts.Add(surfaceList.Count);
            surfaceList.AddRange(posting.Surfaces);
        }
    }
}
