using System.Runtime.InteropServices;
using DecisionsPortal.Site;

namespace DecisionsPortal.Search;

/// <summary>
/// <c>serve</c>'s search index build: each decision's analysis is kept while its text is the same,
/// and after an edit of a few decisions the previous index is patched rather than built anew:
/// only the terms of their old and new versions get new postings, scores and variants, and only
/// the shards and metadata chunks holding those are encoded again. That gives exactly a fresh
/// build's bytes only while nothing else moved, so it patches only when the documents and their
/// order are the same, the compound dictionary (the vocabulary) is the same, so no other word
/// splits differently, and the rounded average length (<see cref="SearchIndexBuilder.Average"/>)
/// is the same; otherwise (a decision added, removed or redated, a word new to or gone from
/// the corpus) it builds the index anew.
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
            if (!previous.TryGetValue(decisionPage.Path, out var entry) || !entry.Matches(decisionPage.Decision))
            {
                var document = SearchProducer.Document(site, decisionPage);
                entry = new CachedSearchDocument(decisionPage.Decision, document, SearchIndexBuilder.Analyze(SearchIndexBuilder.AnalyzerFor(cache.Analyzers, document.Language), document));
            }
            else if (!ReferenceEquals(entry.Source, decisionPage.Decision))
            {
                entry = entry with { Source = decisionPage.Decision };
            }

            current[decisionPage.Path] = entry;
        }

        cache.Documents = current;
        var state = cache.Index;
        var ordered = SameOrder(state, current) ?? current.Values.OrderByDescending(e => e.Document.Date).ThenBy(e => e.Document.Path, StringComparer.Ordinal).ToList();
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
        var index = SearchIndexBuilder.Build(language, docs, analyses, cache.Analyzers, build, raw: true);
        var counts = new Dictionary<IndexWord, int>();
        foreach (var analysis in analyses)
        {
            foreach (var word in analysis.Vocabulary)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(counts, word, out _)++;
            }
        }

        var terms = new TermRef[index.Terms.Length];
        var ranks = new Dictionary<string, int>(terms.Length, StringComparer.Ordinal);
        for (var t = 0; t < terms.Length; t++)
        {
            terms[t] = new TermRef(index, t);
            ranks[index.Terms[t]] = t;
        }

        var lengths = analyses.Select(a => (double)a.Length).ToArray();
        var (files, written) = SearchIndexWriter.Write(language, docs, terms, page, null, [], []);
        cache.Index = new IndexState(build, counts, terms, ranks, lengths, SearchIndexBuilder.Average(lengths), ordered, written);
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

        // The vocabulary (compound dictionary) must stay the same set of words.
        var counts = state.VocabularyCounts;
        foreach (var d in changed)
        {
            foreach (var word in ordered[d].Analysis.Vocabulary)
            {
                if (counts.GetValueOrDefault(word) == 0)
                {
                    return null;
                }
            }
        }

        foreach (var d in changed)
        {
            foreach (var word in old[d].Analysis.Vocabulary)
            {
                counts[word]--;
            }

            foreach (var word in ordered[d].Analysis.Vocabulary)
            {
                counts[word]++;
            }
        }

        foreach (var d in changed)
        {
            if (old[d].Analysis.Vocabulary.Any(w => counts[w] == 0))
            {
                return null;
            }
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

        var lookups = cache.Analyzers.ToDictionary(a => a.Key, a => (VocabularyLookup)(span => a.Value.Find(span) is { } w && w.InVocabulary == state.VocabularyBuild ? w : null), StringComparer.Ordinal);
        var touched = new SortedDictionary<int, List<DocumentPosting>>();
        if (!Collect(changed, old, lookups, state.Ranks, touched, keep: false) || !Collect(changed, ordered, lookups, state.Ranks, touched, keep: true))
        {
            return null;
        }

        var docs = ordered.Select(e => e.Document).ToList();
        var terms = (TermRef[])state.Terms.Clone();
        var patch = Rescore(language, docs, touched, state.Terms, changed.ToHashSet(), lengths, average);
        if (patch is null)
        {
            return null;
        }

        var ranks = touched.Keys.ToArray();
        for (var i = 0; i < ranks.Length; i++)
        {
            terms[ranks[i]] = new TermRef(patch, i);
        }

        var (files, written) = SearchIndexWriter.Write(language, docs, terms, page, state.Written, ranks, changed);
        cache.Index = state with { Terms = terms, Lengths = lengths, Ordered = ordered, Written = written };
        return files;
    }

    /// <summary>The postings of the documents <paramref name="changed"/> of <paramref name="entries"/>, by the rank of their term (kept only with <paramref name="keep"/>); false if a term is not in the index.</summary>
    private static bool Collect(List<int> changed, List<CachedSearchDocument> entries, Dictionary<string, VocabularyLookup> lookups, Dictionary<string, int> ranks, SortedDictionary<int, List<DocumentPosting>> touched, bool keep)
    {
        var builder = new PostingsBuilder(SearchIndexBuilder.NextBuild(), 1024, 4096);
        foreach (var d in changed)
        {
            builder.Add(d, entries[d].Analysis, lookups[entries[d].Document.Language]);
        }

        foreach (var posting in builder.Raw())
        {
            if (!ranks.TryGetValue(posting.Term, out var rank))
            {
                return false;
            }

            if (!touched.TryGetValue(rank, out var list))
            {
                list = [];
                touched[rank] = list;
            }

            if (keep)
            {
                list.Add(posting);
            }
        }

        return true;
    }

    /// <summary>
    /// The touched terms (in rank order) as an index of their own: each one's previous postings
    /// without the changed documents, with their new ones, scored, variants counted, as
    /// <see cref="PostingsBuilder.ToIndex"/> does; null if a term would lose its last posting.
    /// </summary>
    private static SearchIndex? Rescore(string language, List<SearchDocument> docs, SortedDictionary<int, List<DocumentPosting>> touched, TermRef[] previous, HashSet<int> changed, double[] lengths, double average)
    {
        var names = new string[touched.Count];
        var termStarts = new int[touched.Count + 1];
        var variants = new string[touched.Count][];
        // Sized up front: the touched terms of one edit can hold hundreds of thousands of postings.
        var capacity = 0;
        foreach (var (rank, added) in touched)
        {
            capacity += previous[rank].Index.TermStarts[previous[rank].T + 1] - previous[rank].Index.TermStarts[previous[rank].T] + added.Count;
        }

        List<int> docsOut = new(capacity), weights = new(capacity), masks = new(capacity), from = new(capacity), to = new(capacity), positions = new(capacity * 2), surfaceStarts = new(capacity + 1);
        List<byte> impacts = new(capacity);
        List<string> surfaceList = new(capacity);
        var surfaceCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var bits = new Dictionary<string, int>(StringComparer.Ordinal);
        var i = 0;
        foreach (var (rank, added) in touched)
        {
            var (source, t) = previous[rank];
            names[i] = source.Terms[t];
            termStarts[i] = docsOut.Count;
            added.Sort((a, b) => a.Doc.CompareTo(b.Doc));
            var next = 0;
            for (var k = source.TermStarts[t]; k < source.TermStarts[t + 1]; k++)
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

            var first = termStarts[i];
            var end = docsOut.Count;
            if (end == first)
            {
                return null;
            }

            // The surface forms by the number of postings they occur in, then ordinally.
            surfaceCounts.Clear();
            for (var s = surfaceStarts[first]; s < surfaceList.Count; s++)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(surfaceCounts, surfaceList[s], out _)++;
            }

            var forms = surfaceCounts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(SearchIndexBuilder.MaxVariants).Select(c => c.Key).ToArray();
            variants[i] = forms;
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

            i++;
        }

        termStarts[touched.Count] = docsOut.Count;
        surfaceStarts.Add(surfaceList.Count);
        return new SearchIndex(language, docs, names, termStarts, variants, docsOut.ToArray(), impacts.ToArray(), masks.ToArray(), from.ToArray(), to.ToArray(), positions.ToArray())
        {
            Weights = weights.ToArray(),
            SurfaceStarts = surfaceStarts.ToArray(),
            SurfaceList = surfaceList.ToArray(),
        };

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
