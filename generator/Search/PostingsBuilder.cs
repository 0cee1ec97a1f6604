using System.Runtime.InteropServices;
using DecisionsPortal.Search.BaseForms;

namespace DecisionsPortal.Search;

/// <summary>
/// Collects the postings of one index build document by document into flat arrays (term,
/// document, weight, positions, surface forms), then groups them by term in ordinal term order
/// and scores them. A term's posting in a document gathers the document's word with that term
/// and every word that has it as a compound part or through a base form (<see cref="BaseFormClasses"/>)
/// (weights added, positions merged); only the words themselves count as its surface forms.
/// </summary>
internal sealed class PostingsBuilder(int expectedPostings, int expectedPositions)
{
    /// <summary>
    /// Ends the term of a word found in a document only in its attachments ("kutsu\u0001"): a
    /// posting there is scored on the attachments' occurrences, and says to the browser (search.js
    /// looks the term up beside the word's own) that the result was found in an attachment. It
    /// sorts right after the term, mostly into the same shard.
    /// </summary>
    public const char AttachmentMark = '\u0001';

    // What this build worked out about each word (its term, surface and extra terms' ids), once a
    // word: by word id, one array per document language (its look-up stands for it; ids are per analyser).
    private readonly Dictionary<VocabularyLookup, Resolution[]> resolutions = new(ReferenceEqualityComparer.Instance);
    private VocabularyLookup? resolving;
    private Resolution[] resolved = [];
    private readonly List<Resolution> docResolutions = [];

    private readonly Dictionary<string, int> termIds = new(StringComparer.Ordinal);
    private readonly List<string> terms = [];
    private readonly Dictionary<string, int> surfaceIds = new(StringComparer.Ordinal);
    private readonly List<string> surfaces = [];

    // One struct per posting, so that regrouping them by term reads each in one cache line.
    // Sized up front (a document's words are at least its postings and exactly its word positions), so the big lists never grow by copying.
    private readonly List<RawPosting> postings = new(expectedPostings);
    private int[] positions = GC.AllocateUninitializedArray<int>(Math.Max(16, expectedPositions));
    private int positionCount;
    private readonly List<int> extraSurfaces = [];

    // Scratch of one document: the slot of each term in it, and each slot's sources (words).
    private int[] termStamp = new int[1024];
    private int[] termSlot = new int[1024];
    private readonly List<int> slotTerm = [];
    private readonly List<int> slotWeight = [];
    private readonly List<int> slotAttached = [];
    private readonly List<int> slotHead = [];
    private readonly List<int> sourceWord = [];
    private readonly List<bool> sourcePart = [];
    private readonly List<int> sourceNext = [];
    private readonly List<int> merged = [];
    private readonly List<IndexWord> parts = [];
    private readonly List<int> partIds = [];
    private readonly List<string> extraTerms = [];

    public void Add(int doc, DocumentAnalysis analysis, VocabularyLookup vocabulary, BaseFormClasses? classes)
    {
        slotTerm.Clear();
        slotWeight.Clear();
        slotAttached.Clear();
        slotHead.Clear();
        sourceWord.Clear();
        sourcePart.Clear();
        sourceNext.Clear();
        docResolutions.Clear();
        if (!ReferenceEquals(vocabulary, resolving))
        {
            if (resolving is not null)
            {
                resolutions[resolving] = resolved;
            }

            resolving = vocabulary;
            resolved = resolutions.GetValueOrDefault(vocabulary) ?? new Resolution[1024];
        }

        var words = analysis.Words;
        for (var i = 0; i < words.Length; i++)
        {
            var word = Resolve(words[i], vocabulary, classes);
            docResolutions.Add(word);
            var weight = analysis.Weights[i];
            var attached = analysis.Attached[i];
            AddSource(doc, word.TermId, i, false, weight, attached);
            foreach (var part in word.PartIds)
            {
                AddSource(doc, part, i, true, weight, attached);
            }
        }

        for (var s = 0; s < slotTerm.Count; s++)
        {
            var head = slotHead[s];
            var positionFrom = positionCount;
            if (sourceNext[head] < 0)
            {
                var w = sourceWord[head];
                AddPositions(analysis.Positions.AsSpan(analysis.PositionStarts[w], analysis.PositionStarts[w + 1] - analysis.PositionStarts[w]));
            }
            else
            {
                merged.Clear();
                for (var src = head; src >= 0; src = sourceNext[src])
                {
                    var w = sourceWord[src];
                    merged.AddRange(analysis.Positions.AsSpan(analysis.PositionStarts[w], analysis.PositionStarts[w + 1] - analysis.PositionStarts[w]));
                }

                var span = CollectionsMarshal.AsSpan(merged);
                span.Sort();
                for (var k = 0; k < span.Length; k++)
                {
                    if (k == 0 || span[k] != span[k - 1])
                    {
                        AddPositions([span[k]]);
                    }
                }
            }

            var surface = -1;
            for (var src = head; src >= 0; src = sourceNext[src])
            {
                if (!sourcePart[src])
                {
                    AddSurface(ref surface, docResolutions[sourceWord[src]].SurfaceId);
                }
            }

            // Only in attachments: the term's attachment twin, weighted by the occurrences there.
            postings.Add(slotWeight[s] > 0
                ? new RawPosting(slotTerm[s], doc, slotWeight[s], positionFrom, positionCount, surface)
                : new RawPosting(TermId(terms[slotTerm[s]] + AttachmentMark), doc, slotAttached[s], positionFrom, positionCount, surface));
        }
    }

    /// <summary>
    /// A posting as an earlier build made it (<see cref="Raw"/>, or a kept index's), for
    /// <c>serve</c>'s patch: it scores the terms an edit touched by adding their postings here
    /// and calling <see cref="ToIndex"/>, as a full build does. A term's postings go in document order.
    /// </summary>
    public void Add(string term, int doc, int weight, ReadOnlySpan<int> wordPositions, ReadOnlySpan<string> forms)
    {
        var positionFrom = positionCount;
        AddPositions(wordPositions);
        var surface = -1;
        foreach (var form in forms)
        {
            AddSurface(ref surface, SurfaceId(form));
        }

        postings.Add(new RawPosting(TermId(term), doc, weight, positionFrom, positionCount, surface));
    }

    // Usually the one word itself: its id inline; none (only parts): -1; more: an entry in
    // extraSurfaces (count, ids), as -2 - its index.
    private void AddSurface(ref int surface, int id)
    {
        if (surface == -1)
        {
            surface = id;
            return;
        }

        if (surface >= 0)
        {
            extraSurfaces.Add(1);
            extraSurfaces.Add(surface);
            surface = -2 - (extraSurfaces.Count - 2);
        }

        extraSurfaces[-2 - surface]++;
        extraSurfaces.Add(id);
    }

    public SearchIndex ToIndex(string language, IReadOnlyList<SearchDocument> docs, double[] lengths, double average, Func<double, double, double, double, byte> score, bool raw = false)
    {
        var termCount = terms.Count;
        var all = CollectionsMarshal.AsSpan(postings);
        var count = all.Length;

        // Group the postings by term; they stay in document order within a term.
        var starts = new int[termCount + 1];
        foreach (ref readonly var p in all)
        {
            starts[p.Term + 1]++;
        }

        for (var t = 0; t < termCount; t++)
        {
            starts[t + 1] += starts[t];
        }

        // The postings' indexes grouped by term (a fifth of the bytes of the postings themselves, copied).
        var byTerm = GC.AllocateUninitializedArray<int>(count);
        var fill = starts[..termCount];
        for (var j = 0; j < count; j++)
        {
            byTerm[fill[all[j].Term]++] = j;
        }

        var order = new int[termCount];
        var sortedTerms = terms.ToArray();
        for (var t = 0; t < termCount; t++)
        {
            order[t] = t;
        }

        Array.Sort(sortedTerms, order, StringComparer.Ordinal);

        // A word found only in attachments registers its term but posts under the term's twin:
        // a term with no postings is no term of the index (a patch, which sees only postings, has none either).
        if (Array.Exists(order, t => starts[t + 1] == starts[t]))
        {
            var posted = Enumerable.Range(0, termCount).Where(r => starts[order[r] + 1] > starts[order[r]]).ToArray();
            sortedTerms = posted.Select(r => sortedTerms[r]).ToArray();
            order = posted.Select(r => order[r]).ToArray();
            termCount = order.Length;
        }

        var termStarts = new int[termCount + 1];
        var variants = new string[termCount][];
        var gathered = new RawPosting[256];
        var docsOut = GC.AllocateUninitializedArray<int>(count);
        var impacts = GC.AllocateUninitializedArray<byte>(count);
        var masks = GC.AllocateUninitializedArray<int>(count);
        var from = GC.AllocateUninitializedArray<int>(count);
        var to = GC.AllocateUninitializedArray<int>(count);
        var surfaceCount = new int[surfaces.Count];
        var surfaceStamp = new int[surfaces.Count];
        var surfaceBit = new int[surfaces.Count];
        var distinct = new List<int>();
        var comparer = Comparer<int>.Create((a, b) => surfaceCount[a] != surfaceCount[b] ? surfaceCount[b].CompareTo(surfaceCount[a]) : string.CompareOrdinal(surfaces[a], surfaces[b]));
        var extra = CollectionsMarshal.AsSpan(extraSurfaces);
        var weights = raw ? new int[count] : [];
        var surfaceStarts = raw ? new int[count + 1] : [];
        var surfaceList = new List<string>(raw ? count : 0);
        var at = 0;
        for (var rank = 0; rank < termCount; rank++)
        {
            var t = order[rank];
            var first = starts[t];
            var end = starts[t + 1];
            var stamp = rank + 1;
            termStarts[rank] = at;

            // The surface forms by the number of documents they occur in, then ordinally.
            distinct.Clear();
            // The term's postings gathered once (the only reads out of document order), then read twice from here.
            if (end - first > gathered.Length)
            {
                gathered = new RawPosting[Math.Max(end - first, gathered.Length * 2)];
            }

            for (var k = first; k < end; k++)
            {
                gathered[k - first] = all[byTerm[k]];
            }

            for (var k = first; k < end; k++)
            {
                var surface = gathered[k - first].Surface;
                if (surface >= 0)
                {
                    Count(surface);
                }
                else if (surface < -1)
                {
                    var e = -2 - surface;
                    for (var x = 1; x <= extra[e]; x++)
                    {
                        Count(extra[e + x]);
                    }
                }
            }

            distinct.Sort(comparer);
            var kept = Math.Min(distinct.Count, SearchIndexBuilder.MaxVariants);
            var forms = new string[kept];
            for (var v = 0; v < kept; v++)
            {
                forms[v] = surfaces[distinct[v]];
                surfaceBit[distinct[v]] = 1 << v;
            }

            variants[rank] = forms;
            var idf = SearchIndexBuilder.Idf(docs.Count, end - first);
            for (var k = first; k < end; k++, at++)
            {
                ref readonly var p = ref gathered[k - first];
                docsOut[at] = p.Doc;
                impacts[at] = score(idf, p.Weight, lengths[p.Doc], average);
                var mask = 0;
                if (p.Surface >= 0)
                {
                    mask = surfaceBit[p.Surface];
                }
                else if (p.Surface < -1)
                {
                    var e = -2 - p.Surface;
                    for (var x = 1; x <= extra[e]; x++)
                    {
                        mask |= surfaceBit[extra[e + x]];
                    }
                }

                masks[at] = mask;
                if (raw)
                {
                    weights[at] = p.Weight;
                    surfaceStarts[at] = surfaceList.Count;
                    if (p.Surface >= 0)
                    {
                        surfaceList.Add(surfaces[p.Surface]);
                    }
                    else if (p.Surface < -1)
                    {
                        var e = -2 - p.Surface;
                        for (var x = 1; x <= extra[e]; x++)
                        {
                            surfaceList.Add(surfaces[extra[e + x]]);
                        }
                    }
                }

                from[at] = p.PositionFrom;
                to[at] = p.PositionTo;
            }

            void Count(int id)
            {
                if (surfaceStamp[id] != stamp)
                {
                    surfaceStamp[id] = stamp;
                    surfaceCount[id] = 0;
                    surfaceBit[id] = 0;
                    distinct.Add(id);
                }

                surfaceCount[id]++;
            }
        }

        termStarts[termCount] = at;
        postings.Clear();
        postings.TrimExcess();
        if (raw)
        {
            surfaceStarts[count] = surfaceList.Count;
        }

        return new SearchIndex(language, docs, sortedTerms, termStarts, variants, docsOut, impacts, masks, from, to, raw ? positions[..positionCount] : positions)
        {
            Weights = weights,
            SurfaceStarts = surfaceStarts,
            SurfaceList = surfaceList.ToArray(),
        };
    }

    /// <summary>The postings added so far (of one document), unscored: what <c>serve</c> patches an index with.</summary>
    public List<DocumentPosting> Raw()
    {
        var result = new List<DocumentPosting>(postings.Count);
        var extra = CollectionsMarshal.AsSpan(extraSurfaces);
        foreach (var p in postings)
        {
            string[] forms = [];
            if (p.Surface >= 0)
            {
                forms = [surfaces[p.Surface]];
            }
            else if (p.Surface < -1)
            {
                var e = -2 - p.Surface;
                forms = new string[extra[e]];
                for (var x = 1; x <= extra[e]; x++)
                {
                    forms[x - 1] = surfaces[extra[e + x]];
                }
            }

            result.Add(new DocumentPosting(terms[p.Term], p.Doc, p.Weight, positions[p.PositionFrom..p.PositionTo], forms));
        }

        return result;
    }

    private void AddPositions(ReadOnlySpan<int> values)
    {
        if (positionCount + values.Length > positions.Length)
        {
            Array.Resize(ref positions, Math.Max(positions.Length * 2, positionCount + values.Length));
        }

        values.CopyTo(positions.AsSpan(positionCount));
        positionCount += values.Length;
    }

    private readonly record struct RawPosting(int Term, int Doc, int Weight, int PositionFrom, int PositionTo, int Surface);

    private void AddSource(int doc, int term, int word, bool part, int weight, int attached)
    {
        if (termStamp[term] != doc + 1)
        {
            termStamp[term] = doc + 1;
            termSlot[term] = slotTerm.Count;
            slotTerm.Add(term);
            slotWeight.Add(0);
            slotAttached.Add(0);
            slotHead.Add(-1);
        }

        var slot = termSlot[term];
        slotWeight[slot] += weight;
        slotAttached[slot] += attached;
        sourceWord.Add(word);
        sourcePart.Add(part);
        sourceNext.Add(slotHead[slot]);
        slotHead[slot] = sourceWord.Count - 1;
    }

    private Resolution Resolve(IndexWord word, VocabularyLookup vocabulary, BaseFormClasses? classes)
    {
        if (word.Id >= resolved.Length)
        {
            Array.Resize(ref resolved, Math.Max(resolved.Length * 2, word.Id + 1));
        }
        else if (resolved[word.Id].PartIds is not null)
        {
            return resolved[word.Id];
        }

        // Ids in first-seen order: the term, the surface form, then the extra terms.
        var termId = TermId(word.Term!);
        var surfaceId = SurfaceId(word.Text);
        parts.Clear();
        if (!word.Forms.PartsKnown)
        {
            CompoundSplitter.Parts(word.Text, vocabulary, parts);
        }

        extraTerms.Clear();
        foreach (var part in parts)
        {
            if (part.Term is { } term && term != word.Term && !extraTerms.Contains(term))
            {
                extraTerms.Add(term);
            }
        }

        classes?.Terms(word, extraTerms);
        partIds.Clear();
        foreach (var term in extraTerms)
        {
            if (term != word.Term)
            {
                var id = TermId(term);
                if (!partIds.Contains(id))
                {
                    partIds.Add(id);
                }
            }
        }

        var resolution = new Resolution(termId, surfaceId, partIds.Count == 0 ? [] : partIds.ToArray());
        resolved[word.Id] = resolution;
        return resolution;
    }

    /// <summary>A word's ids in this build: its term, its surface form, and the other terms it is posted under (compound parts, base-form classes); PartIds null: not resolved yet.</summary>
    private readonly record struct Resolution(int TermId, int SurfaceId, int[] PartIds);

    private int TermId(string term)
    {
        if (!termIds.TryGetValue(term, out var id))
        {
            id = terms.Count;
            termIds[term] = id;
            terms.Add(term);
            if (id >= termStamp.Length)
            {
                Array.Resize(ref termStamp, termStamp.Length * 2);
                Array.Resize(ref termSlot, termSlot.Length * 2);
            }
        }

        return id;
    }

    private int SurfaceId(string surface)
    {
        if (!surfaceIds.TryGetValue(surface, out var id))
        {
            id = surfaces.Count;
            surfaceIds[surface] = id;
            surfaces.Add(surface);
        }

        return id;
    }
}
